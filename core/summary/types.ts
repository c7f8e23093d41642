import type { RiskClass } from '../plan/types';
import type { AgeBucketKey } from './age-buckets';

/** One risk class of the book: how many debtors owe a non-zero balance in it, and how much. */
export interface RiskRow {
  readonly riskClass: RiskClass;
  readonly label: string;
  readonly debtors: number;
  readonly balance: number;
  readonly overdue: number;
}

/**
 * Open lines whose days past due fall in [fromDays, toDays]. `fromDays` null: no lower bound (not
 * yet due); `toDays` null: no upper bound. The `unknown` bucket (both null) holds lines with no due
 * date, document date or bucket, so that the table still adds up to the balances.
 */
export interface AgeRow {
  readonly key: AgeBucketKey;
  readonly label: string;
  readonly fromDays: number | null;
  readonly toDays: number | null;
  readonly balance: number;
}

/** Cash open promises should bring in the ISO week starting on `weekStart` (a Monday, `YYYY-MM-DD`). */
export interface WeekRow {
  readonly weekStart: string;
  readonly amount: number;
}

/** The summary of the debtors of one currency. Money is in that currency, exact to the cent. */
export interface CurrencySummary {
  /** Null when the aging sheet states no currency for these debtors. */
  readonly currency: string | null;
  /** Debtors with a non-zero balance, and the sum of all debtors' balances. */
  readonly debtors: number;
  readonly balance: number;
  readonly byRisk: readonly RiskRow[];
  readonly byAge: readonly AgeRow[];
  /** Eight weeks from the week of as_of. */
  readonly promisedByWeek: readonly WeekRow[];
  /** Open promises dated after the eighth week. */
  readonly promisedLater: number;
  readonly promises: { readonly open: number; readonly kept: number; readonly broken: number };
  /** kept ÷ (kept + broken); null while no promise has been judged. */
  readonly promiseKeptRate: number | null;
}

/**
 * The book at a glance. Currencies are never added together: the top level is the main currency
 * (the largest total balance; the sheet's first on a tie), `others` the rest, each complete.
 */
export interface BookSummary extends CurrencySummary {
  readonly others: readonly CurrencySummary[];
}
