import type { HoursRange } from '../settings/schema';

/**
 * Reads a time of day: `09:00`, `9:30`, `14.30`, `9`, `9:30 AM`, `下午2:00` is not supported.
 * Returns minutes after midnight, or null.
 */
export function parseTimeOfDay(text: string): number | null {
  const m = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const suffix = m[3]?.toLowerCase().replace(/\./g, '');
  if (minutes > 59) return null;
  if (suffix) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (suffix === 'pm' ? 12 : 0);
  }
  if (hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/**
 * Reads a range of hours: `09:00-17:30`, `9-17`, `9:00–17:00` (en dash), `08:00～18:00`.
 * The end must come after the start (night shifts are not a collection window).
 */
export function parseHoursRange(text: string): HoursRange | null {
  const parts = text.split(/\s*(?:-|–|—|~|～|to|do|至)\s*/);
  if (parts.length !== 2) return null;
  const start = parseTimeOfDay(parts[0] ?? '');
  const end = parseTimeOfDay(parts[1] ?? '');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** `09:00-17:30`. */
export function formatHoursRange(range: HoursRange): string {
  return `${formatTimeOfDay(range.start)}-${formatTimeOfDay(range.end)}`;
}

export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
