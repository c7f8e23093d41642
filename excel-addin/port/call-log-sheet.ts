/// <reference types="office-js" />
import {
  CALL_LOG_COLUMNS,
  CALL_LOG_DATE_COLUMNS,
  CALL_LOG_DATETIME_COLUMNS,
  CALL_LOG_MONEY_COLUMNS,
  CALL_LOG_TEXT_COLUMNS,
  callLogHeaders,
  callLogKeyOfHeader,
  type CallLogKey,
} from '../../core/calllog/schema';
import type { Cell, Language } from '../../core/model/cell';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { isBlank } from './excel-host';
import { CALL_LOG_SHEET, CALL_LOG_TABLE, REQUEST_ID_HEADER, SETTINGS_SHEET } from './workbook-names';

export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONEY_FORMAT = '#,##0.00';
export const TEXT_FORMAT = '@';

/** Which call-log field a header cell names (any of the three languages or a synonym). */
export function headerKey(header: unknown): CallLogKey | 'requestId' | null {
  const text = String(header ?? '').trim().toLowerCase();
  if (text === REQUEST_ID_HEADER.toLowerCase()) return 'requestId';
  return callLogKeyOfHeader(text);
}

/** The number format each column gets before a row is written: text stays text, dates are dates. */
export function formatFor(key: CallLogKey | 'requestId' | null): string {
  if (key === 'requestId') return TEXT_FORMAT;
  if (key === null) return 'General';
  if (CALL_LOG_TEXT_COLUMNS.includes(key)) return TEXT_FORMAT;
  if (CALL_LOG_DATETIME_COLUMNS.includes(key)) return DATE_TIME_FORMAT;
  if (CALL_LOG_DATE_COLUMNS.includes(key)) return DATE_FORMAT;
  if (CALL_LOG_MONEY_COLUMNS.includes(key)) return MONEY_FORMAT;
  return 'General';
}

/**
 * Lays the core's row (CALL_LOG_COLUMNS order) out under the log's own headers, which a person may
 * have typed in another language or order. Columns the log does not know stay empty.
 */
export function rowForHeaders(headers: readonly unknown[], coreRow: readonly Cell[], requestId: string): { values: Cell[]; formats: string[] } {
  const byKey = new Map<CallLogKey, Cell>(CALL_LOG_COLUMNS.map((c, i) => [c.key as CallLogKey, coreRow[i] ?? '']));
  const values: Cell[] = [];
  const formats: string[] = [];
  for (const header of headers) {
    const key = headerKey(header);
    values.push(key === 'requestId' ? requestId : key ? (byKey.get(key) ?? '') : '');
    formats.push(formatFor(key));
  }
  return { values, formats };
}

/** Creates the Settings sheet with every key, its default and what it means, all as text. */
export function createSettingsSheet(context: Excel.RequestContext, language: Language): void {
  const rows = settingsSheetRows(language);
  const sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
  const width = Math.max(...rows.map((r) => r.length));
  const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
  range.numberFormat = rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length ? TEXT_FORMAT : 'General')));
  range.values = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? '') as string | number | boolean));
}

/**
 * Creates the Call Log sheet as an Excel table named CallLog: the call-log headers in the
 * language of the workbook, then the hidden request-id column. A table grows by itself when a row
 * is written directly below it, which is how rows are appended (see appendCallLogRow).
 */
export function createCallLogSheet(context: Excel.RequestContext, language: Language): Excel.Table {
  return createCallLogTable(context.workbook.worksheets.add(CALL_LOG_SHEET), language);
}

/** Writes the call-log headers at A1 of an empty sheet and makes them the CallLog table. */
export function createCallLogTable(sheet: Excel.Worksheet, language: Language): Excel.Table {
  const headers = [...callLogHeaders(language), REQUEST_ID_HEADER];
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, headers.length);
  headerRange.numberFormat = [headers.map(() => TEXT_FORMAT)];
  headerRange.values = [headers];
  const table = sheet.tables.add(headerRange, true);
  table.name = CALL_LOG_TABLE;
  sheet.getRangeByIndexes(0, headers.length - 1, 1, 1).getEntireColumn().columnHidden = true;
  return table;
}

export { isBlank };
