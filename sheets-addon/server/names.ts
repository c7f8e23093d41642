/** Names AR CallDesk gives the things it creates in a spreadsheet (the same as the Excel add-in's). */
export const CALL_LOG_SHEET = 'Call Log';
export const SETTINGS_SHEET = 'Settings';
export const CALL_PLAN_SHEET = 'Call plan';

/**
 * The named range that says where the aging data is. Set up creates it when it finds an aging
 * sheet; the user can point it anywhere (Data > Named ranges).
 */
export const AGING_RANGE_NAME = 'Aging';

/**
 * The hidden column right of the call-log columns that holds each row's request id. It is written
 * with the row, under the document lock, so a retried "Log call" finds its own row and is not
 * written twice; it travels with the row when the log is sorted, and needs no second store that
 * two editors could update at the same time.
 */
export const REQUEST_ID_HEADER = 'Request id';

/** Sheets AR CallDesk writes itself: never taken for aging data. */
export const OWN_SHEETS: readonly string[] = [CALL_LOG_SHEET, SETTINGS_SHEET, CALL_PLAN_SHEET];

/** `'My sheet'!` with quotes doubled, for formulas. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** A1 column letters of a 1-based column number. */
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
