/// <reference types="office-js" />
import { findRequestRow, logProblemMessage, planAppend, type AppendPlan, type LogColumn } from '../../core/calllog/layout';
import { CALL_LOG_COLUMNS, callLogHeaders } from '../../core/calllog/schema';
import { say } from '../../core/i18n/texts';
import type { Cell, Language, Table } from '../../core/model/cell';
import type { LogResult } from '../../core/ui/port';
import { PORT_TEXTS } from './port-texts';
import { columnLetters, blockAddress, CALL_LOG_SHEET, REQUEST_ID_HEADER, CALL_LOG_TABLE } from './workbook-names';
import { createCallLogTable, formatFor, isBlank, rowForHeaders, TEXT_FORMAT } from './call-log-sheet';
import { readValues } from './read-values';

type ExcelValue = string | number | boolean;

function excelValues(values: readonly Cell[]): ExcelValue[] {
  return values.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString() : v));
}

/**
 * Writes, read back and not found: someone else's write replaced the row (Excel has no lock, and
 * co-authors' edits of the same cells are merged last-writer-wins), so the call is written again.
 */
type Attempt = LogResult | 'not-found';

/** Appends that may be overwritten by a co-author before one sticks; then the answer is left unknown. */
const MAX_ATTEMPTS = 3;

const titleOf = (key: LogColumn, language: Language) => (key === 'requestId' ? REQUEST_ID_HEADER : CALL_LOG_COLUMNS.find((c) => c.key === key)![language]);

/**
 * Appends one call to the Call Log sheet (created if missing), unless a row with the same request
 * id is already there. Existing rows are never overwritten, and no row of the log is moved.
 *
 * Excel has no lock a script can take, so two collectors may write at the same moment. Each
 * attempt therefore (1) finds the row after the last call with the core's `planAppend`, (2) inserts
 * a blank row there with `Range.insert('Down')` and writes into it — an insert never overwrites,
 * so a co-author's row written there a moment earlier moves down instead of being lost — and
 * (3) reads the request ids back in the same batch. The row reported is the one the id was found
 * in. If it is not found (a co-author's edit won the merge), the call is written again; after
 * MAX_ATTEMPTS the port rejects, and the desk offers to retry with the same id.
 *
 * In a table the row is written directly below the data body, which Excel's co-authoring guidance
 * prefers to `TableRowCollection.add` (that call can cause merge conflicts with people editing the
 * table); the table grows to take the row in, and content below it moves down with it. Only a table
 * with a total row uses `rows.add`, because a row written below the total row would not join it.
 */
export async function appendCallLogRow(context: Excel.RequestContext, coreRow: readonly Cell[], requestId: string, language: Language): Promise<LogResult> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const result = await appendOnce(context, coreRow, requestId, language);
    if (result !== 'not-found') return result;
  }
  throw new Error(say(PORT_TEXTS.notConfirmed, language));
}

async function appendOnce(context: Excel.RequestContext, coreRow: readonly Cell[], requestId: string, language: Language): Promise<Attempt> {
  const workbook = context.workbook;
  const existing = workbook.worksheets.getItemOrNullObject(CALL_LOG_SHEET);
  await context.sync();
  if (existing.isNullObject) return createWithFirstRow(context, workbook.worksheets.add(CALL_LOG_SHEET), coreRow, requestId, language);
  const sheet = workbook.worksheets.getItem(CALL_LOG_SHEET);
  const tables = sheet.tables;
  tables.load('items/name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (tables.items.length > 0) {
    const table = tables.items.find((t) => t.name === CALL_LOG_TABLE) ?? tables.items[0]!;
    return appendToTable(context, sheet, table, coreRow, requestId, language);
  }
  // An empty Call Log sheet holds nothing to keep: it becomes the CallLog table.
  if (used.isNullObject) return createWithFirstRow(context, sheet, coreRow, requestId, language);
  return appendBelowRange(context, sheet, used, coreRow, requestId, language);
}

/**
 * A new CallLog table and its first call in one batch, so no co-author ever sees it with its
 * empty first row (a row two writers could both fill).
 */
