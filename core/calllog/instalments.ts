import { parseDateCell } from '../coerce/date';
import { parseMoneyCell } from '../coerce/money';
import { say, type Texts } from '../i18n/texts';
import type { Cell, DateOrder, Language } from '../model/cell';
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
 * writes the log's. Dates are written ISO (`YYYY-MM-DD`), which no date order can misread.
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
  | { readonly code: 'count' | 'from' | 'few' | 'missing' | 'form' }
  | { readonly code: 'amount' | 'interval' | 'date' | 'order' | 'entry'; readonly value: string }
  | { readonly code: 'many'; readonly max: number }
  | { readonly code: 'span'; readonly value: string };

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
const WORDS = {
  every: { en: ['every'], 'zh-CN': ['每'], pl: ['co'] },
  from: { en: ['from', 'starting'], 'zh-CN': ['自', '从'], pl: ['od'] },
  /** Words that may stand between the count and `×`: `3 instalments ×`, `3 期 ×`, `3 raty ×`. */
  count: { en: ['instalments', 'installments', 'payments'], 'zh-CN': ['期'], pl: ['raty', 'rat', 'płatności'] },
  day: { en: ['day', 'days'], 'zh-CN': ['天', '日'], pl: ['dzień', 'dni', 'dnia'] },
  week: { en: ['week', 'weeks'], 'zh-CN': ['周', '星期', '礼拜'], pl: ['tydzień', 'tygodnie', 'tygodni', 'tygodnia'] },
  month: { en: ['month', 'months'], 'zh-CN': ['个月', '月'], pl: ['miesiąc', 'miesiące', 'miesięcy', 'miesiąca'] },
} as const satisfies Record<string, Record<Language, readonly string[]>>;

const UNITS: readonly IntervalUnit[] = ['day', 'week', 'month'];

const allWords = (key: keyof typeof WORDS): string[] =>
  Object.values(WORDS[key])
    .flat()
    .sort((a, b) => b.length - a.length);
const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const UNIT_OF = new Map<string, IntervalUnit>(UNITS.flatMap((u) => Object.values(WORDS[u]).flat().map((w) => [w, u] as const)));
const UNIT_WORDS = [...UNIT_OF.keys()].sort((a, b) => b.length - a.length);
/** `3 ×`, `3 raty ×`, `3 期 ×`, then the rest. */
const COUNT_RE = new RegExp(`^(\\d+)\\s*(?:${alternatives(allWords('count'))})?\\s*[×x*]\\s*(.*)$`, 'u');
/** The amount, then `every`/`co`/`每` (Chinese needs no space before it), then the rest. */
const EVERY_RE = new RegExp(`^(.+?)(?:\\s*,\\s*|\\s+|(?=每))(?:${alternatives(allWords('every'))})\\s*(.*)$`, 'u');
/** `2 weeks`, `miesiąc`, `2个月`; a Latin unit word must end there (`months`, not `month` + `s`). */
const UNIT_RE = new RegExp(`^(\\d+)?\\s*(${alternatives(UNIT_WORDS)})(?![a-ząćęłńóśźż])\\s*,?\\s*(.*)$`, 'u');
/** `from 2026-12-01`, `od 2026-12-01`, `自 2026-12-01 起`. */
const FROM_RE = new RegExp(`^(?:${alternatives(allWords('from'))})\\s*(.+?)\\s*(?:起|开始)?$`, 'u');

/** Folds what people type (full-width digits and punctuation, `X`, runs of spaces) to one spelling. */
function normalise(text: string): string {
  // New lines stay: they separate a list's instalments.
  return text.normalize('NFKC').toLowerCase().replace(/、/g, ',').replace(/[^\S\n]+/g, ' ').trim();
}

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
    if (!Number.isInteger(plan.every.n) || plan.every.n < 1 || !UNITS.includes(plan.every.unit)) return { code: 'interval', value: `${plan.every.n} ${plan.every.unit}` };
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

export type PlanParse = { readonly ok: true; readonly plan: InstalmentPlan; readonly instalments: readonly Instalment[] } | { readonly ok: false; readonly problem: PlanProblem };

