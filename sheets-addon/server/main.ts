/// <reference types="google-apps-script" />
/**
 * The Apps Script side of AR CallDesk, bundled as one global (`ARCallDesk`). The top-level
 * functions Apps Script calls — custom functions, onOpen, menu items, google.script.run targets —
 * are generated into the footer of Code.js and call these. Nothing here runs at load time. Each
 * that reads or writes a date first checks the runtime's time-zone data (zone-data.ts).
 */
import { LANGUAGES } from '../../core/model/cell';
import type { DeskContext } from '../../core/desk/context';
import type { LogResult } from '../../core/ui/port';
import { logCallToSheet } from './call-log';
import { runCustomFunction, type SheetsCell } from './custom-functions';
import { deskContext, selectAgingRow as selectRow, selectionKey } from './desk';
import { buildMenu, showSidebar } from './menu';
import { planAsOfNow as writeAsOf, setUpWorkbook as setUp } from './set-up';
import { sheetLocale, sheetTimeZone } from './workbook';
import { checkZoneData } from './zone-data';

/** A custom function of the catalog. Reads only the spreadsheet's zone and locale (both allowed in custom functions). */
export function customFunction(name: string, args: readonly unknown[]): SheetsCell[][] {
  checkZoneData();
  const ss = SpreadsheetApp.getActive();
  return runCustomFunction(name, args, { sheetTimeZone: sheetTimeZone(ss), locale: sheetLocale(ss), now: new Date() });
}

/** onOpen(e) and onInstall(e): the event tells the authorisation mode the menu is built in. */
export function onOpen(event?: unknown): void {
  buildMenu(event);
}

export function openCallDesk(): void {
  showSidebar(false);
}

export function openLogForm(): void {
  showSidebar(true);
}

export function setUpWorkbook(): void {
  checkZoneData();
  const report = setUp(SpreadsheetApp.getActive(), new Date());
  SpreadsheetApp.getUi().alert(report.message);
}

export function planAsOfNow(): void {
  checkZoneData();
  const result = writeAsOf(SpreadsheetApp.getActive(), new Date());
  if (!result.ok) SpreadsheetApp.getUi().alert(result.message);
}

export function getDeskContext(language?: unknown, customer?: unknown): DeskContext {
  checkZoneData();
  return deskContext(SpreadsheetApp.getActive(), new Date(), LANGUAGES.find((l) => l === language) ?? null, typeof customer === 'string' && customer !== '' ? customer : null);
}

export function logCall(entry: unknown, requestId: unknown): LogResult {
  checkZoneData();
  return logCallToSheet(SpreadsheetApp.getActive(), entry, requestId);
}

export function selectAgingRow(row: unknown): string | null {
  checkZoneData();
  return selectRow(SpreadsheetApp.getActive(), row);
}

export function getSelectionKey(): string | null {
  return selectionKey(SpreadsheetApp.getActive());
}
