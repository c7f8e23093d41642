import { tzOffset } from '@date-fns/tz';
import { isoDay, type EpochDay } from '../model/day';

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

/** A wall-clock moment in some zone: a calendar day and minutes after local midnight. */
export interface WallTime {
  readonly day: EpochDay;
  readonly minutes: number;
}

/**
 * Where UTC offsets come from: minutes east of UTC of `timeZone` at `ms` (NaN for a zone it does
 * not know). By default the runtime's Intl time-zone data, through @date-fns/tz.
 */
export type ZoneOffsetSource = (timeZone: string, ms: number) => number;

export const intlOffsets: ZoneOffsetSource = (timeZone, ms) => tzOffset(timeZone, new Date(ms));

let offsetSource: ZoneOffsetSource = intlOffsets;

/**
 * Makes `source` the origin of every offset from now on and empties the caches. For a host whose
 * Intl time-zone data cannot be trusted (Apps Script does not document its V8's ICU data): the
 * shell checks the data once per execution with `zoneDataAgrees` and passes its own service in
 * when it does not. A host-wide fact like the runtime's clock data, so it is set once, not per call.
 */
export function useZoneOffsets(source: ZoneOffsetSource): void {
  offsetSource = source;
  dayOffsets.clear();
  bucketOffsets.clear();
}

/**
 * Offsets the IANA time-zone database gives for known instants, in minutes. Chosen where outdated
 * or missing data goes wrong: Mexico (no daylight saving since October 2022), Iran (none since
 * 2022), Kyiv (the spelling since 2022), Europe's change on the last Sunday of March at 01:00 UTC,
 * a half-hour zone, and a zone with daylight saving of half an hour.
 */
export const ZONE_DATA_PROBES: readonly { readonly zone: string; readonly at: string; readonly minutes: number }[] = [
  { zone: 'America/New_York', at: '2026-07-01T12:00:00Z', minutes: -240 },
  { zone: 'America/New_York', at: '2026-01-15T12:00:00Z', minutes: -300 },
  { zone: 'Europe/Warsaw', at: '2026-03-29T00:59:00Z', minutes: 60 },
  { zone: 'Europe/Warsaw', at: '2026-03-29T01:00:00Z', minutes: 120 },
  { zone: 'Europe/Kyiv', at: '2026-07-01T12:00:00Z', minutes: 180 },
  { zone: 'America/Mexico_City', at: '2026-07-01T12:00:00Z', minutes: -360 },
  { zone: 'Asia/Tehran', at: '2026-07-01T12:00:00Z', minutes: 210 },
  { zone: 'Asia/Shanghai', at: '2026-07-01T12:00:00Z', minutes: 480 },
  { zone: 'Asia/Kolkata', at: '2026-01-15T12:00:00Z', minutes: 330 },
  { zone: 'Australia/Lord_Howe', at: '2026-01-15T12:00:00Z', minutes: 660 },
  { zone: 'Australia/Lord_Howe', at: '2026-07-01T12:00:00Z', minutes: 630 },
];

/** True when `source` gives every probe's offset; a source that throws does not agree. */
export function zoneDataAgrees(source: ZoneOffsetSource): boolean {
  try {
    return ZONE_DATA_PROBES.every((p) => source(p.zone, Date.parse(p.at)) === p.minutes);
  } catch {
    return false;
  }
}

const BUCKET_MS = 15 * MS_PER_MINUTE;
const DAY_MS = 86_400_000;
/** Per zone: UTC day → its single offset, or null on a day when the offset changes. */
const dayOffsets = new Map<string, Map<number, number | null>>();
/** Per zone: 15-minute bucket → offset, for the few days when the offset changes. */
const bucketOffsets = new Map<string, Map<number, number>>();

/**
 * UTC offset of `timeZone` at `ms`, in minutes. A zone changes offset at most once a day and on a
 * quarter-hour boundary of UTC, so one lookup per UTC day settles most questions and 15-minute
 * buckets settle the rest. The planner asks millions of times; Intl lookups are slow. These maps
 * are pure caches (same answer for the same question), not state that changes results.
 */
