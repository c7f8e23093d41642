/// <reference types="office-js" />
import { say } from '../../core/i18n/texts';
import type { Cell, Language } from '../../core/model/cell';
import { PORT_TEXTS } from './port-texts';
import type { LogResult } from '../../core/ui/port';
import { columnLetters, blockAddress, CALL_LOG_SHEET, REQUEST_ID_HEADER, CALL_LOG_TABLE } from './workbook-names';
import { createCallLogSheet, createCallLogTable, headerKey, isBlank, rowForHeaders, TEXT_FORMAT } from './call-log-sheet';
import { readValues } from './read-values';

type ExcelValue = string | number | boolean;

function excelValues(values: readonly Cell[]): ExcelValue[] {
  return values.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString() : v));
}

/**
 * Appends one call to the Call Log sheet (created if missing), unless a row with the same request
 * id is already there. Existing rows are never overwritten, moved or reordered.
 *
 * In a table the row is written directly below the data body, which Excel's co-authoring
 * guidance prefers to `TableRowCollection.add` (that call can cause merge conflicts with people
 * editing the table); the table grows to take the row in. Content below the table is first pushed
 * down with `Range.insert`, never overwritten. Only a table with a total row uses `rows.add`,
 * because a row written below the total row would not join the table.
 */
export async function appendCallLogRow(context: Excel.RequestContext, coreRow: readonly Cell[], requestId: string, language: Language): Promise<LogResult> {
  const workbook = context.workbook;
  const existing = workbook.worksheets.getItemOrNullObject(CALL_LOG_SHEET);
  await context.sync();
  if (existing.isNullObject) {
    createCallLogSheet(context, language);
    await context.sync();
  }
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
  if (used.isNullObject) {
    // An empty Call Log sheet holds nothing to keep: it becomes the CallLog table.
    const table = createCallLogTable(sheet, language);
    await context.sync();
    return appendToTable(context, sheet, table, coreRow, requestId, language);
  }
  return appendBelowRange(context, sheet, used, coreRow, requestId, language);
}

async function appendToTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: Excel.Table,
  coreRow: readonly Cell[],
  requestId: string,
  language: Language,
): Promise<LogResult> {
  const header = table.getHeaderRowRange();
  header.load('values,rowIndex,columnIndex,columnCount');
  const body = table.getDataBodyRange();
  body.load('rowIndex,rowCount');
  table.load('showTotals');
  await context.sync();

  const headers = header.values[0] ?? [];
  const idColumn = headers.findIndex((h) => headerKey(h) === 'requestId');
  if (idColumn < 0) {
    await addRequestIdColumn(context, sheet, table, header, body.rowCount, language);
    return appendToTable(context, sheet, table, coreRow, requestId, language);
  }

  // Only the request ids and the first row are read, however long the log has grown.
  const ids = body.getColumn(idColumn);
  ids.load('values');
  const firstRow = body.getRow(0);
  firstRow.load('values');
  await context.sync();
  const hit = ids.values.findIndex((row) => row[0] === requestId);
  if (hit >= 0) return { status: 'duplicate', row: body.rowIndex + hit + 1 };

  const { values, formats } = rowForHeaders(headers, coreRow, requestId);
  let target: Excel.Range;
  const onlyEmptyRow = body.rowCount === 1 && (firstRow.values[0] ?? []).every(isBlank);
  if (onlyEmptyRow) {
    // A new table has one empty body row: the first call goes there.
    target = body;
  } else if (table.showTotals) {
    target = table.rows.add(undefined, [values.map(() => '')]).getRange();
  } else {
    const below = body.getRowsBelow(1);
    below.load('values');
    await context.sync();
    target = (below.values[0] ?? []).some((v) => !isBlank(v)) ? below.insert('Down') : below;
  }
  target.numberFormat = [formats];
  target.values = [excelValues(values)];
  target.load('rowIndex');
  const grown = table.getRange();
  grown.load('rowIndex,rowCount');
  await context.sync();

  // Excel grows a table over a row typed right below it unless AutoCorrect's "include new rows"
  // is switched off; then the table is resized to take the row in explicitly.
  const lastRow = grown.rowIndex + grown.rowCount - 1;
  if (target.rowIndex > lastRow) {
    table.resize(blockAddress(header.rowIndex, header.columnIndex, target.rowIndex - header.rowIndex + 1, header.columnCount));
    await context.sync();
  }
  return { status: 'written', row: target.rowIndex + 1 };
}

async function addRequestIdColumn(context: Excel.RequestContext, sheet: Excel.Worksheet, table: Excel.Table, header: Excel.Range, bodyRows: number, language: Language): Promise<void> {
  const column = header.columnIndex + header.columnCount;
  const right = sheet.getRangeByIndexes(header.rowIndex, column, bodyRows + 2, 1);
  right.load('values');
  await context.sync();
  if (right.values.some((r) => !isBlank(r[0]))) {
    throw new Error(say(PORT_TEXTS.needsIdColumn, language, { column: columnLetters(column) }));
  }
  table.columns.add(undefined, undefined, REQUEST_ID_HEADER);
  sheet.getRangeByIndexes(header.rowIndex, column, 1, 1).getEntireColumn().columnHidden = true;
  await context.sync();
}

/** A log kept as a plain range: the row goes below everything on the sheet, where no cell is used. */
async function appendBelowRange(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  coreRow: readonly Cell[],
  requestId: string,
  language: Language,
): Promise<LogResult> {
  const rows = await readValues(context, sheet, { rowIndex: 0, columnIndex: 0, rowCount: used.rowIndex + used.rowCount, columnCount: used.columnIndex + used.columnCount });
  const headerRow = rows.findIndex((row, i) => i < 30 && row.some((c) => headerKey(c) === 'customer') && row.some((c) => headerKey(c) === 'outcome'));
  if (headerRow < 0) {
    throw new Error(say(PORT_TEXTS.logNoHeader, language, { sheet: CALL_LOG_SHEET }));
  }
  const headerCells = rows[headerRow]!;
  const first = headerCells.findIndex((c) => !isBlank(c));
  let idColumn = headerCells.findIndex((c) => headerKey(c) === 'requestId');
  const writes: { range: Excel.Range; value: ExcelValue; format: string }[] = [];
  if (idColumn < 0) {
    const last = headerCells.reduce((acc: number, c, i) => (isBlank(c) ? acc : i), first);
    idColumn = last + 1;
    const cell = sheet.getRangeByIndexes(headerRow, idColumn, 1, 1);
    writes.push({ range: cell, value: REQUEST_ID_HEADER, format: TEXT_FORMAT });
    cell.getEntireColumn().columnHidden = true;
  }
  const hit = rows.findIndex((row, i) => i > headerRow && row[idColumn] === requestId);
  if (hit >= 0) return { status: 'duplicate', row: hit + 1 };

  const headers = Array.from({ length: idColumn - first + 1 }, (_, i) => (first + i === idColumn ? REQUEST_ID_HEADER : headerCells[first + i]));
  const { values, formats } = rowForHeaders(headers, coreRow, requestId);
  const rowIndex = used.rowIndex + used.rowCount;
  const target = sheet.getRangeByIndexes(rowIndex, first, 1, headers.length);
  for (const w of writes) {
    w.range.numberFormat = [[w.format]];
    w.range.values = [[w.value]];
  }
  target.numberFormat = [formats];
  target.values = [excelValues(values)];
  await context.sync();
  return { status: 'written', row: rowIndex + 1 };
}