function dayOf(text: string, order: DateOrder | null): string | null {
  const parsed = parseDateCell(text, order);
  return parsed && parsed.ok ? isoDay(parsed.day) : null;
}

function amountOf(text: string): number | null {
  const parsed = parseMoneyCell(text);
  return parsed && parsed.ok && parsed.value > 0 ? parsed.value : null;
}

function parseSchedule(text: string, order: DateOrder | null): PlanParse {
  const counted = COUNT_RE.exec(text);
  if (!counted) return { ok: false, problem: { code: 'count' } };
  const every = EVERY_RE.exec(counted[2]!);
  if (!every) return { ok: false, problem: { code: 'interval', value: counted[2]! } };
  const unit = UNIT_RE.exec(every[2]!);
  if (!unit) return { ok: false, problem: { code: 'interval', value: every[2]!.split(/[\s,]/)[0] ?? '' } };
  const from = FROM_RE.exec(unit[3]!);
  if (!from) return { ok: false, problem: { code: 'from' } };
  const amountText = every[1]!.replace(/,$/, '').trim();
  const amount = amountOf(amountText);
  if (amount === null) return { ok: false, problem: { code: 'amount', value: amountText } };
  const first = dayOf(from[1]!, order);
  if (first === null) return { ok: false, problem: { code: 'date', value: from[1]! } };
  const plan: InstalmentPlan = { kind: 'schedule', count: Number(counted[1]), amount, every: { n: unit[1] ? Number(unit[1]) : 1, unit: UNIT_OF.get(unit[2]!)! }, first };
  return checked(plan);
}

function parseList(text: string, order: DateOrder | null): PlanParse {
  const instalments: { date: string; amount: number }[] = [];
  for (const entry of text.split(/[;\n]/).map((e) => e.trim()).filter((e) => e !== '')) {
    const m = /^(\S+?):?\s+(.+)$/.exec(entry);
    if (!m) return { ok: false, problem: { code: 'entry', value: entry } };
    const date = dayOf(m[1]!, order);
    if (date === null) return { ok: false, problem: { code: 'date', value: m[1]! } };
    const amount = amountOf(m[2]!);
    if (amount === null) return { ok: false, problem: { code: 'amount', value: m[2]! } };
    instalments.push({ date, amount });
  }
  return checked({ kind: 'list', instalments });
}

function checked(plan: InstalmentPlan): PlanParse {
  const problem = planProblem(plan);
  return problem ? { ok: false, problem } : { ok: true, plan, instalments: instalmentsOf(plan) };
}

/**
 * Reads an `Instalments` cell: a schedule when it has `×` (or `x`, `*`), else a list. Null for an
 * empty cell; otherwise the plan or the one specific thing wrong with it. Never throws.
 *
 * @example
 * parseInstalmentsCell('3 × 500.00 every month from 2026-12-01', null)
 * // → { ok: true, plan: { kind: 'schedule', count: 3, amount: 500, every: { n: 1, unit: 'month' }, first: '2026-12-01' }, instalments: [12-01, 01-01, 02-01 × 500] }
 * parseInstalmentsCell('2026-12-01 500; 2026-11-01 500', null)
 * // → { ok: false, problem: { code: 'order', value: '2026-11-01' } }
 */
export function parseInstalmentsCell(cell: Cell | undefined, order: DateOrder | null): PlanParse | null {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return null;
  if (typeof cell !== 'string') return { ok: false, problem: { code: 'form' } };
  const text = normalise(cell);
  return /[×*]|\d\s*x\s*\d|\bx\b/.test(text) ? parseSchedule(text, order) : parseList(text, order);
}

function amountText(amount: number, language: Language): string {
  const fixed = amount.toFixed(2);
  // Polish writes the decimal comma; no thousands separator, so a list's `;` and `,` never clash.
  return language === 'pl' ? fixed.replace('.', ',') : fixed;
}

const PL_PLURAL = new Intl.PluralRules('pl');

