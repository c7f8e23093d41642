import { parseDateCell } from '../coerce/date';
import { parseMoneyCell } from '../coerce/money';
import { customerKey } from '../aging/customer-key';
import { say, type Texts } from '../i18n/texts';
import type { Cell, DateOrder, Language, Table } from '../model/cell';
import type { EpochDay } from '../model/day';
import type { InputIssue } from '../model/issue';
import { instantOf } from '../time/zone';
import type { Instalment } from './instalments';
import { cellProblemText, parseInstalmentsCell, planExamples, type CellProblem } from './instalments-cell';
import { findLogHeader } from './layout';
import { CALL_LOG_COLUMNS, parseOutcome, type CallLogKey, type Outcome } from './schema';
import { textsOf } from '../i18n/catalog';

/** One call read back from the log. Times are instants; promise and consequence dates are calendar days. */
export interface CallRecord {
  readonly row: number;
  readonly at: Date;
  readonly customer: string;
  readonly key: string;
  readonly collector: string;
  readonly outcome: Outcome;
  readonly promisedAmount: number | null;
  readonly promisedDate: EpochDay | null;
  readonly callbackAt: Date | null;
  readonly excuse: string;
  readonly consequence: string;
  readonly consequenceDate: EpochDay | null;
  readonly balanceAtCall: number | null;
  readonly notes: string;
  /** A `payment plan` row's instalments in date order; null on other rows and on a plan that cannot be read (reported). */
  readonly instalments: readonly Instalment[] | null;
}

export interface CallLogRead {
  /** Oldest first. */
  readonly records: readonly CallRecord[];
  readonly issues: readonly InputIssue[];
}

export interface CallLogReadOptions {
  /** Zone of the log's wall-clock times (the collector's). */
  readonly timeZone: string;
  readonly language: Language;
  readonly dateOrder: DateOrder | null;
}

const MESSAGES = /* @__PURE__ */ textsOf('calllog.read');


function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  // An invalid Date (a host's unreadable date cell) has no ISO text: show it as the host would.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  return String(cell).trim();
}

/** The header row as findLogHeader finds it (the writers' definition too), its fields by column. */
function findHeader(table: Table): { row: number; columns: Partial<Record<CallLogKey, number>> } | null {
  const found = findLogHeader(table);
  if (!found) return null;
  const columns: Partial<Record<CallLogKey, number>> = {};
  for (const [key, c] of found.columns) if (key !== 'requestId') columns[key] = c;
  return { row: found.row, columns };
}

/**
 * Reads the Call Log sheet. Rows with an unreadable time or outcome are reported and left out;
 * an unreadable optional value is reported and treated as empty. Never throws.
 */
export function readCallLog(table: Table | undefined, options: CallLogReadOptions): CallLogRead {
  if (!table || table.length === 0) return { records: [], issues: [] };
  const header = findHeader(table);
  if (!header) {
    const nonEmpty = table.some((row) => row.some((c) => text(c) !== ''));
    return {
      records: [],
      issues: nonEmpty ? [{ table: 'callLog', row: 1, column: '', code: 'no-header', message: say(MESSAGES.noHeader, options.language) }] : [],
    };
  }
  const reader = new LogReader(table[header.row] ?? [], header.columns, options);
  for (let r = header.row + 1; r < table.length; r++) reader.readRow(table[r] ?? [], r + 1);
  // The log is append-only, but a user may sort it: history needs time order.
  reader.records.sort((a, b) => a.at.getTime() - b.at.getTime() || a.row - b.row);
  return { records: reader.records, issues: reader.issues };
}

/**
 * Reads the rows below the header. Column positions are looked up once, not per cell, and a log
 * repeats the same few customers and outcomes on thousands of rows: each distinct spelling is
 * normalised once per read.
 */
/**
 * Columns where 0 means nothing: no promise is for 0, no day is serial 0, no consequence is "0".
 * A formula that reads a blank cell gets 0 (a log passed through HSTACK or `=A1`-style references),
 * so there a 0 is taken as the blank it stands for rather than as a promise of nothing.
 */
const ZERO_IS_BLANK: ReadonlySet<CallLogKey> = new Set<CallLogKey>(['collector', 'promisedAmount', 'promisedDate', 'callbackAt', 'excuse', 'consequence', 'consequenceDate', 'balanceAtCall', 'notes', 'instalments']);

class LogReader {
  readonly records: CallRecord[] = [];
  readonly issues: InputIssue[] = [];
  private readonly column: Readonly<Record<CallLogKey, number>>;
  private readonly keys = new Map<string, string>();
  private readonly outcomes = new Map<string, Outcome | null>();

  constructor(
    private readonly headerCells: readonly Cell[],
    columns: Partial<Record<CallLogKey, number>>,
    private readonly options: CallLogReadOptions,
  ) {
    const column = {} as Record<CallLogKey, number>;
    for (const c of CALL_LOG_COLUMNS) column[c.key] = columns[c.key] ?? -1;
    this.column = column;
  }

