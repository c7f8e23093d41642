import type { CallRecord } from '../calllog/read-log';
import type { Outcome } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { textsOf } from '../i18n/catalog';

/** Why no collection call may be placed to a debtor, whatever the schedule would allow. */
export type CallStopReason = 'cease-consumer' | 'cease-business' | 'attorney' | 'bankruptcy';

export interface CallStop {
  readonly reason: CallStopReason;
  /** The call-log row that stops the calls (1-based sheet row) and when it was logged. */
  readonly row: number;
  readonly at: Date;
  /** What the collector wrote on that row: for `attorney`, the attorney's name and number. */
  readonly notes: string;
}

const STOPS: ReadonlySet<Outcome> = new Set<Outcome>(['cease request', 'attorney', 'bankruptcy']);

/**
 * Outcomes that show a business talking with us again and agreeing to go on (it called us, asked
 * for a call-back, promised or paid): a later row with one of them clears its cease request.
 */
const RESUMES: ReadonlySet<Outcome> = new Set<Outcome>(['callback requested', 'promise to pay', 'partial payment promised', 'paid']);

/**
 * Whether a logged outcome forbids further calls, from one debtor's past calls (oldest first).
 *
 * - `bankruptcy`: every collection call stops (the automatic stay, 11 U.S.C. 362; insolvency law
 *   elsewhere); it holds while the row is in the log.
 * - `attorney`: the debtor is represented; we speak with the attorney, not the debtor
 *   (15 U.S.C. 1692c(a)(2) for consumers; for firms, a lawyer's letter routes the matter to them).
 * - `cease request` from a consumer: no more calls, letters only (15 U.S.C. 1692c(c)); a later row
 *   does not lift it, only the consumer's own consent recorded by a person editing that row.
 * - `cease request` from a business: do-not-call until a person clears it in the sheet, by logging
 *   a later row where the firm agreed to go on (a call-back asked for, a promise, a payment), or by
 *   changing that row.
 *
 * The strongest stop found wins: bankruptcy over attorney over a cease request.
 */
export function callStopOf(past: readonly CallRecord[], consumer: boolean): CallStop | null {
  let found: CallStop | null = null;
  const rank = (r: CallStopReason) => (r === 'bankruptcy' ? 3 : r === 'attorney' ? 2 : 1);
  for (const r of past) {
    if (found?.reason === 'cease-business' && RESUMES.has(r.outcome)) found = null;
    if (!STOPS.has(r.outcome)) continue;
    const reason: CallStopReason = r.outcome === 'bankruptcy' ? 'bankruptcy' : r.outcome === 'attorney' ? 'attorney' : consumer ? 'cease-consumer' : 'cease-business';
    if (!found || rank(reason) >= rank(found.reason)) found = { reason, row: r.row, at: r.at, notes: r.notes };
  }
  return found;
}

export const CALL_STOP_TEXTS: Readonly<Record<CallStopReason, Texts>> = /* @__PURE__ */ textsOf('callStop');

/** The sentence the desk and the plan show for a stop, in the user's language. */
export function callStopText(stop: CallStop, day: string, language: Language): string {
  const notes = stop.reason === 'attorney' && stop.notes.trim() ? `: ${stop.notes.trim()}` : '';
  return say(CALL_STOP_TEXTS[stop.reason], language, { date: day, row: stop.row, notes });
}
