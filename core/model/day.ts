/**
 * A calendar date with no time zone, as the number of days since 1970-01-01 (the "epoch day").
 * Due dates, promise dates and holidays are calendar dates; only call slots are instants.
 * Integers compare, subtract and hash cheaply, which matters on a million-row sheet.
 */
export type EpochDay = number;

const MS_PER_DAY = 86_400_000;

/** 2026-03-05 → epoch day. Month is 1–12. */
export function epochDay(year: number, month: number, day: number): EpochDay {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * Epoch day → { year, month (1–12), day }, by integer arithmetic (H. Hinnant's civil_from_days):
 * no Date object, which matters when a million rows are dated.
 */
export function civil(day: EpochDay): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** Epoch day → `YYYY-MM-DD`. */
export function isoDay(day: EpochDay): string {
  let text = isoDayMemo.get(day);
  if (text === undefined) {
    text = formatIsoDay(day);
    if (isoDayMemo.size >= 20_000) isoDayMemo.clear();
    isoDayMemo.set(day, text);
  }
  return text;
}

/**
 * A plan writes the due and document dates of every open invoice, yet a sheet spans a few hundred
 * distinct days: each day's text is built once and shared. A pure cache (the same day always
 * gives the same text), bounded so that odd sheets cannot grow it without limit.
 */
const isoDayMemo = new Map<EpochDay, string>();

function formatIsoDay(day: EpochDay): string {
  const c = civil(day);
  return `${String(c.year).padStart(4, '0')}-${c.month < 10 ? '0' : ''}${c.month}-${c.day < 10 ? '0' : ''}${c.day}`;
}

/** `YYYY-MM-DD` → epoch day, or null when the text is not such a date. */
export function parseIsoDay(text: string): EpochDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = epochDay(y, mo, d);
  const back = civil(day);
  return back.year === y && back.month === mo && back.day === d ? day : null;
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(day: EpochDay): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}
