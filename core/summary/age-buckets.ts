import type { Texts } from '../i18n/texts';
import { textsOf } from '../i18n/catalog';

export type AgeBucketKey = 'not-due' | '1-30' | '31-60' | '61-90' | '91-180' | '181-365' | 'over-365' | 'unknown';

export interface AgeBucket {
  readonly key: AgeBucketKey;
  readonly fromDays: number | null;
  readonly toDays: number | null;
  readonly label: Texts;
}

const AGE_BAND = /* @__PURE__ */ textsOf('summary.ageBand');

/**
 * The age bands of the summary, by days past due: the 30-day bands every aging report has, then
 * two wider ones, because collectability keeps falling for a year (seed 002) and a debt over a year
 * old is a different conversation. A line due today (0 days) is not yet late.
 */
export const AGE_BUCKETS: readonly AgeBucket[] = [
  { key: 'not-due', fromDays: null, toDays: 0, label: AGE_BAND['not-due'] },
  { key: '1-30', fromDays: 1, toDays: 30, label: AGE_BAND['1-30'] },
  { key: '31-60', fromDays: 31, toDays: 60, label: AGE_BAND['31-60'] },
  { key: '61-90', fromDays: 61, toDays: 90, label: AGE_BAND['61-90'] },
  { key: '91-180', fromDays: 91, toDays: 180, label: AGE_BAND['91-180'] },
  { key: '181-365', fromDays: 181, toDays: 365, label: AGE_BAND['181-365'] },
  { key: 'over-365', fromDays: 366, toDays: null, label: AGE_BAND['over-365'] },
  { key: 'unknown', fromDays: null, toDays: null, label: AGE_BAND.unknown },
];

/**
 * Index in AGE_BUCKETS of a line that is `days` past due (negative while not yet due; null when the
 * sheet gives no way to tell).
 *
 * @example
 * ageBucketIndex(0)    // → 0 (not due)
 * ageBucketIndex(31)   // → 2 (31–60 days)
 * ageBucketIndex(366)  // → 6 (over 365 days)
 * ageBucketIndex(null) // → 7 (age unknown)
 */
export function ageBucketIndex(days: number | null): number {
  if (days === null || !Number.isFinite(days)) return 7;
  if (days <= 0) return 0;
  if (days <= 30) return 1;
  if (days <= 60) return 2;
  if (days <= 90) return 3;
  if (days <= 180) return 4;
  if (days <= 365) return 5;
  return 6;
}
