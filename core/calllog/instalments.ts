import { textsOf } from '../i18n/catalog';
import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { civil, epochDay, isoDay, parseIsoDay, type EpochDay } from '../model/day';

/**
 * The instalments of a payment plan: what the `Instalments` column of the call log holds on a
 * `payment plan` row, in one of two forms a collector can type and the desk writes:
 *
 * - a schedule, `3 × 500.00 every month from 2026-12-01` (Polish `3 × 500,00 co miesiąc od 2026-12-01`,
 *   Chinese `3 期 × 500.00，每月，自 2026-12-01 起`): count × amount, the interval, the first date;
 * - a list, `2026-12-01 500.00; 2027-01-01 750.00`: date and amount of each instalment.
 *
 * Any of the three languages is read whatever the log's language, as outcome words are; the desk
 * writes the log's. Dates are written ISO (`YYYY-MM-DD`), which no date order can misread. This
 * module is the plan itself (what the desk checks and writes); `instalments-cell.ts` reads a cell.
 */

export type IntervalUnit = 'day' | 'week' | 'month';

export interface Interval {
  readonly n: number;
  readonly unit: IntervalUnit;
}

/** A plan as agreed, JSON-safe (dates `YYYY-MM-DD`): what the desk sends a host to write. */
export type InstalmentPlan =
  | { readonly kind: 'schedule'; readonly count: number; readonly amount: number; readonly every: Interval; readonly first: string }
  | { readonly kind: 'list'; readonly instalments: readonly { readonly date: string; readonly amount: number }[] };

/** One instalment: the day it falls due and its amount. */
export interface Instalment {
  readonly day: EpochDay;
  readonly amount: number;
}

/** Why a plan cannot be read or written; `value` is the part of the text at fault. */
export type PlanProblem =
  | { readonly code: 'count' | 'few' }
  | { readonly code: 'amount' | 'interval' | 'date' | 'order' | 'span'; readonly value: string }
  | { readonly code: 'many'; readonly max: number };

/**
 * Ten years of monthly instalments. A plan longer than that is a typing slip (an extra digit in
 * the count), never a small firm's agreement.
 */
export const MAX_INSTALMENTS = 120;
/** The last instalment at most ten years after the first (leap days included). */
export const MAX_PLAN_DAYS = 3653;

/**
 * The words of the cell, per language. Reading accepts every language's words; writing uses the
 * first of each list in the log's language.
 */
export const INSTALMENT_WORDS = {
  every: { en: ['every'], 'zh-CN': ['每'], pl: ['co'] },
  from: { en: ['from', 'starting'], 'zh-CN': ['自', '从'], pl: ['od'] },
  /** Words that may stand between the count and `×`: `3 instalments ×`, `3 期 ×`, `3 raty ×`. */
  count: { en: ['instalments', 'installments', 'payments'], 'zh-CN': ['期'], pl: ['raty', 'rat', 'płatności'] },
  day: { en: ['day', 'days'], 'zh-CN': ['天', '日'], pl: ['dzień', 'dni', 'dnia'] },
  week: { en: ['week', 'weeks'], 'zh-CN': ['周', '星期', '礼拜'], pl: ['tydzień', 'tygodnie', 'tygodni', 'tygodnia'] },
  month: { en: ['month', 'months'], 'zh-CN': ['个月', '月'], pl: ['miesiąc', 'miesiące', 'miesięcy', 'miesiąca'] },
} as const satisfies Record<string, Record<Language, readonly string[]>>;

export const INTERVAL_UNITS: readonly IntervalUnit[] = ['day', 'week', 'month'];

