import { instantOf, offsetMinutes } from '../../core/time/zone';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * Sheets hands a script each date cell as the instant its wall clock stands for in the
 * spreadsheet's time zone. The core reads a Date by its UTC fields as a wall clock, so a cell is
 * turned into the wall clock the user sees: 2026-11-23 09:00 in a Warsaw spreadsheet arrives as
 * 08:00Z and leaves here as 09:00Z. The offset comes from the core's zone code rather than
 * `Utilities.formatDate`: the same time-zone data the planner uses, and no service call per cell
 * (an aging range has thousands of date cells, a custom function 30 seconds).
 */
export function wallClockOf(instant: Date, sheetZone: string): Date {
  const ms = instant.getTime();
  return new Date(ms + offsetMinutes(sheetZone, ms) * MS_PER_MINUTE);
}

/** The instant whose wall clock in `zone` reads as the UTC fields of `wall` (the inverse of wallClockOf). */
export function instantShowing(wall: Date, zone: string): Date {
  const ms = wall.getTime();
  const day = Math.floor(ms / MS_PER_DAY);
  const rest = ms - day * MS_PER_DAY;
  const minutes = Math.floor(rest / MS_PER_MINUTE);
  return new Date(instantOf({ day, minutes }, zone).getTime() + (rest - minutes * MS_PER_MINUTE));
}

/**
 * The Date to write into a sheet so that it shows the collector's wall clock of `instant`, as the
 * Excel add-in shows it; identical to `instant` when the spreadsheet is in the collector's zone.
 */
export function sheetDateFor(instant: Date, collectorZone: string, sheetZone: string): Date {
  return collectorZone === sheetZone ? instant : instantShowing(wallClockOf(instant, collectorZone), sheetZone);
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A value as the core reads it: every Date in it (a range or a single cell) turned into its wall clock. */
export function toCoreValue(value: unknown, sheetZone: string): unknown {
  if (Array.isArray(value)) return value.map((v) => toCoreValue(v, sheetZone));
  return isDate(value) ? wallClockOf(value, sheetZone) : value;
}

/** Range values (`getValues()`) as a core table. */
export function toCoreTable(values: readonly (readonly unknown[])[], sheetZone: string): (string | number | boolean | Date | null)[][] {
  return values.map((row) => row.map((v) => (isDate(v) ? wallClockOf(v, sheetZone) : (v as string | number | boolean | null))));
}

export { isDate };
