import type { Texts } from '../i18n/texts';

export type AgeBucketKey = 'not-due' | '1-30' | '31-60' | '61-90' | '91-180' | '181-365' | 'over-365' | 'unknown';

export interface AgeBucket {
  readonly key: AgeBucketKey;
  readonly fromDays: number | null;
  readonly toDays: number | null;
  readonly label: Texts;
}

/**
 * The age bands of the summary, by days past due: the 30-day bands every aging report has, then
 * two wider ones, because collectability keeps falling for a year (seed 002) and a debt over a year
 * old is a different conversation. A line due today (0 days) is not yet late.
 */
export const AGE_BUCKETS: readonly AgeBucket[] = [
  { key: 'not-due', fromDays: null, toDays: 0, label: { en: 'not due', 'zh-CN': '未到期', pl: 'niewymagalne' } },
  { key: '1-30', fromDays: 1, toDays: 30, label: { en: '1–30 days', 'zh-CN': '1–30天', pl: '1–30 dni' } },
  { key: '31-60', fromDays: 31, toDays: 60, label: { en: '31–60 days', 'zh-CN': '31–60天', pl: '31–60 dni' } },
  { key: '61-90', fromDays: 61, toDays: 90, label: { en: '61–90 days', 'zh-CN': '61–90天', pl: '61–90 dni' } },
  { key: '91-180', fromDays: 91, toDays: 180, label: { en: '91–180 days', 'zh-CN': '91–180天', pl: '91–180 dni' } },
  { key: '181-365', fromDays: 181, toDays: 365, label: { en: '181–365 days', 'zh-CN': '181–365天', pl: '181–365 dni' } },
  { key: 'over-365', fromDays: 366, toDays: null, label: { en: 'over 365 days', 'zh-CN': '超过365天', pl: 'ponad 365 dni' } },
  { key: 'unknown', fromDays: null, toDays: null, label: { en: 'age unknown', 'zh-CN': '账龄未知', pl: 'wiek nieznany' } },
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