export function offsetMinutes(timeZone: string, ms: number): number {
  const utcDay = Math.floor(ms / DAY_MS);
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  let whole = days.get(utcDay);
  if (whole === undefined) {
    const start = offsetSource(timeZone, utcDay * DAY_MS);
    const end = offsetSource(timeZone, (utcDay + 1) * DAY_MS - 1);
    whole = start === end ? start : null;
    if (days.size > 50_000) days.clear();
    days.set(utcDay, whole);
  }
  if (whole !== null) return whole;
  const bucket = Math.floor(ms / BUCKET_MS);
  let buckets = bucketOffsets.get(timeZone);
  if (!buckets) bucketOffsets.set(timeZone, (buckets = new Map()));
  let offset = buckets.get(bucket);
  if (offset === undefined) {
    offset = offsetSource(timeZone, bucket * BUCKET_MS);
    if (buckets.size > 100_000) buckets.clear();
    buckets.set(bucket, offset);
  }
  return offset;
}

/** Minutes since 1970-01-01 00:00 on the wall clock of `timeZone` at `ms`: day and time in one number. */
export function localStamp(ms: number, timeZone: string): number {
  return Math.floor(ms / MS_PER_MINUTE) + offsetMinutes(timeZone, ms);
}

/** The wall clock an instant shows in `timeZone` (DST included, via @date-fns/tz). */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const localMinutes = Math.floor(instant.getTime() / MS_PER_MINUTE) + offsetMinutes(timeZone, instant.getTime());
  const day = Math.floor(localMinutes / MINUTES_PER_DAY);
  return { day, minutes: localMinutes - day * MINUTES_PER_DAY };
}

/**
 * The instant a wall-clock time in `timeZone` stands for. In a spring-forward gap (02:30 that never
 * happens) it returns the instant after the gap, so a slot is never placed at a time that does not
 * exist; in a fall-back overlap it returns the earlier of the two instants.
 *
 * @example
 * instantOf({ day: epochDay(2026, 11, 2), minutes: 540 }, 'America/New_York') // → 2026-11-02T14:00:00Z
 */
export function instantOf(wall: WallTime, timeZone: string): Date {
  return new Date(instantMsOf(wall.day, wall.minutes, timeZone));
}

/** instantOf as epoch milliseconds, without allocating: the slot search calls it for every quarter hour. */
export function instantMsOf(day: EpochDay, minutes: number, timeZone: string): number {
  const wanted = day * MINUTES_PER_DAY + minutes;
  const naiveMs = wanted * MS_PER_MINUTE;
  // Offsets are looked up at the guess and re-checked: two passes settle every real zone.
  const firstOffset = offsetMinutes(timeZone, naiveMs);
  let candidate = naiveMs - firstOffset * MS_PER_MINUTE;
  const secondOffset = offsetMinutes(timeZone, candidate);
  if (secondOffset !== firstOffset) {
    const retry = naiveMs - secondOffset * MS_PER_MINUTE;
    candidate = localStamp(retry, timeZone) === wanted ? retry : Math.max(candidate, retry);
  }
  // Prefer the earlier instant when the wall time occurs twice (fall-back hour).
  const earlier = candidate - 60 * MS_PER_MINUTE;
  return localStamp(earlier, timeZone) === wanted ? earlier : candidate;
}

/** `YYYY-MM-DD HH:mm` of a wall time. */
export function formatWall(wall: WallTime): string {
  const date = isoDay(wall.day);
  const h = Math.floor(wall.minutes / 60);
  const m = wall.minutes % 60;
  return `${date} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** True when `name` is a time zone the runtime knows (Node, browsers and Apps Script V8 all use ICU). */
export function isKnownTimeZone(name: string): boolean {
  if (!name) return false;
  let known = zoneMemo.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    // Building a formatter costs tens of microseconds; a sheet repeats the same few zones.
    if (zoneMemo.size > 1000) zoneMemo.clear();
    zoneMemo.set(name, known);
  }
  return known;
}

const zoneMemo = new Map<string, boolean>();
