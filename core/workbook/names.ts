/**
 * Names AR CallDesk gives the things it creates in a workbook, the same in Excel and Sheets, so a
 * workbook moved between the two keeps working.
 */
export const CALL_LOG_SHEET = 'Call Log';
export const SETTINGS_SHEET = 'Settings';
export const CALL_PLAN_SHEET = 'Call plan';
/** The book at a glance: =AGINGSUMMARY and the charts over what it spills. */
export const DASHBOARD_SHEET = 'Dashboard';

/**
 * The hidden column right of the call-log columns that holds each row's request id. It is written
 * with the row (in one batch in Excel, under the document lock in Sheets), so a retried "Log call"
 * finds its own row and is not written twice; it travels with the row when the log is sorted, and
 * needs no second store that two editors could update at the same time.
 */
export const REQUEST_ID_HEADER = 'Request id';

/** Sheets AR CallDesk writes itself: never taken for aging data. */
export const OWN_SHEETS: readonly string[] = [CALL_LOG_SHEET, SETTINGS_SHEET, CALL_PLAN_SHEET, DASHBOARD_SHEET];

/** `'My sheet'!` with quotes doubled, for formulas. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** A1 column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
