/// <reference types="google-apps-script" />
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
import { callLogRow, validateCallLogEntry } from '../../core/calllog/write-row';
import { say, type Texts } from '../../core/i18n/texts';
import type { Cell, Language } from '../../core/model/cell';
import type { LogResult } from '../../core/ui/port';
import { CALL_LOG_SHEET, REQUEST_ID_HEADER } from './names';
import { isDate, sheetDateFor } from './sheet-dates';
import { currentSettings, sheetTimeZone } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MESSAGES = {
  busy: {
    en: 'Someone else is logging a call in this spreadsheet right now. Nothing was written: press "Log call" again in a moment.',
    'zh-CN': '此表格中有人正在记录通话。本次未写入任何内容：请稍后再次点击“记录通话”。',
    pl: 'Ktoś właśnie zapisuje rozmowę w tym arkuszu. Nic nie zapisano: za chwilę naciśnij „Zapisz rozmowę” ponownie.',
  },
  noLock: {
    en: 'Calls can only be logged from the spreadsheet itself (no document lock is available here). Nothing was written.',
    'zh-CN': '只能在表格内记录通话（此处无法获得文档锁）。未写入任何内容。',
    pl: 'Rozmowy można zapisywać tylko z samego arkusza (brak blokady dokumentu). Nic nie zapisano.',
  },
  noHeader: {
    en: 'The "{sheet}" sheet has no header row naming "Customer" and "Outcome" in its first rows. Nothing was written: add those headers, or rename the sheet so a new log can be made.',
    'zh-CN': '“{sheet}”工作表前几行中没有包含“客户”和“结果”的表头。未写入任何内容：请添加这些表头，或重命名该工作表以便新建通话记录。',
    pl: 'Arkusz „{sheet}” nie ma w pierwszych wierszach nagłówka z „Kontrahent” i „Wynik”. Nic nie zapisano: dodaj te nagłówki albo zmień nazwę arkusza, aby utworzyć nowy dziennik.',
  },
  badRequestId: {
    en: 'The call desk sent no usable request id. Nothing was written: reload the sidebar and log the call again.',
    'zh-CN': '通话台未发送有效的请求编号。未写入任何内容：请重新打开侧栏后再次记录。',
    pl: 'Panel nie przesłał poprawnego identyfikatora żądania. Nic nie zapisano: otwórz panel ponownie i zapisz rozmowę jeszcze raz.',
  },
} as const satisfies Record<string, Texts>;

/** How long a second collector waits for the first one's row before being told to try again. */
const LOCK_WAIT_MS = 10_000;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Number formats, by column: typed text stays text, dates are real dates, money has cents. */
export const TEXT_FORMAT = '@';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONEY_FORMAT = '#,##0.00';

function formatOf(key: CallLogKey | 'requestId'): string {
  if (key === 'requestId' || CALL_LOG_TEXT_COLUMNS.includes(key)) return TEXT_FORMAT;
  if (CALL_LOG_DATETIME_COLUMNS.includes(key)) return DATETIME_FORMAT;
  if (CALL_LOG_DATE_COLUMNS.includes(key)) return DATE_FORMAT;
  if (CALL_LOG_MONEY_COLUMNS.includes(key)) return MONEY_FORMAT;
  return 'General';
}

type ColumnMap = Map<CallLogKey | 'requestId', number>;

/**
 * Creates the Call Log sheet: the header row in the log's language, the hidden request-id column,
 * and each column's number format set before anyone types into it.
 */
export function createCallLogSheet(ss: Spreadsheet, language: Language): Sheet {
  const sheet = ss.insertSheet(CALL_LOG_SHEET);
  const headers = [...callLogHeaders(language), REQUEST_ID_HEADER];
  sheet.getRange(1, 1, 1, headers.length).setNumberFormat(TEXT_FORMAT).setValues([headers]);
  sheet.setFrozenRows(1);
  const keys: (CallLogKey | 'requestId')[] = [...CALL_LOG_COLUMNS.map((c) => c.key), 'requestId'];
  const bodyRows = sheet.getMaxRows() - 1;
  if (bodyRows > 0) keys.forEach((key, i) => sheet.getRange(2, i + 1, bodyRows, 1).setNumberFormat(formatOf(key)));
  sheet.hideColumns(headers.length);
  return sheet;
}

/** Rows searched for the log's header, as the core's call-log reader does. */
const HEADER_SCAN_ROWS = 10;

interface LogLayout {
  readonly headerRow: number;
  readonly columns: ColumnMap;
}

/**
 * Finds the log's header row (the first of its first rows naming both the customer and the
 * outcome, in any of the three languages or a synonym) and maps it to the call-log fields, so a log
 * kept by hand in its own column order is written in that order. A missing column gets its header
 * in the first column right of everything with content: nothing the user typed is moved or
 * overwritten. An empty sheet gets the header in row 1; a sheet with content but no such header is
 * refused rather than guessed at.
 */
