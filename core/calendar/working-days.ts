import Holidays from 'date-holidays';
import { isWorkday as isChineseWorkday } from 'chinese-days';
import { civil, isoDay, isoWeekday, parseIsoDay, type EpochDay } from '../model/day';

/**
 * Which calendar days a party works. Mainland China comes from `chinese-days` (official State
 * Council schedule, with Golden Week and the make-up working Saturdays); `date-holidays` marks
 * observances such as 8 March or 1 June as public holidays there, so it is not used for CN. Other
 * countries use `date-holidays` public holidays. The user's own list closes extra days in every case.
 */
export interface WorkCalendar {
  /** True when `day` is a working day for a party in `country` with the given weekly working days. */
  isWorkingDay(day: EpochDay, country: string | null, weekdays: readonly number[]): boolean;
}

export function workCalendar(userHolidays: readonly string[]): WorkCalendar {
  const closed = new Set<EpochDay>(userHolidays.map(parseIsoDay).filter((d): d is EpochDay => d !== null));
  const publicByCountryYear = new Map<string, Set<EpochDay>>();

  const publicHolidays = (country: string, year: number): Set<EpochDay> => {
    const cacheKey = `${country}:${year}`;
    let found = publicByCountryYear.get(cacheKey);
    if (!found) {
      found = new Set();
      try {
        const hd = new Holidays(country);
        for (const h of hd.getHolidays(year) || []) {
          if (h.type !== 'public') continue;
          const day = parseIsoDay(h.date.slice(0, 10));
          if (day !== null) found.add(day);
        }
      } catch {
        // An unknown country has no known public holidays; the user's list still applies.
      }
      publicByCountryYear.set(cacheKey, found);
    }
    return found;
  };

  const chinese = new Map<EpochDay, boolean>();
  const chineseWorkday = (day: EpochDay): boolean => {
    let v = chinese.get(day);
    if (v === undefined) {
      try {
        v = isChineseWorkday(isoDay(day));
      } catch {
        // Outside the years chinese-days knows: fall back to Monday–Friday.
        v = isoWeekday(day) <= 5;
      }
      chinese.set(day, v);
    }
    return v;
  };

  return {
    isWorkingDay(day, country, weekdays) {
      if (closed.has(day)) return false;
      if (country === 'CN') return chineseWorkday(day);
      if (!weekdays.includes(isoWeekday(day))) return false;
      return !country || !publicHolidays(country, civil(day).year).has(day);
    },
  };
}
