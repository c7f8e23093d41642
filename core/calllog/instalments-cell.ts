import { parseDateCell } from '../coerce/date';
import { parseMoneyCell } from '../coerce/money';
import type { Cell, DateOrder, Language } from '../model/cell';
import { isoDay } from '../model/day';
import { textsOf } from '../i18n/catalog';
import type { Texts } from '../i18n/texts';
import { formatInstalments, instalmentsOf, INSTALMENT_WORDS, INTERVAL_UNITS, planProblem, planProblemText, problemText, type Instalment, type InstalmentPlan, type IntervalUnit, type PlanProblem } from './instalments';

/**
 * Reads the `Instalments` cell of a call-log row (the forms are described in instalments.ts):
 * every language's words, full-width characters, any date the log reads elsewhere. Kept apart
 * from the plan itself so the call desk, which only writes plans, does not carry the reader.
 */

/** What only a typed cell can get wrong, beside what any plan can (PlanProblem). */
export type CellProblem =
  | PlanProblem
  | { readonly code: 'from' | 'missing' | 'form' }
  | { readonly code: 'entry'; readonly value: string };

/** The clauses of the cell's own problems; the plan's are the catalogs' `calllog.plan`. */
const CELL_PROBLEMS: Readonly<Record<Exclude<CellProblem['code'], PlanProblem['code']>, Texts>> = /* @__PURE__ */ textsOf('calllog.cell');

/** A cell's problem in words, for the log issue. */
export function cellProblemText(problem: CellProblem, language: Language): string {
  return problem.code in CELL_PROBLEMS ? problemText(CELL_PROBLEMS[problem.code as keyof typeof CELL_PROBLEMS], problem, language) : planProblemText(problem as PlanProblem, language);
}

const allWords = (key: keyof typeof INSTALMENT_WORDS): string[] =>
  Object.values(INSTALMENT_WORDS[key])
    .flat()
    .sort((a, b) => b.length - a.length);
const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const UNIT_OF = new Map<string, IntervalUnit>(INTERVAL_UNITS.flatMap((u) => Object.values(INSTALMENT_WORDS[u]).flat().map((w) => [w, u] as const)));
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

export type PlanParse = { readonly ok: true; readonly plan: InstalmentPlan; readonly instalments: readonly Instalment[] } | { readonly ok: false; readonly problem: CellProblem };

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

/** The two forms, written by formatInstalments itself so the examples always read back. */
export function planExamples(language: Language): { schedule: string; list: string } {
  return {
    schedule: formatInstalments({ kind: 'schedule', count: 3, amount: 500, every: { n: 1, unit: 'month' }, first: '2026-12-01' }, language),
    list: formatInstalments({ kind: 'list', instalments: [{ date: '2026-12-01', amount: 500 }, { date: '2027-01-15', amount: 750 }] }, language),
  };
}

