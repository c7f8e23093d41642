import { HEADER_SCAN_ROWS } from '../aging/header';
import { isTotalLabel } from '../aging/row-labels';
import { say } from '../i18n/texts';
import type { Cell, Language, Table } from '../model/cell';
import { columnLetters, REQUEST_ID_HEADER } from '../workbook/names';
import { LOG_PROBLEM_MESSAGES } from './messages';
import { CALL_LOG_COLUMNS, callLogKeyOfHeader, parseOutcome, type CallLogKey } from './schema';

/** A call-log field, or the hidden request-id column the desk writes beside them. */
export type LogColumn = CallLogKey | 'requestId';

/** Every column a complete log has, in the order a new log gets them. */
export const LOG_COLUMNS: readonly LogColumn[] = [...CALL_LOG_COLUMNS.map((c) => c.key as CallLogKey), 'requestId'];

/**
 * How far down a title block may push the log's header row. The same depth as the aging sheet's
 * (a report's title, company, period and blank lines), so a log kept like a report is found by
 * the reader, the planner and both writers alike.
 */
export const LOG_HEADER_SCAN_ROWS = HEADER_SCAN_ROWS;

/**
 * Request ids the desk generates are UUIDs. A column of them without its header is the desk's own
 * column whose header was deleted or renamed, never a column a person typed.
 */
export const GENERATED_REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Blank rows allowed between the last call and a total line for it still to close the log. */
const TOTAL_LINE_GAP = 2;

export interface LogHeader {
  /** 0-based row of the header in the table. */
  readonly row: number;
  /** 0-based column of each field the header names. */
  readonly columns: ReadonlyMap<LogColumn, number>;
}

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

/** Which log column a header cell names: a call-log field in any language or synonym, or `Request id`. */
export function logColumnOfHeader(cell: Cell | undefined): LogColumn | null {
  const t = text(cell);
  if (t.toLowerCase() === REQUEST_ID_HEADER.toLowerCase()) return 'requestId';
  return callLogKeyOfHeader(t);
}

/**
 * Finds the call log's header: the first row within LOG_HEADER_SCAN_ROWS that names both the
 * customer and the outcome. The reader (`readCallLog`) and the writers of both hosts use this one
 * definition, so a log the desk writes into is always a log the plan reads.
 *
 * @example
 * findLogHeader([['Calls 2026'], [], ['Time', 'Customer', 'Outcome']])
 * // → { row: 2, columns: Map { time → 0, customer → 1, outcome → 2 } }
 */
export function findLogHeader(table: Table): LogHeader | null {
  for (let r = 0; r < Math.min(table.length, LOG_HEADER_SCAN_ROWS); r++) {
    const columns = new Map<LogColumn, number>();
    (table[r] ?? []).forEach((cell, c) => {
      const key = logColumnOfHeader(cell);
      if (key && !columns.has(key)) columns.set(key, c);
    });
    if (columns.has('customer') && columns.has('outcome')) return { row: r, columns };
  }
  return null;
}

/** Why a log cannot take a new row as it stands. Nothing is written in any of these cases. */
export type LogProblem =
  | { readonly code: 'no-header' }
  /** The desk's request ids are in `column`, under a header a person typed over. */
  | { readonly code: 'renamed-request-id'; readonly column: number; readonly header: string }
  /** The log ends with a total line: a row below it would be left out of the user's sums, one above it would move it. */
  | { readonly code: 'total-line'; readonly row: number; readonly label: string };

export interface AppendPlan {
  readonly header: LogHeader;
  /** 0-based column of every LOG_COLUMNS entry after the additions below. */
  readonly columns: ReadonlyMap<LogColumn, number>;
  /** Header cells to write first: missing columns get their header in columns nothing uses. */
  readonly addHeaders: readonly { readonly key: LogColumn; readonly column: number }[];
  /** 0-based row already holding the request id, when this call was written before. */
  readonly existingRow: number | null;
  /** 0-based row the new call goes to: the first blank row after the last call. */
  readonly targetRow: number;
}

const isBlank = (cell: Cell | undefined) => text(cell) === '';

/** The column holding the desk's request ids when no header says so, or null. */
function unlabelledIdColumn(table: Table, header: LogHeader): number | null {
  const named = new Set(header.columns.values());
  const width = table.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  for (let c = 0; c < width; c++) {
    if (named.has(c)) continue;
    let ids = 0;
    let other = 0;
    for (let r = header.row + 1; r < table.length; r++) {
      const t = text(table[r]?.[c]);
      if (t === '') continue;
      if (GENERATED_REQUEST_ID.test(t)) ids++;
      else other++;
    }
    if (ids > 0 && other === 0) return c;
  }
  return null;
}

