/// <reference types="google-apps-script" />
import {
  CALL_LOG_COLUMNS,
  CALL_LOG_DATE_COLUMNS,
  CALL_LOG_DATETIME_COLUMNS,
  CALL_LOG_MONEY_COLUMNS,
  CALL_LOG_TEXT_COLUMNS,
  callLogHeaders,
  type CallLogKey,
} from '../../core/calllog/schema';
import { callLogRow, validateCallLogEntry } from '../../core/calllog/write-row';
import { say } from '../../core/i18n/texts';
import type { Cell, Language } from '../../core/model/cell';
import type { LogOptions, LogResult } from '../../core/ui/port';
import { checkAgainstAging } from '../../core/calllog/aging-check';
import { logProblemMessage, planAppend, type AppendPlan } from '../../core/calllog/layout';
import { CALL_LOG_SHEET, REQUEST_ID_HEADER } from './names';
import { isDate, sheetDateFor } from './sheet-dates';
import { currentSettings, findAging, sheetTimeZone } from './workbook';
import { textsOf } from '../../core/i18n/catalog';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MESSAGES = /* @__PURE__ */ textsOf('sheets.callLog');

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

/**
 * Appends one call to the Call Log sheet, as the sidebar's "Log call" asks. Every answer is
 * definite (see LogResult); an exception means the outcome is unknown to the caller, and the
 * sidebar retries with the same request id.
 *
 * Validates it with the core (a sane time near `now`, amounts, a customer on the aging sheet or
 * confirmed), takes the document lock (one writer at a time, so two collectors never write the
 * same row), and lets the core plan the write on the sheet's values (`planAppend`: the header
 * found as the reader finds it, missing columns added right of everything, a request id already
 * there answered `duplicate`, the first blank row after the last call). Number formats go first, so
 * typed text cannot turn into a number, date or formula; then `SpreadsheetApp.flush()`, and the
 * lock is released whatever happens.
 */
export function logCallToSheet(ss: Spreadsheet, raw: unknown, requestId: unknown, now: Date, options: LogOptions = {}): LogResult {
  const zone = sheetTimeZone(ss);
  const { settings } = currentSettings(ss, zone);
  const language = settings.language;
  const refuse = (message: string): LogResult => ({ status: 'refused', message });
  if (typeof requestId !== 'string' || !REQUEST_ID.test(requestId)) return refuse(say(MESSAGES.badRequestId, language));
  const check = validateCallLogEntry(raw, language, { allowedConsequences: settings.allowedConsequences, now });
  if (!check.ok) return refuse(check.message);
  const onAging = checkAgainstAging(check.entry, findAging(ss, zone)?.table ?? null, {
    language,
    dateOrder: settings.dateOrder,
    customerConfirmed: options?.customerConfirmed === true,
  });
  if (!onAging.ok) return onAging.kind === 'confirm' ? { status: 'confirm', reason: 'unknown-customer', message: onAging.message } : refuse(onAging.message);

  const lock = LockService.getDocumentLock();
  if (!lock) return refuse(say(MESSAGES.noLock, language));
  if (!lock.tryLock(LOCK_WAIT_MS)) return refuse(say(MESSAGES.busy, language));
  try {
    const sheet = ss.getSheetByName(CALL_LOG_SHEET) ?? createCallLogSheet(ss, language);
    if (sheet.getLastRow() === 0) writeHeaders(sheet, 1, language);
    const grid = sheet.getRange(1, 1, sheet.getLastRow(), Math.max(sheet.getLastColumn(), 1)).getValues() as Cell[][];
    const plan = planAppend(grid, requestId);
    if ('code' in plan) return refuse(logProblemMessage(plan, CALL_LOG_SHEET, language) ?? say(MESSAGES.noHeader, language, { sheet: CALL_LOG_SHEET }));
    if (plan.existingRow !== null) return { status: 'duplicate', row: plan.existingRow + 1 };
    addColumns(sheet, plan, language);

    // Text columns are plain text ('@', set just below before the values): that alone keeps typed
    // text as typed, a leading apostrophe included, so none is added (in a plain-text cell it would
    // stay a character).
    const values = callLogRow(check.entry, { dates: 'date', timeZone: settings.collectorTimeZone, language, textGuard: 'format' });
    const cells = new Map<number, Cell>();
    const formats = new Map<number, string>();
    CALL_LOG_COLUMNS.forEach((c, i) => {
      const column = plan.columns.get(c.key)! + 1;
      const value = values[i] ?? '';
      cells.set(column, isDate(value) ? sheetDateFor(value, settings.collectorTimeZone, zone) : value);
      formats.set(column, formatOf(c.key));
    });
    const idColumn = plan.columns.get('requestId')! + 1;
    cells.set(idColumn, requestId);
    formats.set(idColumn, TEXT_FORMAT);

    const row = plan.targetRow + 1;
    if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
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

/** The header row of a complete log, written into an empty sheet at `row`, the request-id column hidden. */
function writeHeaders(sheet: Sheet, row: number, language: Language): void {
  const headers = [...callLogHeaders(language), REQUEST_ID_HEADER];
  sheet.getRange(row, 1, 1, headers.length).setNumberFormat(TEXT_FORMAT).setValues([headers]);
  sheet.hideColumns(headers.length);
}

/** The headers of the columns a hand-kept log lacks, in columns nothing on the sheet uses (the plan chose them). */
function addColumns(sheet: Sheet, plan: AppendPlan, language: Language): void {
  for (const add of plan.addHeaders) {
    const column = add.column + 1;
    if (column > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), column - sheet.getMaxColumns());
    const title = add.key === 'requestId' ? REQUEST_ID_HEADER : CALL_LOG_COLUMNS.find((c) => c.key === add.key)![language];
    sheet.getRange(plan.header.row + 1, column).setNumberFormat(TEXT_FORMAT).setValue(title);
    if (add.key === 'requestId') sheet.hideColumns(column);
  }
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
