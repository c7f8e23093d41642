/// <reference types="google-apps-script" />
import { buildDeskContext, type DeskContext } from '../../core/desk/context';
import { say, type Texts } from '../../core/i18n/texts';
import type { Language } from '../../core/model/cell';
import { AGING_RANGE_NAME, OWN_SHEETS } from './names';
import { callLogTable, currentSettings, findAging, selectedRowIn, settingsTable, sheetLocale, sheetTimeZone } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MESSAGES = {
  noAging: {
    en: 'No aging data found. Name the range that holds it "{name}" (Data > Named ranges), or open the sheet with your aging report and press Refresh.',
    'zh-CN': '未找到账龄数据。请将其所在区域命名为“{name}”（数据 > 命名范围），或打开账龄表后点击刷新。',
    pl: 'Nie znaleziono danych wiekowania. Nazwij zakres z danymi „{name}” (Dane > Zakresy nazwane) albo otwórz arkusz z zestawieniem i naciśnij Odśwież.',
  },
} as const satisfies Record<string, Texts>;

/**
 * The call desk for the current selection (or for `customer`, opened in the desk): reads the aging data, the call log and the settings,
 * and lets the core plan them. The answer is JSON-safe (dates as ISO strings), as
 * google.script.run requires.
 */
export function deskContext(ss: Spreadsheet, now: Date, language: Language | null = null, customer: string | null = null): DeskContext {
  const zone = sheetTimeZone(ss);
  const aging = findAging(ss, zone);
  if (!aging) throw new Error(say(MESSAGES.noAging, currentSettings(ss, zone).settings.language, { name: AGING_RANGE_NAME }));
  return buildDeskContext({
    aging: aging.table,
    callLog: callLogTable(ss, zone),
    settings: settingsTable(ss, zone),
    asOf: now,
    selectedRow: selectedRowIn(ss, aging.range),
    hostLocale: sheetLocale(ss)?.replace('_', '-') ?? null,
    hostTimeZone: zone,
    language,
    customer,
  });
}

/**
 * Moves the selection to a row of the aging data (1 = its first row), as the desk asks when the
 * collector picks a customer. Returns the new selection key, so the sidebar does not take its own
 * move for the user's.
 */
export function selectAgingRow(ss: Spreadsheet, row: unknown): string | null {
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 1) return selectionKey(ss);
  const aging = findAging(ss, sheetTimeZone(ss));
  if (!aging || row > aging.range.getNumRows()) return selectionKey(ss);
  const sheet = aging.range.getSheet();
  sheet.activate();
  sheet.setActiveRange(sheet.getRange(aging.range.getRow() + row - 1, aging.range.getColumn()));
  return selectionKey(ss);
}

/**
 * Sheet and row of the active cell, cheap enough to ask every few seconds: the sidebar reloads
 * the desk when it changes. Null on AR CallDesk's own sheets, where a move selects no debtor.
 */
export function selectionKey(ss: Spreadsheet): string | null {
  const range = ss.getActiveRange();
  if (!range) return null;
  const sheet = range.getSheet();
  if (OWN_SHEETS.includes(sheet.getName())) return null;
  return `${sheet.getSheetId()}:${range.getRow()}`;
}
