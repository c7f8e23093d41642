import { say } from '../i18n/texts';
import type { Language } from '../model/cell';
import { SUMMARY_TEXTS as T } from './texts';
import type { BookSummary, CurrencySummary } from './types';

export type SummaryCell = string | number;

/** A block of the spilled table: its heading row and its data rows (0-based, from the formula's cell). */
export interface SummaryBlock {
  readonly header: number;
  readonly first: number;
  readonly count: number;
}

/**
 * Where each table sits in what AGINGSUMMARY spills. The shape never depends on the data (the other
 * currencies come last), so a chart made over these rows keeps showing the right cells as the book
 * changes. Every block has its label in the first column and its charted amount in the second.
 */
export const SUMMARY_LAYOUT = {
  width: 4,
  currency: 0,
  risk: { header: 2, first: 3, count: 5 },
  age: { header: 10, first: 11, count: 8 },
  weeks: { header: 21, first: 22, count: 8 },
  /** The share of promises kept, as a fraction (second column). */
  keptRate: 36,
} as const satisfies Record<string, number | SummaryBlock>;

const row = (...cells: SummaryCell[]): SummaryCell[] => [...cells, '', '', '', ''].slice(0, SUMMARY_LAYOUT.width);
const overdueOf = (s: CurrencySummary) => s.byRisk.reduce((c, r) => c + Math.round(r.overdue * 100), 0) / 100;

/**
 * The summary as the rows a spreadsheet function spills: headings and labels in `language`,
 * amounts as numbers in the main currency, the other currencies' totals at the end.
 *
 * @example
 * summaryTable(plan.summary, 'en')[3] // → ['not due', 1200, 0, 2]
 */
export function summaryTable(s: BookSummary, language: Language): SummaryCell[][] {
  const t = (k: keyof typeof T) => say(T[k], language);
  const rows: SummaryCell[][] = [row(t('currency'), s.currency ?? t('noCurrency')), row()];
  rows.push(row(t('riskClass'), t('balance'), t('overdue'), t('debtors')));
  for (const r of s.byRisk) rows.push(row(r.label, r.balance, r.overdue, r.debtors));
  rows.push(row(t('total'), s.balance, overdueOf(s), s.debtors), row());
  rows.push(row(t('age'), t('balance'), t('fromDays'), t('toDays')));
  for (const a of s.byAge) rows.push(row(a.label, a.balance, a.fromDays ?? '', a.toDays ?? ''));
  rows.push(row(t('total'), s.balance), row());
  rows.push(row(t('weekStart'), t('promised')));
  for (const w of s.promisedByWeek) rows.push(row(w.weekStart, w.amount));
  rows.push(row(t('later'), s.promisedLater), row());
  rows.push(row(t('promises'), t('count')));
  rows.push(row(t('kept'), s.promises.kept), row(t('broken'), s.promises.broken), row(t('open'), s.promises.open));
  rows.push(row(t('keptRate'), s.promiseKeptRate ?? ''));
  if (s.others.length) {
    rows.push(row(), row(t('others'), t('balance'), t('overdue'), t('debtors')));
    for (const o of s.others) rows.push(row(o.currency ?? t('noCurrency'), o.balance, overdueOf(o), o.debtors));
  }
  return rows;
}