  readRow(row: readonly Cell[], sheetRow: number): void {
    const customer = text(this.cell(row, 'customer'));
    const outcomeText = text(this.cell(row, 'outcome'));
    if (!customer && !outcomeText && !text(this.cell(row, 'time'))) return; // blank row

    const outcome = this.outcomeOf(outcomeText);
    if (!outcome) return this.report(row, sheetRow, 'outcome', 'bad-outcome', MESSAGES.badOutcome);
    if (!customer) return this.report(row, sheetRow, 'customer', 'missing-customer', MESSAGES.badValue);
    const at = readInstant(this.cell(row, 'time'), this.options);
    if (!at) return this.report(row, sheetRow, 'time', 'bad-date', MESSAGES.badTime);
    this.records.push({
      row: sheetRow,
      at,
      customer,
      key: this.keyOf(customer),
      collector: text(this.cell(row, 'collector')),
      outcome,
      promisedAmount: this.optionalMoney(row, sheetRow, 'promisedAmount'),
      promisedDate: this.optionalDay(row, sheetRow, 'promisedDate'),
      callbackAt: this.optionalInstant(row, sheetRow, 'callbackAt'),
      excuse: text(this.cell(row, 'excuse')),
      consequence: text(this.cell(row, 'consequence')),
      consequenceDate: this.optionalDay(row, sheetRow, 'consequenceDate'),
      balanceAtCall: this.optionalMoney(row, sheetRow, 'balanceAtCall'),
      notes: text(this.cell(row, 'notes')),
      instalments: this.optionalPlan(row, sheetRow, outcome),
    });
  }

  /**
   * The instalments of a `payment plan` row. An empty or unreadable cell is reported with what is
   * wrong and the two forms to write, and the call still counts (as a conversation) without a plan;
   * instalments on a row of another outcome are reported and ignored.
   */
  private optionalPlan(row: readonly Cell[], sheetRow: number, outcome: Outcome): readonly Instalment[] | null {
    const parsed = parseInstalmentsCell(this.cell(row, 'instalments'), this.options.dateOrder);
    if (outcome !== 'payment plan') {
      if (parsed !== null) this.report(row, sheetRow, 'instalments', 'bad-plan', MESSAGES.planElsewhere);
      return null;
    }
    if (parsed?.ok) return parsed.instalments;
    const problem: CellProblem = parsed ? parsed.problem : { code: 'missing' };
    this.report(row, sheetRow, 'instalments', 'bad-plan', MESSAGES.badPlan, { why: cellProblemText(problem, this.options.language), ...planExamples(this.options.language) });
    return null;
  }

  private cell(row: readonly Cell[], key: CallLogKey): Cell | undefined {
    const c = this.column[key];
    if (c < 0) return undefined;
    const v = row[c];
    return v === 0 && ZERO_IS_BLANK.has(key) ? undefined : v;
  }

  private keyOf(customer: string): string {
    let key = this.keys.get(customer);
    if (key === undefined) this.keys.set(customer, (key = customerKey(customer)));
    return key;
  }

  private outcomeOf(outcomeText: string): Outcome | null {
    let outcome = this.outcomes.get(outcomeText);
    if (outcome === undefined) this.outcomes.set(outcomeText, (outcome = parseOutcome(outcomeText)));
    return outcome;
  }

  private optionalInstant(row: readonly Cell[], sheetRow: number, key: CallLogKey): Date | null {
    const cell = this.cell(row, key);
    if (text(cell) === '') return null;
    const v = readInstant(cell, this.options);
    if (!v) this.report(row, sheetRow, key, 'bad-date', MESSAGES.badValue);
    return v;
  }

  private optionalDay(row: readonly Cell[], sheetRow: number, key: CallLogKey): EpochDay | null {
    const parsed = parseDateCell(this.cell(row, key) ?? null, this.options.dateOrder);
    if (parsed === null) return null;
    if (!parsed.ok) {
      this.report(row, sheetRow, key, parsed.code, MESSAGES.badValue);
      return null;
    }
    return parsed.day;
  }

  private optionalMoney(row: readonly Cell[], sheetRow: number, key: CallLogKey): number | null {
    const parsed = parseMoneyCell(this.cell(row, key) ?? null);
    if (parsed === null) return null;
    if (!parsed.ok) {
      this.report(row, sheetRow, key, 'bad-amount', MESSAGES.badValue);
      return null;
    }
    return parsed.value;
  }

  private columnName(key: CallLogKey): string {
    // A column the log lacks (a plan row in a log without Instalments) is named in the log's language.
    return text(this.headerCells[this.column[key]]) || CALL_LOG_COLUMNS.find((c) => c.key === key)![this.options.language];
  }

  private report(row: readonly Cell[], sheetRow: number, key: CallLogKey, code: InputIssue['code'], texts: Texts, extra: Readonly<Record<string, string>> = {}): void {
    const column = this.columnName(key);
    const message = say(texts, this.options.language, { ...extra, row: sheetRow, column, value: text(this.cell(row, key)) });
    this.issues.push({ table: 'callLog', row: sheetRow, column, code, message });
  }
}

/** Text with an explicit offset (`…Z`, `…+08:00`) is an instant; anything else is collector wall time. */
function readInstant(cell: Cell | undefined, options: CallLogReadOptions): Date | null {
  if (typeof cell === 'string' && /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(cell.trim())) {
    const ms = Date.parse(cell.trim());
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  const parsed = parseDateCell(cell ?? null, options.dateOrder);
  if (!parsed || !parsed.ok) return null;
  return instantOf({ day: parsed.day, minutes: parsed.minutes ?? 0 }, options.timeZone);
}
