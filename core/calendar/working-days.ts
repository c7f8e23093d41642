import Holidays from 'date-holidays';
import chineseSchedule from 'chinese-days/dist/chinese-days.json';
import { civil, isoDay, isoWeekday, parseIsoDay, type EpochDay } from '../model/day';

/**
 * Which calendar days a party works. Mainland China comes from the State Council schedule as
 * `chinese-days` publishes it (Golden Week and the other bridged holidays, the make-up working
 * Saturdays); `date-holidays` also marks observances such as 8 March or 1 June as public holidays
 * there, so it is used for CN only in years the schedule does not cover yet. Other countries use
 * `date-holidays` public holidays. The user's own list closes extra days in every case.
 *
 * Every look-up is by `YYYY-MM-DD` text against data keyed the same way, never through a `Date`:
 * the process zone (Excel runs in the user's) must not move a holiday by a day.
 */
export interface WorkCalendar {
  /** True when `day` is a working day for a party in `country` with the given weekly working days. */
  isWorkingDay(day: EpochDay, country: string | null, weekdays: readonly number[]): boolean;
}

const schedule = chineseSchedule as { holidays: Record<string, string>; workdays: Record<string, string> };
const scheduleYears = new Set(Object.keys(schedule.holidays).map((iso) => Number(iso.slice(0, 4))));

/**
 * `date-holidays` names of CN "public" days that close no firm: Women's Day and Youth Day are half
 * days for those groups (listed from 12:00), Children's Day is for schools, Army Day for soldiers.
 */
const CN_OBSERVANCES = new Set(['03-08', '05-04', '06-01', '08-01']);

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
          // `h.date` is the holiday's own local wall time as text ("2026-12-25 00:00:00"): its
          // first ten characters are the day wherever this code runs. `h.start` is an instant and
          // would shift the day west of the country's zone.
          const iso = h.date.slice(0, 10);
          if (country === 'CN' && CN_OBSERVANCES.has(iso.slice(5))) continue;
          const day = parseIsoDay(iso);
          if (day !== null) found.add(day);
        }
      } catch {
        // An unknown country has no known public holidays; the user's list still applies.
      }
      publicByCountryYear.set(cacheKey, found);
    }
    return found;
  };

  const chineseWorkday = (day: EpochDay): boolean => {
    const iso = isoDay(day);
    if (schedule.workdays[iso] !== undefined) return true;
    if (schedule.holidays[iso] !== undefined) return false;
    if (isoWeekday(day) > 5) return false;
    const year = civil(day).year;
    // A year the official schedule has not been published for (or no longer covered): the
    // statutory days from `date-holidays`, without the bridging the State Council adds each year.
    return scheduleYears.has(year) || !publicHolidays('CN', year).has(day);
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
