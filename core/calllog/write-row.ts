import { CONSEQUENCES, CONSEQUENCE_WORDS, CALL_LOG_COLUMNS, OUTCOME_WORDS, parseOutcome, type CallLogKey, type Consequence } from './schema';
import type { CallLogEntry } from './entry';
import { formatInstalments, instalmentsOf, planProblem, planProblemText, type InstalmentPlan, type IntervalUnit } from './instalments';
import { CALL_LOG_MESSAGES, FIELD_NAMES } from './messages';
import { excelSerialFromDay } from '../coerce/date';
import { say } from '../i18n/texts';
import type { Cell, Language } from '../model/cell';
import { parseIsoDay } from '../model/day';
import { guardText as apostropheGuard } from '../text/formula-guard';
import { instantOf, wallTimeOf } from '../time/zone';

/** How a host stores dates: Excel as serial numbers in the collector's wall time, Sheets as Date. */
export interface RowFormat {
  readonly dates: 'serial' | 'date';
  /** The zone whose wall clock the sheet shows (collector's zone for Excel, spreadsheet zone for Sheets). */
  readonly timeZone: string;
  readonly language: Language;
  /**
   * How typed text is kept from being read as a formula: a leading apostrophe (the default), or
   * `'format'` when the host writes text columns into plain-text cells, where nothing typed is
   * interpreted and an apostrophe would be kept as a character (Sheets: sheets-addon/server/call-log.ts).
   */
  readonly textGuard?: 'apostrophe' | 'format';
}

function instantCell(iso: string, format: RowFormat): Cell {
  const instant = new Date(iso);
  if (format.dates === 'date') return instant;
  const wall = wallTimeOf(instant, format.timeZone);
  return excelSerialFromDay(wall.day, wall.minutes);
}

function dayCell(isoDate: string, format: RowFormat): Cell {
  const day = parseIsoDay(isoDate);
  if (day === null) return '';
  return format.dates === 'date' ? instantOf({ day, minutes: 0 }, format.timeZone) : excelSerialFromDay(day);
}

/**
 * Typed text as a cell value a host that reads a leading apostrophe as "this is text" (Excel's
 * prefix character) keeps exactly as typed: text that starts with one (`'t Hoekje BV`) gets a
 * second in front, and text that would start a formula gets one (the formula guard). What the cell
 * then holds, and what the desk reads back, is the text as typed. Sheets writes into plain-text
 * cells instead (`textGuard: 'format'`), where nothing is added.
 */
export function typedText(text: string): string {
  return text.startsWith("'") ? `'${text}` : apostropheGuard(text);
}

/**
 * The cells of one call-log row, in CALL_LOG_COLUMNS order, ready for a host to append. Free text
 * is guarded so a note starting with `=` stays text (by the apostrophe, or by the host's plain-text
 * format); the outcome is written in the log's language.
 */
export function callLogRow(entry: CallLogEntry, format: RowFormat): Cell[] {
  const keep = format.textGuard === 'format' ? (text: string) => text : typedText;
  const values: Record<CallLogKey, Cell> = {
    time: instantCell(entry.time, format),
    customer: keep(entry.customer),
    collector: keep(entry.collector),
    outcome: OUTCOME_WORDS[entry.outcome][format.language],
    promisedAmount: entry.promisedAmount ?? '',
    promisedDate: entry.promisedDate ? dayCell(entry.promisedDate, format) : '',
    callbackAt: entry.callbackAt ? instantCell(entry.callbackAt, format) : '',
    excuse: keep(entry.excuse),
    consequence: keep(entry.consequence),
    consequenceDate: entry.consequenceDate ? dayCell(entry.consequenceDate, format) : '',
    balanceAtCall: entry.balanceAtCall ?? '',
    notes: keep(entry.notes),
    instalments: entry.instalments ? keep(formatInstalments(entry.instalments, format.language)) : '',
  };
  return CALL_LOG_COLUMNS.map((c) => values[c.key]);
}

export type EntryCheck = { readonly ok: true; readonly entry: CallLogEntry } | { readonly ok: false; readonly message: string };

const MAX_TEXT = 2000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const CONSEQUENCE_LOOKUP = new Map<string, Consequence>(
  CONSEQUENCES.flatMap((c) => Object.values(CONSEQUENCE_WORDS[c]).map((w) => [w.toLowerCase(), c] as const)),
);

export interface EntryRules {
  /** When given, a consequence outside this list is refused: the desk never announces what the firm will not do. */
  readonly allowedConsequences?: readonly Consequence[];
  /** The host's present moment: the call time must lie near it (a shell passes its clock; core reads none). */
  readonly now?: Date;
}

