import { median } from './lateness-book';

/**
 * How late a debtor's money comes after the day it promised: the call log records the promise and
 * its day, the aging sheet the day each invoice was settled. A promise's money is taken to have
 * come with the first settlement on or after the day the promise was made.
 */

export interface PromiseDays {
  /** Day the promise was made (the call's day). */
  readonly made: number;
  /** Day the money was promised for. */
  readonly promised: number;
}

export interface PromiseSlip {
  /** Median days from the promised day to the settlement (negative: early); null with none seen. */
  readonly typicalSlipDays: number | null;
  /** Promises whose money was seen arriving. */
  readonly promisesSettled: number;
}

/**
 * @example
 * promiseSlip([{ made: 10, promised: 14 }, { made: 40, promised: 45 }], [17, 44])
 * // → { typicalSlipDays: 1, promisesSettled: 2 } (3 days late, then 1 day early: median 1)
 */
export function promiseSlip(promises: readonly PromiseDays[], settledDays: readonly number[]): PromiseSlip {
  const settled = [...settledDays].sort((a, b) => a - b);
  const slips: number[] = [];
  for (const p of promises) {
    // A promise answers for money not yet paid when it was made: the first settlement from that day.
    const at = settled.find((d) => d >= p.made);
    if (at !== undefined) slips.push(at - p.promised);
  }
  if (slips.length === 0) return { typicalSlipDays: null, promisesSettled: 0 };
  return { typicalSlipDays: median(slips.sort((a, b) => a - b)), promisesSettled: slips.length };
}
