import { collectability } from '../risk/collectability';

export interface PriorityInput {
  readonly overdue: number;
  readonly daysPastDue: number;
  /** Product of the risk factors (broken promises, refusals…) already applied to collectability. */
  readonly riskFactor: number;
  readonly brokenPromiseDaysAgo: number | null;
  readonly partialToChase: number | null;
  readonly consequenceDue: boolean;
  readonly callbackDue: boolean;
  readonly openPromiseAhead: boolean;
  readonly disputed: boolean;
  readonly daysSinceConversation: number | null;
  readonly doNotCall: boolean;
  /** Not-due money falling due within the next 2 days (courtesy call). */
  readonly dueSoon: number;
  /**
   * Chance the overdue money is still unpaid a week from now if nobody calls, from the debtor's
   * payment habit (core/behaviour); 1 when nothing is known. Money about to arrive anyway is worth
   * little of a call.
   */
  readonly stillUnpaid?: number;
  /** The age the collectability curve is read at: days past due beyond the debtor's habit. */
  readonly ageBeyondHabit?: number;
}

export type PriorityTerm =
  | 'age-loss'
  | 'broken-promise'
  | 'partial'
  | 'consequence-due'
  | 'callback'
  | 'due-soon'
  | 'dispute'
  | 'recent-conversation'
  | 'promise-ahead'
  | 'do-not-call';

export interface PriorityResult {
  /** Money: the expected amount lost by not calling now. */
  readonly value: number;
  readonly terms: readonly { readonly term: PriorityTerm; readonly amount: number }[];
}

/**
 * Call priority as money: the overdue balance times the fall in collectability over the coming
 * week (what waiting a week costs), plus what a due follow-up puts at stake, then lowered where a
 * call now would not help: an open dispute (route it to resolution), a conversation in the last
 * days, a promise whose date has not come, do-not-call.
 *
 * @example
 * // 10,000 overdue at 60 days: 10000 × (0.813 − 0.786) = 270 lost by waiting a week
 */
export function callPriority(p: PriorityInput): PriorityResult {
  if (p.doNotCall) return { value: 0, terms: [{ term: 'do-not-call', amount: 0 }] };
  const terms: { term: PriorityTerm; amount: number }[] = [];
  const age = Math.max(0, p.ageBeyondHabit ?? p.daysPastDue);
  const drop = (collectability(age) - collectability(age + 7)) * p.riskFactor;
  // Money already overdue loses value even on the first day: at least 1% a week.
  const ageLoss = p.overdue > 0 ? p.overdue * (p.stillUnpaid ?? 1) * Math.max(drop, 0.01) : 0;
  terms.push({ term: 'age-loss', amount: ageLoss });

  // A broken promise is the most urgent follow-up: seeds say carry out what was announced, at once.
  if (p.brokenPromiseDaysAgo !== null && p.overdue > 0) {
    terms.push({ term: 'broken-promise', amount: (p.overdue * 0.25) / (1 + Math.max(0, p.brokenPromiseDaysAgo - 1) / 3) });
  }
  if (p.partialToChase !== null) terms.push({ term: 'partial', amount: p.partialToChase * 0.1 });
  if (p.consequenceDue) terms.push({ term: 'consequence-due', amount: p.overdue * 0.12 });
  if (p.callbackDue) terms.push({ term: 'callback', amount: Math.max(p.overdue, p.dueSoon) * 0.08 });
  if (p.dueSoon > 0) terms.push({ term: 'due-soon', amount: p.dueSoon * 0.01 });

  let value = terms.reduce((sum, t) => sum + t.amount, 0);
  const brake = (term: PriorityTerm, factor: number) => {
    terms.push({ term, amount: value * (factor - 1) });
    value *= factor;
  };
  if (p.disputed) brake('dispute', 0.1);
  if (p.daysSinceConversation !== null && p.daysSinceConversation < 2 && !p.callbackDue) brake('recent-conversation', 0.3);
  if (p.openPromiseAhead) brake('promise-ahead', 0.2);
  return { value: Math.round(value * 100) / 100, terms };
}