/** A row the desk or a person logged a call in: a readable outcome or a request id. */
function isCallRow(row: readonly Cell[] | undefined, columns: ReadonlyMap<LogColumn, number>): boolean {
  if (!row) return false;
  const outcome = columns.get('outcome');
  const id = columns.get('requestId');
  return (outcome !== undefined && parseOutcome(text(row[outcome])) !== null) || (id !== undefined && !isBlank(row[id]));
}

/**
 * Decides where one call goes in a log kept as a plain range (the values from A1): which columns
 * it lacks and where their headers go, whether the request id was written before, and the row.
 *
 * - A missing column gets its header in the first column right of everything on the sheet, so no
 *   typed cell is moved or overwritten (both hosts add columns the same way).
 * - A request-id column whose header was deleted is found by its contents and its header restored;
 *   one whose header was typed over is refused, naming the column, rather than guessed at.
 * - The row is the first blank row after the last call, so a stray note far below the log does
 *   not pull the next call down to it; a total line right after the last call stops the write.
 */
export function planAppend(table: Table, requestId: string): AppendPlan | LogProblem {
  const header = findLogHeader(table);
  if (!header) return { code: 'no-header' };
  const columns = new Map(header.columns);
  const addHeaders: { key: LogColumn; column: number }[] = [];
  if (!columns.has('requestId')) {
    const found = unlabelledIdColumn(table, header);
    if (found !== null) {
      const typed = text(table[header.row]?.[found]);
      if (typed !== '') return { code: 'renamed-request-id', column: found, header: typed };
      columns.set('requestId', found);
      addHeaders.push({ key: 'requestId', column: found });
    }
  }
  let next = table.reduce((w, row) => Math.max(w, lastFilled(row) + 1), 0);
  for (const key of LOG_COLUMNS) {
    if (columns.has(key)) continue;
    columns.set(key, next);
    addHeaders.push({ key, column: next++ });
  }

  const id = columns.get('requestId')!;
  let lastCall = header.row;
  for (let r = header.row + 1; r < table.length; r++) if (isCallRow(table[r], columns)) lastCall = r;
  let targetRow = lastCall + 1;
  while (targetRow < table.length && !(table[targetRow] ?? []).every(isBlank)) targetRow++;

  for (let r = lastCall + 1; r < Math.min(table.length, lastCall + 2 + TOTAL_LINE_GAP); r++) {
    const label = (table[r] ?? []).map(text).find((t) => t !== '');
    if (label === undefined) continue;
    if ((table[r] ?? []).some((c) => typeof c === 'string' && isTotalLabel(c.trim()))) return { code: 'total-line', row: r, label };
    break;
  }
  return { header, columns, addHeaders, existingRow: findRequestRow(table, header.row, id, requestId), targetRow };
}

/** The 0-based row below the header whose request-id cell holds `requestId`, or null. */
export function findRequestRow(table: Table, headerRow: number, idColumn: number, requestId: string): number | null {
  for (let r = headerRow + 1; r < table.length; r++) if (text(table[r]?.[idColumn]) === requestId) return r;
  return null;
}

function lastFilled(row: readonly Cell[] | undefined): number {
  if (!row) return -1;
  for (let c = row.length - 1; c >= 0; c--) if (!isBlank(row[c])) return c;
  return -1;
}

/**
 * The collector's message for a problem of the plan, `rowOffset`/`columnOffset` placing the
 * table's first cell on the sheet (0 for values read from A1). Null for `no-header`, which each
 * host words itself (Excel can create a new log, Sheets cannot rename for you).
 */
export function logProblemMessage(problem: LogProblem, sheet: string, language: Language, rowOffset = 0, columnOffset = 0): string | null {
  if (problem.code === 'renamed-request-id') {
    return say(LOG_PROBLEM_MESSAGES.renamedRequestId, language, { sheet, column: columnLetters(problem.column + columnOffset + 1), header: problem.header });
  }
  if (problem.code === 'total-line') return say(LOG_PROBLEM_MESSAGES.totalLine, language, { sheet, row: problem.row + rowOffset + 1, label: problem.label });
  return null;
}