async function createWithFirstRow(context: Excel.RequestContext, sheet: Excel.Worksheet, coreRow: readonly Cell[], requestId: string, language: Language): Promise<Attempt> {
  createCallLogTable(sheet, language);
  const headers = [...callLogHeaders(language), REQUEST_ID_HEADER];
  const { values, formats } = rowForHeaders(headers, coreRow, requestId);
  const first = sheet.getRangeByIndexes(1, 0, 1, headers.length);
  first.numberFormat = [formats];
  first.values = [excelValues(values)];
  const ids = sheet.getRangeByIndexes(1, headers.length - 1, 1, 1);
  ids.load('values');
  await context.sync();
  return ids.values[0]?.[0] === requestId ? { status: 'written', row: 2 } : 'not-found';
}

function refusal(plan: Exclude<ReturnType<typeof planAppend>, AppendPlan>, language: Language, rowOffset: number, columnOffset: number): LogResult {
  return { status: 'refused', message: logProblemMessage(plan, CALL_LOG_SHEET, language, rowOffset, columnOffset) ?? say(PORT_TEXTS.logNoHeader, language, { sheet: CALL_LOG_SHEET }) };
}

async function appendToTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: Excel.Table,
  coreRow: readonly Cell[],
  requestId: string,
  language: Language,
): Promise<Attempt> {
  const whole = table.getRange();
  whole.load('rowIndex,columnIndex,rowCount,columnCount');
  table.load('showTotals');
  await context.sync();
  const bodyEnd = whole.rowCount - (table.showTotals ? 1 : 0);
  const grid = await readValues(context, sheet, { rowIndex: whole.rowIndex, columnIndex: whole.columnIndex, rowCount: bodyEnd, columnCount: whole.columnCount });
  const plan = planAppend(grid, requestId);
  if ('code' in plan) return refusal(plan, language, whole.rowIndex, whole.columnIndex);
  if (plan.existingRow !== null) return { status: 'duplicate', row: whole.rowIndex + plan.existingRow + 1 };
  if (plan.addHeaders.length > 0) {
    const refused = await addTableColumns(context, sheet, table, whole, plan, language);
    if (refused) return refused;
    return appendToTable(context, sheet, table, coreRow, requestId, language);
  }

  const headers = grid[0] ?? [];
  const idColumn = plan.columns.get('requestId')!;
  const { values, formats } = rowForHeaders(headers, coreRow, requestId);
  let target: Excel.Range;
  if (grid.length === 2 && (grid[1] ?? []).every(isBlank)) {
    // A table made by hand or by Set up has one empty body row: the first call goes there.
    target = sheet.getRangeByIndexes(whole.rowIndex + 1, whole.columnIndex, 1, whole.columnCount);
  } else if (table.showTotals) {
    target = table.rows.add(undefined, [values.map(() => '')]).getRange();
  } else {
    target = sheet.getRangeByIndexes(whole.rowIndex + whole.rowCount, whole.columnIndex, 1, whole.columnCount).insert('Down');
  }
  target.numberFormat = [formats];
  target.values = [excelValues(values)];
  target.load('rowIndex,values');
  const grown = table.getRange();
  grown.load('rowIndex,rowCount');
  await context.sync();
  // A co-author's edit won over the row: write again, and never stretch the table over a blank row.
  if (target.values[0]?.[idColumn] !== requestId) return 'not-found';

  // Excel grows a table over a row typed right below it unless AutoCorrect's "include new rows"
  // is switched off; then the table is resized to take the row in explicitly.
  if (target.rowIndex > grown.rowIndex + grown.rowCount - 1) {
    table.resize(blockAddress(whole.rowIndex, whole.columnIndex, target.rowIndex - whole.rowIndex + 1, whole.columnCount));
    await context.sync();
  }
  return readBack(context, table.getDataBodyRange().getColumn(idColumn), requestId);
}

/** Where the request id is now, after the write: the row to report, or 'not-found'. */
async function readBack(context: Excel.RequestContext, ids: Excel.Range, requestId: string): Promise<Attempt> {
  ids.load('values,rowIndex');
  await context.sync();
  const hit = ids.values.findIndex((row) => row[0] === requestId);
  return hit < 0 ? 'not-found' : { status: 'written', row: ids.rowIndex + hit + 1 };
}

