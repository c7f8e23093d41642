import type { InstalmentPlan } from './instalments';
import type { Outcome } from './schema';

/**
 * One call, as the call desk hands it to a host to append. Every field is JSON-safe
 * (google.script.run cannot carry Date objects): instants are ISO strings with an offset or `Z`,
 * calendar dates are `YYYY-MM-DD`.
 */
export interface CallLogEntry {
  readonly time: string;
  readonly customer: string;
  readonly collector: string;
  readonly outcome: Outcome;
  readonly promisedAmount: number | null;
  readonly promisedDate: string | null;
  readonly callbackAt: string | null;
  readonly excuse: string;
  readonly consequence: string;
  readonly consequenceDate: string | null;
  readonly balanceAtCall: number | null;
  readonly notes: string;
  /** The instalments agreed, on a `payment plan` call only; null on every other call. */
  readonly instalments: InstalmentPlan | null;
}