function layoutOf(sheet: Sheet, language: Language): LogLayout {
  const lastRow = sheet.getLastRow();
  const width = Math.max(sheet.getLastColumn(), 1);
  const top = sheet.getRange(1, 1, Math.max(Math.min(lastRow, HEADER_SCAN_ROWS), 1), width).getValues();
  let headerRow = lastRow === 0 ? 1 : 0;
  let columns: ColumnMap = new Map();
  for (let r = 0; r < top.length && headerRow === 0; r++) {
    const found: ColumnMap = new Map();
    (top[r] ?? []).forEach((cell, i) => {
      const text = String(cell ?? '');
      const key = text.trim().toLowerCase() === REQUEST_ID_HEADER.toLowerCase() ? 'requestId' : callLogKeyOfHeader(text);
      if (key && !found.has(key)) found.set(key, i + 1);
    });
    if (found.has('customer') && found.has('outcome')) {
      headerRow = r + 1;
      columns = found;
    }
  }
  if (headerRow === 0) throw new Error(say(MESSAGES.noHeader, language, { sheet: CALL_LOG_SHEET }));

  let next = sheet.getLastColumn() + 1;
  const wanted: (CallLogKey | 'requestId')[] = [...CALL_LOG_COLUMNS.map((c) => c.key), 'requestId'];
  for (const key of wanted) {
    if (columns.has(key)) continue;
    if (next > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    const title = key === 'requestId' ? REQUEST_ID_HEADER : CALL_LOG_COLUMNS.find((c) => c.key === key)![language];
    sheet.getRange(headerRow, next).setNumberFormat(TEXT_FORMAT).setValue(title);
    if (key === 'requestId') sheet.hideColumns(next);
    columns.set(key, next++);
  }
  return { headerRow, columns };
}

/** The sheet row already holding `requestId` below the header, or null. */
function rowOfRequest(sheet: Sheet, layout: LogLayout, requestId: string): number | null {
  const first = layout.headerRow + 1;
  const last = sheet.getLastRow();
  if (last < first) return null;
  const ids = sheet.getRange(first, layout.columns.get('requestId')!, last - first + 1, 1).getValues();
  const index = ids.findIndex((r) => String(r[0]) === requestId);
  return index < 0 ? null : index + first;
}

/** Consecutive runs of columns, so a row is written in as few calls as its layout allows. */
function runsOf(cells: Map<number, Cell>): { start: number; values: Cell[] }[] {
  const runs: { start: number; values: Cell[] }[] = [];
  for (const column of [...cells.keys()].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.values.length === column) last.values.push(cells.get(column)!);
    else runs.push({ start: column, values: [cells.get(column)!] });
  }
  return runs;
}

/**
 * Appends one call to the Call Log sheet, as the sidebar's "Log call" asks:
 * validates it with the core, takes the document lock (one writer at a time, so two collectors
 * never write the same row), refuses a request id already in the log, writes the new row below the
 * last row with content — number formats first, so typed text cannot turn into a number, date or
 * formula — flushes, and releases the lock whatever happens.
 */
export function logCallToSheet(ss: Spreadsheet, raw: unknown, requestId: unknown): LogResult {
  const zone = sheetTimeZone(ss);
  const { settings } = currentSettings(ss, zone);
  const language = settings.language;
  if (typeof requestId !== 'string' || !REQUEST_ID.test(requestId)) throw new Error(say(MESSAGES.badRequestId, language));
  const check = validateCallLogEntry(raw, language, { allowedConsequences: settings.allowedConsequences });
  if (!check.ok) throw new Error(check.message);

  const lock = LockService.getDocumentLock();
  if (!lock) throw new Error(say(MESSAGES.noLock, language));
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(say(MESSAGES.busy, language));
  try {
    const sheet = ss.getSheetByName(CALL_LOG_SHEET) ?? createCallLogSheet(ss, language);
    const layout = layoutOf(sheet, language);
    const columns = layout.columns;
    const seen = rowOfRequest(sheet, layout, requestId);
    if (seen !== null) return { status: 'duplicate', row: seen };

    // Text columns are plain text ('@', set just below before the values): that alone keeps typed
    // text as typed, so no apostrophe is added (in a plain-text cell it would stay a character).
    const values = callLogRow(check.entry, { dates: 'date', timeZone: settings.collectorTimeZone, language, textGuard: 'format' });
    const cells = new Map<number, Cell>();
    const formats = new Map<number, string>();
    CALL_LOG_COLUMNS.forEach((c, i) => {
      const column = columns.get(c.key)!;
      const value = values[i] ?? '';
      cells.set(column, isDate(value) ? sheetDateFor(value, settings.collectorTimeZone, zone) : value);
      formats.set(column, formatOf(c.key));
    });
    cells.set(columns.get('requestId')!, requestId);
    formats.set(columns.get('requestId')!, TEXT_FORMAT);

    const row = sheet.getLastRow() + 1;
    if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    for (const run of runsOf(cells)) {
      const range = sheet.getRange(row, run.start, 1, run.values.length);
      range.setNumberFormats([run.values.map((_, i) => formats.get(run.start + i)!)]);
      range.setValues([run.values]);
    }
    SpreadsheetApp.flush();
    return { status: 'written', row };
  } finally {
    lock.releaseLock();
  }
}