function daysInMonth(year: number, month: number): number {
  return epochDay(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - epochDay(year, month, 1);
}

/**
 * The k-th date (0-based) of a schedule. Months keep the first date's day of the month, or the
 * month's last day when it has fewer (31 January, then 28 February, then 31 March).
 */
export function scheduleDay(first: EpochDay, every: Interval, k: number): EpochDay {
  if (every.unit === 'day') return first + k * every.n;
  if (every.unit === 'week') return first + 7 * k * every.n;
  const c = civil(first);
  const months = c.month - 1 + k * every.n;
  const year = c.year + Math.floor(months / 12);
  const month = (months % 12) + 1;
  return epochDay(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** The instalments of a plan, in date order. Assumes a plan that `planProblem` accepts. */
export function instalmentsOf(plan: InstalmentPlan): Instalment[] {
  if (plan.kind === 'list') return plan.instalments.map((i) => ({ day: parseIsoDay(i.date)!, amount: i.amount }));
  const first = parseIsoDay(plan.first)!;
  return Array.from({ length: plan.count }, (_, k) => ({ day: scheduleDay(first, plan.every, k), amount: plan.amount }));
}

/** The sum of a plan's instalments, to the cent. */
export function planTotal(instalments: readonly Instalment[]): number {
  return Math.round(instalments.reduce((sum, i) => sum + i.amount * 100, 0)) / 100;
}

const validAmount = (a: unknown): a is number => typeof a === 'number' && Number.isFinite(a) && a > 0 && Math.round(a * 100) > 0;

/**
 * What is wrong with a plan, or null: at least two instalments (one payment is a promise to pay),
 * at most MAX_INSTALMENTS over at most MAX_PLAN_DAYS, amounts above zero up to `maxAmount`, dates
 * real and each after the one before. The reader and the desk's validator share this one rule.
 */
export function planProblem(plan: InstalmentPlan, maxAmount = Infinity): PlanProblem | null {
  if (plan.kind === 'schedule') {
    if (!Number.isInteger(plan.count) || plan.count < 1) return { code: 'count' };
    if (!validAmount(plan.amount) || plan.amount > maxAmount) return { code: 'amount', value: String(plan.amount) };
    if (!Number.isInteger(plan.every.n) || plan.every.n < 1 || !INTERVAL_UNITS.includes(plan.every.unit)) return { code: 'interval', value: `${plan.every.n} ${plan.every.unit}` };
    if (parseIsoDay(plan.first) === null) return { code: 'date', value: plan.first };
  } else {
    for (const i of plan.instalments) {
      if (parseIsoDay(i.date) === null) return { code: 'date', value: i.date };
      if (!validAmount(i.amount) || i.amount > maxAmount) return { code: 'amount', value: String(i.amount) };
    }
  }
  const count = plan.kind === 'schedule' ? plan.count : plan.instalments.length;
  if (count < 2) return { code: 'few' };
  if (count > MAX_INSTALMENTS) return { code: 'many', max: MAX_INSTALMENTS };
  const days = instalmentsOf(plan);
  for (let k = 1; k < days.length; k++) {
    if (days[k]!.day <= days[k - 1]!.day) return { code: 'order', value: isoDay(days[k]!.day) };
  }
  if (days.at(-1)!.day - days[0]!.day > MAX_PLAN_DAYS) return { code: 'span', value: isoDay(days.at(-1)!.day) };
  return null;
}

function amountText(amount: number, language: Language): string {
  const fixed = amount.toFixed(2);
  // Polish writes the decimal comma; no thousands separator, so a list's `;` and `,` never clash.
  return language === 'pl' ? fixed.replace('.', ',') : fixed;
}

function intervalText(every: Interval, language: Language): string {
  const words = INSTALMENT_WORDS[every.unit][language];
  if (language === 'en') return every.n === 1 ? `every ${words[0]}` : `every ${every.n} ${words[1]}`;
  if (language === 'zh-CN') return every.n === 1 ? `每${every.unit === 'month' ? '月' : words[0]}` : `每${every.n}${words[0]}`;
  if (every.n === 1) return `co ${words[0]}`;
  // Polish: 2–4 (and 22–24…) take the "few" form, the rest the "many" (co 2 tygodnie, co 5 tygodni).
  const few = new Intl.PluralRules('pl').select(every.n) === 'few';
  const form = every.unit === 'day' ? 'dni' : every.unit === 'week' ? (few ? 'tygodnie' : 'tygodni') : few ? 'miesiące' : 'miesięcy';
  return `co ${every.n} ${form}`;
}

/**
 * The cell text of a plan in the log's language, which `parseInstalmentsCell` reads back to the
 * same plan.
 *
 * @example
 * formatInstalments({ kind: 'schedule', count: 3, amount: 500, every: { n: 2, unit: 'week' }, first: '2026-12-01' }, 'pl')
 * // → '3 × 500,00 co 2 tygodnie od 2026-12-01'
 */
export function formatInstalments(plan: InstalmentPlan, language: Language): string {
  if (plan.kind === 'list') return plan.instalments.map((i) => `${i.date} ${amountText(i.amount, language)}`).join('; ');
  const amount = amountText(plan.amount, language);
  const every = intervalText(plan.every, language);
  if (language === 'zh-CN') return `${plan.count} 期 × ${amount}，${every}，自 ${plan.first} 起`;
  return `${plan.count} × ${amount} ${every} ${INSTALMENT_WORDS.from[language][0]} ${plan.first}`;
}

/** Why a plan cannot be used, as the clause a log issue or the desk's refusal ends with. */
const PROBLEMS: Readonly<Record<PlanProblem['code'], Texts>> = /* @__PURE__ */ textsOf('calllog.plan');

/** The plan's problem in words, for a log issue or the desk's refusal. */
export function planProblemText(problem: PlanProblem, language: Language): string {
  return problemText(PROBLEMS[problem.code], problem, language);
}

/** A problem's clause with its `value` or `max` filled in. */
export function problemText(texts: Texts, problem: { readonly code: string }, language: Language): string {
  const { value, max } = problem as { readonly value?: string; readonly max?: number };
  return say(texts, language, { value: value ?? '', max: max ?? '' });
}
