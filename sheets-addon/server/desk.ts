/// <reference types="google-apps-script" />
import { buildDeskContext, type DeskContext } from '../../core/desk/context';
import { say } from '../../core/i18n/texts';
import type { Language } from '../../core/model/cell';
import { AGING_RANGE_NAME, OWN_SHEETS } from './names';
import { callLogTable, currentSettings, findAging, selectedRowIn, settingsTable, sheetLocale, sheetTimeZone } from './workbook';
import { textsOf } from '../../core/i18n/catalog';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MESSAGES = /* @__PURE__ */ textsOf('sheets.desk');

/**
 * The call desk for the current selection (or for `customer`, opened in the desk): reads the aging data, the call log and the settings,
 * and lets the core plan them. The answer is JSON-safe (dates as ISO strings), as
 * google.script.run requires.
 */
export function deskContext(ss: Spreadsheet, now: Date, language: Language | null = null, customer: string | null = null, collector: string | null = null): DeskContext {
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
    collector,
  });
}

/** Where the name of the collector at the desk is kept: this user's properties (no OAuth scope needed). */
const DESK_COLLECTOR_KEY = 'calldesk.collector';

/**
 * The collector at this user's desk: a name given now is remembered for the user (an empty one
 * forgets it); without one, the name remembered earlier.
 */
export function deskCollector(given: unknown): string | null {
  const store = PropertiesService.getUserProperties();
  if (typeof given === 'string') {
    const name = given.trim().slice(0, 100);
    if (name) store.setProperty(DESK_COLLECTOR_KEY, name);
    else store.deleteProperty(DESK_COLLECTOR_KEY);
    return name || null;
  }
  return store.getProperty(DESK_COLLECTOR_KEY);
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
