import type { EpochDay } from '../model/day';

/**
 * The Monday starting the ISO week of `day`. Epoch day 0 (1970-01-01) was a Thursday, so Monday is
 * three days after a multiple of seven.
 *
 * @example
 * isoWeekStart(epochDay(2026, 12, 3)) // → epochDay(2026, 11, 30), a Monday
 */
export function isoWeekStart(day: EpochDay): EpochDay {
  return day - ((((day + 3) % 7) + 7) % 7);
}
