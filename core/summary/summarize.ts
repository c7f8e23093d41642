import { say } from '../i18n/texts';
import type { Language } from '../model/cell';
import { isoDay, type EpochDay } from '../model/day';
import { RISK_NAMES } from '../plan/messages';
import type { RiskClass } from '../plan/types';
import { AGE_BUCKETS, ageBucketIndex } from './age-buckets';
import type { BookSummary, CurrencySummary } from './types';
import { isoWeekStart } from './week';

export const RISK_ORDER: readonly RiskClass[] = ['not-due', 'collect', 'doubtful', 'bad', 'dead'];
/** Weeks of promised cash shown, the week of as_of first. */
export const PROMISE_WEEKS = 8;

/** A promise of the log as the history judged it. */
export interface SummaryPromise {
  readonly status: 'open' | 'kept' | 'broken';
  readonly date: EpochDay;
  readonly promisedAmount: number | null;
  readonly balanceAtCall: number | null;
  /** Money that arrived since the promise was made, when the log gives the balance at the call. */
  readonly received: number | null;
}

/** What the summary needs of one debtor: the figures the plan computed, not the rows again. */
export interface SummaryDebtor {
  readonly currency: string | null;
  readonly riskClass: RiskClass;
  readonly balance: number;
  readonly overdue: number;
  /** The open lines counted in `balance`, and their days past due (same order; null when unknown). */
  readonly lines: readonly { readonly openBalance: number }[];
  readonly ages: readonly (number | null)[];
  readonly promises: readonly SummaryPromise[];
}

const cents = (x: number) => Math.round(x * 100);
const units = (c: number) => c / 100;

/**
 * Cents each open promise of one debtor should still bring, in the order of their dates. A promise
 * with no amount expects the balance at the call (or now); money already received since the call
 * counts towards it. Together they never exceed what the debtor owes: a renewed promise for the
 * same money is not cash twice.
 */
function openPromiseCents(d: SummaryDebtor): { date: EpochDay; cents: number }[] {
  let room = Math.max(0, cents(d.balance));
  const open = d.promises.filter((p) => p.status === 'open').sort((a, b) => a.date - b.date);
  return open.map((p) => {
    const expected = cents(p.promisedAmount ?? p.balanceAtCall ?? d.balance);
    const still = Math.max(0, expected - Math.max(0, cents(p.received ?? 0)));
    const take = Math.min(still, room);
    room -= take;
    return { date: p.date, cents: take };
  });
}

function summarizeCurrency(currency: string | null, debtors: readonly SummaryDebtor[], today: EpochDay, language: Language): CurrencySummary {
  const risk = RISK_ORDER.map(() => ({ debtors: 0, balance: 0, overdue: 0 }));
  const age = AGE_BUCKETS.map(() => 0);
  const weeks = Array.from({ length: PROMISE_WEEKS }, () => 0);
  const firstWeek = isoWeekStart(today);
  let later = 0;
  let balance = 0;
  let owing = 0;
  const promises = { open: 0, kept: 0, broken: 0 };
  for (const d of debtors) {
    const r = risk[RISK_ORDER.indexOf(d.riskClass)]!;
    const b = cents(d.balance);
    if (b !== 0) {
      r.debtors++;
      owing++;
    }
    r.balance += b;
    r.overdue += cents(d.overdue);
    balance += b;
    for (let i = 0; i < d.lines.length; i++) age[ageBucketIndex(d.ages[i] ?? null)]! += cents(d.lines[i]!.openBalance);
    for (const p of d.promises) promises[p.status]++;
    for (const p of openPromiseCents(d)) {
      // An open promise is dated today or later; an earlier one would still be cash of this week.
      const week = Math.max(0, Math.floor((p.date - firstWeek) / 7));
      if (week < PROMISE_WEEKS) weeks[week]! += p.cents;
      else later += p.cents;
    }
  }
  const judged = promises.kept + promises.broken;
  return {
    currency,
    debtors: owing,
    balance: units(balance),
    byRisk: RISK_ORDER.map((riskClass, i) => ({
      riskClass,
      label: say(RISK_NAMES[riskClass], language),
      debtors: risk[i]!.debtors,
      balance: units(risk[i]!.balance),
      overdue: units(risk[i]!.overdue),
    })),
    byAge: AGE_BUCKETS.map((b, i) => ({ key: b.key, label: say(b.label, language), fromDays: b.fromDays, toDays: b.toDays, balance: units(age[i]!) })),
    promisedByWeek: weeks.map((c, i) => ({ weekStart: isoDay(firstWeek + 7 * i), amount: units(c) })),
    promisedLater: units(later),
    promises,
    promiseKeptRate: judged ? promises.kept / judged : null,
  };
}

/**
 * Sums the book by risk class, by age and by promised week, one currency at a time. Money is added
 * in integer cents, so every table adds up exactly to the debtors' balances: by risk through each
 * debtor's balance, by age through the open lines that make that balance up.
 *
 * @example
 * summarizeBook(debtors, { today: epochDay(2026, 12, 1), language: 'en' }).byAge[1]
 * // → { key: '1-30', label: '1–30 days', fromDays: 1, toDays: 30, balance: 1250 }
 */
export function summarizeBook(debtors: readonly SummaryDebtor[], options: { readonly today: EpochDay; readonly language: Language }): BookSummary {
  const groups = new Map<string | null, SummaryDebtor[]>();
  for (const d of debtors) {
    let list = groups.get(d.currency);
    if (!list) groups.set(d.currency, (list = []));
    list.push(d);
  }
  if (groups.size === 0) groups.set(null, []);
  const summaries = [...groups].map(([currency, list]) => summarizeCurrency(currency, list, options.today, options.language));
  // The main currency holds the most money; the sheet's first one wins a tie (sort is stable).
  const ranked = [...summaries].sort((a, b) => b.balance - a.balance);
  const [main, ...others] = ranked;
  return { ...main!, others };
}