const DAY_MS = 86_400_000;
/** Calls are logged as they happen, or caught up on within the year; never ahead of the clock by more than a day (zones, skew). */
const CALL_BEFORE_NOW_MS = 366 * DAY_MS;
const CALL_AFTER_NOW_MS = DAY_MS;
/** Without a clock, this century's calls only: year 0001 or 9999 is a typing or conversion error. */
const EARLIEST_CALL = Date.UTC(2000, 0, 1);
const LATEST_CALL = Date.UTC(2100, 0, 1);
/** A promise, call-back or consequence is dated around the call: a month back, three years ahead. */
const DATED_BEFORE_CALL_MS = 31 * DAY_MS;
const DATED_AFTER_CALL_MS = 3 * 366 * DAY_MS;
/** Larger than any receivable a small firm logs, and well inside exact cents of a double. */
export const MAX_AMOUNT = 1e11;

const isoMinute = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Checks a call arriving from a client (the sidebar, over google.script.run or from the task pane)
 * before anything is written. Returns the cleaned entry or one message saying what to fix.
 */
export function validateCallLogEntry(raw: unknown, language: Language, rules: EntryRules = {}): EntryCheck {
  const fail = (message: string): EntryCheck => ({ ok: false, message });
  if (typeof raw !== 'object' || raw === null) return fail(say(CALL_LOG_MESSAGES.notAnEntry, language));
  const r = raw as Record<string, unknown>;
  const field = (name: string) => say(FIELD_NAMES[name]!, language);

  const text = (name: string): string | null => {
    const v = r[name];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') return null;
    return v.trim();
  };
  const texts: Record<string, string> = {};
  for (const name of ['customer', 'collector', 'excuse', 'consequence', 'notes']) {
    const v = text(name);
    if (v === null) return fail(say(CALL_LOG_MESSAGES.notAnEntry, language));
    if (v.length > MAX_TEXT) return fail(say(CALL_LOG_MESSAGES.tooLong, language, { field: field(name), max: MAX_TEXT }));
    texts[name] = v;
  }
  if (!texts.customer) return fail(say(CALL_LOG_MESSAGES.missingCustomer, language));

  const outcome = typeof r.outcome === 'string' ? parseOutcome(r.outcome) : null;
  if (!outcome) return fail(say(CALL_LOG_MESSAGES.badOutcome, language, { value: String(r.outcome ?? '') }));

  const instant = (name: string, required: boolean): string | null | undefined => {
    const v = r[name];
    if ((v === undefined || v === null || v === '') && !required) return null;
    if (typeof v !== 'string' || !ISO_INSTANT.test(v) || Number.isNaN(Date.parse(v))) return undefined;
    return new Date(v).toISOString();
  };
  const day = (name: string): string | null | undefined => {
    const v = r[name];
    if (v === undefined || v === null || v === '') return null;
    return typeof v === 'string' && parseIsoDay(v) !== null ? v : undefined;
  };
  const money = (name: string): number | null | undefined => {
    const v = r[name];
    if (v === undefined || v === null || v === '') return null;
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v * 100) / 100 : undefined;
  };

  const time = instant('time', true);
  if (!time) return fail(say(CALL_LOG_MESSAGES.badTime, language, { field: field('time'), value: String(r.time ?? '') }));
  const at = Date.parse(time);
  const earliest = rules.now ? rules.now.getTime() - CALL_BEFORE_NOW_MS : EARLIEST_CALL;
  const latest = rules.now ? rules.now.getTime() + CALL_AFTER_NOW_MS : LATEST_CALL;
  if (at < earliest || at > latest) {
    return fail(say(CALL_LOG_MESSAGES.timeOutOfRange, language, { field: field('time'), value: String(r.time), from: isoMinute(earliest), to: isoMinute(latest) }));
  }
  const outside = (name: string, ms: number, days: boolean): EntryCheck | null => {
    const from = at - DATED_BEFORE_CALL_MS, to = at + DATED_AFTER_CALL_MS;
    if (ms >= from - DAY_MS && ms <= to) return null;
    const show = days ? isoDate : isoMinute;
    return fail(say(CALL_LOG_MESSAGES.timeOutOfRange, language, { field: field(name), value: String(r[name]), from: show(from), to: show(to) }));
  };
  const callbackAt = instant('callbackAt', false);
  if (callbackAt === undefined) return fail(say(CALL_LOG_MESSAGES.badTime, language, { field: field('callbackAt'), value: String(r.callbackAt) }));
  const promisedDate = day('promisedDate');
  if (promisedDate === undefined) return fail(say(CALL_LOG_MESSAGES.badDay, language, { field: field('promisedDate'), value: String(r.promisedDate) }));
  const consequenceDate = day('consequenceDate');
  if (consequenceDate === undefined) return fail(say(CALL_LOG_MESSAGES.badDay, language, { field: field('consequenceDate'), value: String(r.consequenceDate) }));
  const promisedAmount = money('promisedAmount');
  if (promisedAmount === undefined) return fail(say(CALL_LOG_MESSAGES.badAmount, language, { field: field('promisedAmount'), value: String(r.promisedAmount) }));
  const balanceAtCall = money('balanceAtCall');
  if (balanceAtCall === undefined) return fail(say(CALL_LOG_MESSAGES.badAmount, language, { field: field('balanceAtCall'), value: String(r.balanceAtCall) }));
  for (const [name, value] of [['promisedAmount', promisedAmount], ['balanceAtCall', balanceAtCall]] as const) {
    if (value !== null && value > MAX_AMOUNT) return fail(say(CALL_LOG_MESSAGES.amountTooLarge, language, { field: field(name), value: String(r[name]), max: MAX_AMOUNT.toLocaleString('en-US') }));
  }
  const dated = [
    ['callbackAt', callbackAt ? Date.parse(callbackAt) : null, false],
    ['promisedDate', promisedDate ? Date.parse(`${promisedDate}T00:00:00Z`) : null, true],
    ['consequenceDate', consequenceDate ? Date.parse(`${consequenceDate}T00:00:00Z`) : null, true],
  ] as const;
  for (const [name, ms, days] of dated) {
    const problem = ms === null ? null : outside(name, ms, days);
    if (problem) return problem;
  }

  if ((outcome === 'promise to pay' || outcome === 'partial payment promised') && !promisedDate) {
    return fail(say(CALL_LOG_MESSAGES.promiseNeedsDate, language));
  }
  if (outcome === 'partial payment promised' && !promisedAmount) return fail(say(CALL_LOG_MESSAGES.partialNeedsAmount, language));
  if (outcome === 'callback requested' && !callbackAt) return fail(say(CALL_LOG_MESSAGES.callbackNeedsTime, language));

  // A plan is read only on a plan call; any other outcome writes no instalments.
  let instalments: InstalmentPlan | null = null;
  if (outcome === 'payment plan') {
    const plan = planOf(r.instalments);
    if (!plan) return fail(say(CALL_LOG_MESSAGES.planNeedsInstalments, language));
    const problem = planProblem(plan, MAX_AMOUNT);
    if (problem) return fail(say(CALL_LOG_MESSAGES.badPlan, language, { why: planProblemText(problem, language) }));
    const first = instalmentsOf(plan)[0]!.day * DAY_MS;
    const problemDate = outside('instalments', first, true);
    if (problemDate) return fail(say(CALL_LOG_MESSAGES.timeOutOfRange, language, { field: field('instalments'), value: new Date(first).toISOString().slice(0, 10), from: isoDate(at - DATED_BEFORE_CALL_MS), to: isoDate(at + DATED_AFTER_CALL_MS) }));
    instalments = plan;
  }

  let consequence = texts.consequence ?? '';
  if (consequence) {
    const known = CONSEQUENCE_LOOKUP.get(consequence.toLowerCase());
    if (rules.allowedConsequences && (!known || !rules.allowedConsequences.includes(known))) {
      return fail(say(CALL_LOG_MESSAGES.consequenceNotAllowed, language, { value: consequence }));
    }
    if (known) consequence = CONSEQUENCE_WORDS[known][language];
    if (!consequenceDate) return fail(say(CALL_LOG_MESSAGES.consequenceNeedsDate, language));
  }

  return {
    ok: true,
    entry: {
      time,
      customer: texts.customer,
      collector: texts.collector ?? '',
      outcome,
      promisedAmount,
      promisedDate,
      callbackAt,
      excuse: texts.excuse ?? '',
      consequence,
      consequenceDate: consequence ? consequenceDate : null,
      balanceAtCall,
      notes: texts.notes ?? '',
      instalments,
    },
  };
}

