/** Names AR CallDesk gives the things it creates in a workbook. */
export const CALL_LOG_SHEET = 'Call Log';
export const CALL_LOG_TABLE = 'CallLog';
export const SETTINGS_SHEET = 'Settings';
export const CALL_PLAN_SHEET = 'Call plan';

/**
 * The hidden column right of the twelve call-log columns that holds each row's request id. It is
 * written in the same batch as the row, so a retried "Log call" finds its own row and is not written
 * twice; it travels with the row when the log is sorted, and needs no second store that co-authors
 * could update at the same time.
 */
export const REQUEST_ID_HEADER = 'Request id';

/** Workbook setting (Excel.SettingCollection) remembering which table or sheet is the aging data. */
export const AGING_SOURCE_SETTING = 'ARCallDesk.agingSource';

/** Sheets AR CallDesk writes itself: never offered as aging data. */
export const OWN_SHEETS: readonly string[] = [CALL_LOG_SHEET, SETTINGS_SHEET, CALL_PLAN_SHEET];

/** `'My sheet'!` with quotes doubled, for formulas. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** A1 column letters of a 0-based column index. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address (absolute) of a block given by 0-based indexes. */
export function blockAddress(rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): string {
  const top = `$${columnLetters(columnIndex)}$${rowIndex + 1}`;
  const bottom = `$${columnLetters(columnIndex + columnCount - 1)}$${rowIndex + rowCount}`;
  return `${top}:${bottom}`;
}
