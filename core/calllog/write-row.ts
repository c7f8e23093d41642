import { CONSEQUENCES, CONSEQUENCE_WORDS, CALL_LOG_COLUMNS, OUTCOME_WORDS, parseOutcome, type CallLogKey, type Consequence } from './schema';
import type { CallLogEntry } from './entry';
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
 * The cells of one call-log row, in CALL_LOG_COLUMNS order, ready for a host to append. Free text
 * is guarded so a note starting with `=` stays text (by the apostrophe, or by the host's plain-text
 * format); the outcome is written in the log's language.
 */
export function callLogRow(entry: CallLogEntry, format: RowFormat): Cell[] {
  const guardText = format.textGuard === 'format' ? (text: string) => text : apostropheGuard;
  const values: Record<CallLogKey, Cell> = {
    time: instantCell(entry.time, format),
    customer: guardText(entry.customer),
    collector: guardText(entry.collector),
    outcome: OUTCOME_WORDS[entry.outcome][format.language],
    promisedAmount: entry.promisedAmount ?? '',
    promisedDate: entry.promisedDate ? dayCell(entry.promisedDate, format) : '',
    callbackAt: entry.callbackAt ? instantCell(entry.callbackAt, format) : '',
    excuse: guardText(entry.excuse),
    consequence: guardText(entry.consequence),
    consequenceDate: entry.consequenceDate ? dayCell(entry.consequenceDate, format) : '',
    balanceAtCall: entry.balanceAtCall ?? '',
    notes: guardText(entry.notes),
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
}

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

  if ((outcome === 'promise to pay' || outcome === 'partial payment promised') && !promisedDate) {
    return fail(say(CALL_LOG_MESSAGES.promiseNeedsDate, language));
  }
  if (outcome === 'partial payment promised' && !promisedAmount) return fail(say(CALL_LOG_MESSAGES.partialNeedsAmount, language));
  if (outcome === 'callback requested' && !callbackAt) return fail(say(CALL_LOG_MESSAGES.callbackNeedsTime, language));

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
    },
  };
}