const UNIT_NAMES: readonly IntervalUnit[] = ['day', 'week', 'month'];
const isDay = (v: unknown): v is string => typeof v === 'string' && parseIsoDay(v) !== null;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const cents = (v: number) => Math.round(v * 100) / 100;

/** The plan a client sent, when it has the shape of one (planProblem then checks its values); else null. */
function planOf(raw: unknown): InstalmentPlan | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Record<string, unknown>;
  if (p.kind === 'schedule') {
    const every = p.every as Record<string, unknown> | null | undefined;
    if (!isNumber(p.count) || !isNumber(p.amount) || !isDay(p.first) || typeof every !== 'object' || every === null) return null;
    if (!isNumber(every.n) || !UNIT_NAMES.includes(every.unit as IntervalUnit)) return null;
    return { kind: 'schedule', count: p.count, amount: cents(p.amount), every: { n: every.n, unit: every.unit as IntervalUnit }, first: p.first };
  }
  if (p.kind === 'list' && Array.isArray(p.instalments)) {
    const list: { date: string; amount: number }[] = [];
    for (const i of p.instalments as unknown[]) {
      const item = (typeof i === 'object' && i !== null ? i : {}) as Record<string, unknown>;
      if (!isDay(item.date) || !isNumber(item.amount)) return null;
      list.push({ date: item.date, amount: cents(item.amount) });
    }
    return { kind: 'list', instalments: list };
  }
  return null;
}
