/**
 * How Sheets stores a date: a serial number of days since 1899-12-30 in the spreadsheet's own
 * time zone (the "Time zone" of File > Settings), and how Apps Script turns it into a JavaScript
 * Date: the instant that wall clock stands for in that zone
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).
 * Written here with Intl alone, independently of the core's own zone code, so the tests do not
 * check the core against itself.
 */
const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const formats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, f);
  }
  return f;
}

/** Milliseconds of the wall clock `ms` shows in `zone`, written as if it were UTC. */
export function wallMs(ms: number, zone: string): number {
  const p = Object.fromEntries(partsFormat(zone).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const seconds = ms - Math.floor(ms / 1000) * 1000;
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) + seconds;
}

/**
 * The instant whose wall clock in `zone` is `wall` (UTC-written). A wall clock that does not exist
 * (the hour skipped in spring) moves forward by the skipped hour, as a lenient calendar does; one
 * that exists twice (autumn) gives the earlier instant.
 */
export function instantOfWall(wall: number, zone: string): number {
  const offsetAt = (t: number) => wallMs(t, zone) - t;
  const first = offsetAt(wall);
  const second = offsetAt(wall - first);
  for (const offset of [Math.max(first, second), Math.min(first, second)]) {
    if (wallMs(wall - offset, zone) === wall) return wall - offset;
  }
  return wall - Math.min(first, second);
}

export function serialToInstant(serial: number, zone: string): number {
  return instantOfWall(SERIAL_EPOCH_MS + Math.round(serial * MS_PER_DAY), zone);
}

export function instantToSerial(ms: number, zone: string): number {
  return (wallMs(ms, zone) - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

/** Serial of a wall clock given by its parts. */
export function serialOf(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return (Date.UTC(year, month - 1, day, hour, minute) - SERIAL_EPOCH_MS) / MS_PER_DAY;
}
