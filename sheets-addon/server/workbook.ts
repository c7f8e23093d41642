/// <reference types="google-apps-script" />
import { readAging } from '../../core/aging/read-aging';
import { HEADER_SCAN_ROWS } from '../../core/aging/header';
import { languageFromLocale } from '../../core/i18n/texts';
import type { Cell } from '../../core/model/cell';
import { readSettings, type SettingsRead } from '../../core/settings/read-settings';
import { AGING_RANGE_NAME, CALL_LOG_SHEET, OWN_SHEETS, SETTINGS_SHEET } from './names';
import { toCoreTable } from './sheet-dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The spreadsheet's own zone (File > Settings); the script's zone if the spreadsheet gives none. */
export function sheetTimeZone(ss: Spreadsheet): string {
  return ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
}

export function sheetLocale(ss: Spreadsheet): string | null {
  return ss.getSpreadsheetLocale() || null;
}

/** Everything a sheet holds from A1 to its last cell with content, as the core reads it. */
export function sheetTable(sheet: Sheet, zone: string): Cell[][] {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (rows < 1 || columns < 1) return [];
  return toCoreTable(sheet.getRange(1, 1, rows, columns).getValues(), zone);
}

/** The rows of a range that hold content: an open-ended `A:H` would otherwise bring every empty row. */
function usedPart(range: Range): Range {
  const sheet = range.getSheet();
  const lastRow = Math.min(range.getLastRow(), Math.max(sheet.getLastRow(), range.getRow()));
  return sheet.getRange(range.getRow(), range.getColumn(), lastRow - range.getRow() + 1, range.getNumColumns());
}

export interface AgingSource {
  readonly range: Range;
  readonly table: Cell[][];
  /** How it was found, for messages: the named range, or a sheet recognised by its headers. */
  readonly via: 'named-range' | 'headers';
}

function looksLikeAging(sheet: Sheet, zone: string): boolean {
  const rows = Math.min(sheet.getLastRow(), HEADER_SCAN_ROWS);
  const columns = sheet.getLastColumn();
  if (rows < 2 || columns < 1) return false;
  const head = toCoreTable(sheet.getRange(1, 1, rows, columns).getValues(), zone);
  return readAging(head).layout.headerRow > 0;
}

/**
 * Where the aging data is: the named range `Aging` when there is one; else the active sheet when
 * its headers are an aging sheet's; else the first such sheet in tab order. Null when none is.
 */
export function findAging(ss: Spreadsheet, zone: string): AgingSource | null {
  const named = ss.getRangeByName(AGING_RANGE_NAME);
  if (named) {
    const range = usedPart(named);
    return { range, table: toCoreTable(range.getValues(), zone), via: 'named-range' };
  }
  const active = ss.getActiveSheet();
  const candidates = [active, ...ss.getSheets().filter((s) => s.getSheetId() !== active.getSheetId())];
  for (const sheet of candidates) {
    if (OWN_SHEETS.includes(sheet.getName()) || !looksLikeAging(sheet, zone)) continue;
    const range = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn());
    return { range, table: toCoreTable(range.getValues(), zone), via: 'headers' };
  }
  return null;
}

/** The Settings sheet as a table, or null when there is none yet. */
export function settingsTable(ss: Spreadsheet, zone: string): Cell[][] | null {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  return sheet ? sheetTable(sheet, zone) : null;
}

export function callLogTable(ss: Spreadsheet, zone: string): Cell[][] | null {
  const sheet = ss.getSheetByName(CALL_LOG_SHEET);
  return sheet ? sheetTable(sheet, zone) : null;
}

/** The settings in force: the Settings sheet read by the core, the spreadsheet's zone and language filling the gaps. */
export function currentSettings(ss: Spreadsheet, zone: string): SettingsRead {
  return readSettings(settingsTable(ss, zone) ?? undefined, { hostTimeZone: zone, hostLanguage: languageFromLocale(sheetLocale(ss)) });
}

/** Row of the active cell within the aging range (1 = its first row), or null when the selection is elsewhere. */
export function selectedRowIn(ss: Spreadsheet, aging: Range): number | null {
  const active = ss.getActiveRange();
  if (!active) return null;
  if (active.getSheet().getSheetId() !== aging.getSheet().getSheetId()) return null;
  const row = active.getRow() - aging.getRow() + 1;
  return row >= 1 && row <= aging.getNumRows() ? row : null;
}
