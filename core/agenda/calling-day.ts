import type { WorkCalendar } from '../calendar/working-days';
import type { EpochDay } from '../model/day';
import type { Settings } from '../settings/schema';
import { instantMsOf, wallTimeOf } from '../time/zone';

/** The collector's day the agenda fills, and the start instants of its call slots, in order. */
export interface CallingDay {
  /** Collector-local calendar day. */
  readonly day: EpochDay;
  /** Slot starts (epoch ms), `callMinutes` apart from the start of the calling hours, none before as_of. */
  readonly starts: readonly number[];
}

const MS_MIN = 60_000;

/** Days to look ahead for the collector's next working day (a long holiday closes a week or two). */
const LOOK_AHEAD = 21;

/**
 * The collector's calling day from `asOf`: today while a whole call still fits before the calling
 * hours end, else the next day the collector works (weekdays and holidays as the rules count
 * them). Slots are laid on one grid from the start of the calling hours so that every collector's
 * day reads the same; a slot that has begun before `asOf` is not offered.
 *
 * @example
 * // Monday 17:55 in Warsaw, calling hours 08:00–18:00, 10-minute calls → Tuesday, 08:00, 08:10, … 17:50.
 */
export function callingDay(asOf: Date, settings: Settings, calendar: WorkCalendar): CallingDay | null {
  const zone = settings.collectorTimeZone;
  const length = settings.callMinutes;
  const { start, end } = settings.collectorHours;
  const from = asOf.getTime();
  const today = wallTimeOf(asOf, zone).day;
  for (let day = today; day <= today + LOOK_AHEAD; day++) {
    if (!calendar.isWorkingDay(day, settings.holidayCountry, settings.workingDays)) continue;
    const starts: number[] = [];
    for (let m = start; m + length <= end; m += length) {
      const ms = instantMsOf(day, m, zone);
      // A daylight-saving jump can fold two wall times onto one instant: keep calls apart.
      if (ms < from || (starts.length && ms < starts[starts.length - 1]! + length * MS_MIN)) continue;
      starts.push(ms);
    }
    if (starts.length) return { day, starts };
  }
  return null;
}