function intervalText(every: Interval, language: Language): string {
  const words = WORDS[every.unit][language];
  if (language === 'en') return every.n === 1 ? `every ${words[0]}` : `every ${every.n} ${words[1]}`;
  if (language === 'zh-CN') return every.n === 1 ? `每${every.unit === 'month' ? '月' : words[0]}` : `每${every.n}${words[0]}`;
  if (every.n === 1) return `co ${words[0]}`;
  // Polish: 2–4 (and 22–24…) take the "few" form, the rest the "many" (co 2 tygodnie, co 5 tygodni).
  const few = PL_PLURAL.select(every.n) === 'few';
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
  return `${plan.count} × ${amount} ${every} ${WORDS.from[language][0]} ${plan.first}`;
}

/** Why a plan cannot be used, as the clause the messages below end with. */
const PROBLEMS = {
  count: { en: 'a schedule starts with the number of instalments and "×"', 'zh-CN': '分期应以期数和“×”开头', pl: 'harmonogram zaczyna się od liczby rat i „×”' },
  amount: { en: '"{value}" is not an amount above zero', 'zh-CN': '“{value}”不是大于零的金额', pl: '„{value}” nie jest kwotą większą od zera' },
  interval: { en: '"{value}" is not an interval: write every N days, weeks or months', 'zh-CN': '“{value}”不是有效的间隔：请写每N天、每N周或每N个月', pl: '„{value}” nie jest odstępem: napisz co N dni, tygodni lub miesięcy' },
  from: { en: 'the first date is missing: end with "from" and the date', 'zh-CN': '缺少首期日期：请以“自”加日期结尾', pl: 'brak daty pierwszej raty: zakończ słowem „od” i datą' },
  date: { en: '"{value}" is not a date', 'zh-CN': '“{value}”不是有效日期', pl: '„{value}” nie jest datą' },
  order: { en: 'each date must come after the one before, and {value} does not', 'zh-CN': '每期日期必须晚于上一期，{value} 不符合', pl: 'każda data musi być późniejsza od poprzedniej, a {value} nie jest' },
  entry: { en: '"{value}" is not a date followed by an amount', 'zh-CN': '“{value}”不是“日期 金额”的格式', pl: '„{value}” nie jest datą i kwotą' },
  few: { en: 'a plan has at least two instalments (one payment is a promise to pay)', 'zh-CN': '分期付款至少两期（一次付清属于承诺付款）', pl: 'plan ma co najmniej dwie raty (jedna wpłata to obietnica zapłaty)' },
  many: { en: 'a plan has at most {max} instalments', 'zh-CN': '分期付款最多 {max} 期', pl: 'plan ma najwyżej {max} rat' },
  span: { en: 'the last instalment ({value}) is more than ten years after the first', 'zh-CN': '末期（{value}）距首期超过十年', pl: 'ostatnia rata ({value}) przypada ponad dziesięć lat po pierwszej' },
  missing: { en: 'the Instalments cell is empty', 'zh-CN': '“分期”单元格为空', pl: 'komórka „Raty” jest pusta' },
  form: { en: 'it is not text', 'zh-CN': '它不是文本', pl: 'to nie jest tekst' },
} as const satisfies Record<PlanProblem['code'], Texts>;

/** The plan's problem in words, for a log issue or the desk's refusal. */
export function planProblemText(problem: PlanProblem, language: Language): string {
  return say(PROBLEMS[problem.code], language, { value: 'value' in problem ? problem.value : '', max: 'max' in problem ? problem.max : '' });
}

/** The two forms, written by formatInstalments itself so the examples always read back. */
export function planExamples(language: Language): { schedule: string; list: string } {
  return {
    schedule: formatInstalments({ kind: 'schedule', count: 3, amount: 500, every: { n: 1, unit: 'month' }, first: '2026-12-01' }, language),
    list: formatInstalments({ kind: 'list', instalments: [{ date: '2026-12-01', amount: 500 }, { date: '2027-01-15', amount: 750 }] }, language),
  };
}

export const PLAN_PROBLEM_TEXTS: readonly Texts[] = Object.values(PROBLEMS);
