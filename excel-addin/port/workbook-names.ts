import { columnLetters as lettersOf } from '../../core/workbook/names';

/** Names AR CallDesk gives the things it creates in a workbook: shared with Sheets, plus the Excel-only ones. */
export { CALL_LOG_SHEET, SETTINGS_SHEET, CALL_PLAN_SHEET, DASHBOARD_SHEET, REQUEST_ID_HEADER, OWN_SHEETS, sheetRef } from '../../core/workbook/names';
export const CALL_LOG_TABLE = 'CallLog';

/** Workbook setting (Excel.SettingCollection) remembering which table or sheet is the aging data. */
export const AGING_SOURCE_SETTING = 'ARCallDesk.agingSource';

/** A1 column letters of a 0-based column index (Office.js ranges count from 0). */
export function columnLetters(index: number): string {
  return lettersOf(index + 1);
}

/** A1 address (absolute) of a block given by 0-based indexes. */
export function blockAddress(rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): string {
  const top = `$${columnLetters(columnIndex)}$${rowIndex + 1}`;
  const bottom = `$${columnLetters(columnIndex + columnCount - 1)}$${rowIndex + rowCount}`;
  return `${top}:${bottom}`;
}
