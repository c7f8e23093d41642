/** Names AR CallDesk gives the things it creates in a spreadsheet: shared with Excel, plus the Sheets-only ones. */
export { CALL_LOG_SHEET, SETTINGS_SHEET, CALL_PLAN_SHEET, DASHBOARD_SHEET, REQUEST_ID_HEADER, OWN_SHEETS, sheetRef, columnLetters } from '../../core/workbook/names';

/**
 * The named range that says where the aging data is. Set up creates it when it finds an aging
 * sheet; the user can point it anywhere (Data > Named ranges).
 */
export const AGING_RANGE_NAME = 'Aging';
