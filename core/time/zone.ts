import { tzOffset } from '@date-fns/tz';
import { isoDay, type EpochDay } from '../model/day';

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

/** A wall-clock moment in some zone: a calendar day and minutes after local midnight. */
export interface WallTime {
  readonly day: EpochDay;
  readonly minutes: number;
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
    const start = tzOffset(timeZone, new Date(utcDay * DAY_MS));
    const end = tzOffset(timeZone, new Date((utcDay + 1) * DAY_MS - 1));
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
    offset = tzOffset(timeZone, new Date(bucket * BUCKET_MS));
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