/**
 * The columns a table made by hand lacks, added as table columns in the empty columns right of
 * it; refused, naming the column, when something is there.
 */
async function addTableColumns(context: Excel.RequestContext, sheet: Excel.Worksheet, table: Excel.Table, whole: Excel.Range, plan: AppendPlan, language: Language): Promise<LogResult | null> {
  const beyond = plan.addHeaders.filter((a) => a.column >= whole.columnCount);
  if (beyond.length > 0) {
    const right = sheet.getRangeByIndexes(whole.rowIndex, whole.columnIndex + whole.columnCount, whole.rowCount + 1, beyond.length);
    right.load('values');
    await context.sync();
    const blocked = right.values.reduce((hit: number, row) => Math.min(hit, ...row.map((v, i) => (isBlank(v) ? Infinity : i))), Infinity);
    if (blocked !== Infinity) {
      return { status: 'refused', message: say(PORT_TEXTS.needsColumns, language, { column: columnLetters(whole.columnIndex + whole.columnCount + blocked), count: beyond.length, names: beyond.map((a) => titleOf(a.key, language)).join(', ') }) };
    }
  }
  for (const add of plan.addHeaders) {
    const title = titleOf(add.key, language);
    if (add.column < whole.columnCount) {
      // A blank header inside the table: the desk's request-id column lost its name.
      const cell = sheet.getRangeByIndexes(whole.rowIndex, whole.columnIndex + add.column, 1, 1);
      cell.values = [[title]];
    } else {
      table.columns.add(undefined, undefined, title);
      sheet.getRangeByIndexes(whole.rowIndex + 1, whole.columnIndex + add.column, Math.max(1, whole.rowCount - 1), 1).numberFormat = Array.from({ length: Math.max(1, whole.rowCount - 1) }, () => [formatFor(add.key)]);
    }
    if (add.key === 'requestId') sheet.getRangeByIndexes(whole.rowIndex, whole.columnIndex + add.column, 1, 1).getEntireColumn().columnHidden = true;
  }
  await context.sync();
  return null;
}

/**
 * A log kept as a plain range: the core's plan finds the header (title rows above it allowed),
 * adds the columns it lacks right of everything on the sheet, and picks the first blank row after
 * the last call, so a stray note far below does not pull the call down to it.
 */
async function appendBelowRange(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  coreRow: readonly Cell[],
  requestId: string,
  language: Language,
): Promise<Attempt> {
  const rows: Table = await readValues(context, sheet, { rowIndex: 0, columnIndex: 0, rowCount: used.rowIndex + used.rowCount, columnCount: used.columnIndex + used.columnCount });
  const plan = planAppend(rows, requestId);
  if ('code' in plan) return refusal(plan, language, 0, 0);
  if (plan.existingRow !== null) return { status: 'duplicate', row: plan.existingRow + 1 };

  const headerRow = plan.header.row;
  for (const add of plan.addHeaders) {
    const cell = sheet.getRangeByIndexes(headerRow, add.column, 1, 1);
    cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[titleOf(add.key, language)]];
    if (add.key === 'requestId') cell.getEntireColumn().columnHidden = true;
  }
  const first = Math.min(...plan.columns.values());
  const last = Math.max(...plan.columns.values());
  const byColumn = new Map<number, LogColumn>([...plan.columns].map(([key, c]) => [c, key]));
  const headers = Array.from({ length: last - first + 1 }, (_, i) => {
    const key = byColumn.get(first + i);
    return key ? titleOf(key, language) : rows[headerRow]?.[first + i] ?? '';
  });
  const { values, formats } = rowForHeaders(headers, coreRow, requestId);
  const target = sheet.getRangeByIndexes(plan.targetRow, first, 1, headers.length).insert('Down');
  target.numberFormat = [formats];
  target.values = [excelValues(values)];
  const idColumn = plan.columns.get('requestId')!;
  const below = sheet.getRangeByIndexes(headerRow + 1, idColumn, Math.max(1, plan.targetRow - headerRow + 1), 1);
  below.load('values');
  await context.sync();
  const found = findRequestRow([[null], ...below.values.map((r) => [r[0] as Cell])], 0, 0, requestId);
  return found === null ? 'not-found' : { status: 'written', row: headerRow + found + 1 };
}
