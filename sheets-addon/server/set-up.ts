/// <reference types="google-apps-script" />
import { say } from '../../core/i18n/texts';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { createCallLogSheet, DATETIME_FORMAT, MONEY_FORMAT, TEXT_FORMAT } from './call-log';
import { createDashboardSheet } from './dashboard';
import { AGING_RANGE_NAME, CALL_LOG_SHEET, CALL_PLAN_SHEET, columnLetters, DASHBOARD_SHEET, SETTINGS_SHEET, sheetRef } from './names';
import { sheetDateFor } from './sheet-dates';
import { currentSettings, findAging, sheetTimeZone } from './workbook';
import { textsOf } from '../../core/i18n/catalog';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const T = /* @__PURE__ */ textsOf('sheets.setUp');

/** Where the plan time lives on the Call plan sheet; CALLPLAN refers to it, never to NOW(). */
export const AS_OF_CELL = 'B1';
const PLAN_TOP_ROW = 3;
const AS_OF_CELL_ABSOLUTE = `$${AS_OF_CELL[0]}$${AS_OF_CELL.slice(1)}`;

/** The aging, call-log and settings arguments the plan functions share: whole columns, so new rows count. */
function planArguments(ss: Spreadsheet): string {
  const logWidth = Math.max(ss.getSheetByName(CALL_LOG_SHEET)!.getLastColumn(), 1);
  return `${AGING_RANGE_NAME}, ${sheetRef(CALL_LOG_SHEET)}A:${columnLetters(logWidth)}, ${sheetRef(SETTINGS_SHEET)}A:C`;
}

export interface SetUpReport {
  readonly created: readonly string[];
  readonly kept: readonly string[];
  /** Sentences for the collector, in the settings' language. */
  readonly message: string;
}

function createSettingsSheet(ss: Spreadsheet, rows: ReturnType<typeof settingsSheetRows>): Sheet {
  const sheet = ss.insertSheet(SETTINGS_SHEET);
  // Plain text first: `09:00-17:30` and `2026-12-24` must stay as typed, not become times and dates.
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setNumberFormat(TEXT_FORMAT).setValues(rows);
  sheet.setFrozenRows(1);
  return sheet;
}

/**
 * Set up: creates what is missing and never touches what exists. The Settings sheet (every key,
 * its default and what it means), the Call Log (headers, formats, hidden request ids), the named
 * range `Aging` when an aging sheet is recognised, the Call plan sheet: a plan time in B1 and
 * `=CALLPLAN(…)` below it with date and money formats, and the Dashboard: `=AGINGSUMMARY(…)` at the
 * same plan time with its three charts.
 */
export function setUpWorkbook(ss: Spreadsheet, now: Date): SetUpReport {
  const zone = sheetTimeZone(ss);
  const { settings } = currentSettings(ss, zone);
  const language = settings.language;
  const created: string[] = [];
  const kept: string[] = [];
  const notes: string[] = [];

  if (ss.getSheetByName(SETTINGS_SHEET)) kept.push(SETTINGS_SHEET);
  else {
    createSettingsSheet(ss, settingsSheetRows(language));
    created.push(SETTINGS_SHEET);
  }
  const log = ss.getSheetByName(CALL_LOG_SHEET);
  if (log) kept.push(CALL_LOG_SHEET);
  else {
    createCallLogSheet(ss, language);
    created.push(CALL_LOG_SHEET);
  }

  const aging = findAging(ss, zone);
  if (aging && aging.via === 'headers') {
    const sheet = aging.range.getSheet();
    const first = columnLetters(aging.range.getColumn());
    const last = columnLetters(aging.range.getColumn() + aging.range.getNumColumns() - 1);
    // Whole columns, so rows added to the aging sheet later are planned too.
    ss.setNamedRange(AGING_RANGE_NAME, sheet.getRange(`${first}:${last}`));
    notes.push(say(T.named, language, { name: AGING_RANGE_NAME, where: `${sheetRef(sheet.getName())}${first}:${last}` }));
  }

  if (ss.getSheetByName(CALL_PLAN_SHEET)) kept.push(CALL_PLAN_SHEET);
  else if (!aging) notes.push(say(T.noAging, language, { plan: CALL_PLAN_SHEET, name: AGING_RANGE_NAME }));
  else {
    const plan = ss.insertSheet(CALL_PLAN_SHEET);
    plan.getRange('A1').setValue(say(T.asOf, language));
    plan.getRange(AS_OF_CELL).setNumberFormat(DATETIME_FORMAT).setValue(sheetDateFor(now, settings.collectorTimeZone, zone));
    const maxRows = plan.getMaxRows() - PLAN_TOP_ROW;
    plan.getRange(PLAN_TOP_ROW + 1, 2, maxRows, 1).setNumberFormat(MONEY_FORMAT);
    plan.getRange(PLAN_TOP_ROW + 1, 5, maxRows, 1).setNumberFormat(MONEY_FORMAT);
    plan.getRange(PLAN_TOP_ROW + 1, 6, maxRows, 1).setNumberFormat(DATETIME_FORMAT);
    plan
      .getRange(PLAN_TOP_ROW, 1)
      .setFormula(`=CALLPLAN(${planArguments(ss)}, ${AS_OF_CELL_ABSOLUTE})`);
    plan.setFrozenRows(PLAN_TOP_ROW);
    created.push(CALL_PLAN_SHEET);
  }

  // The Dashboard is made beside a Call plan, never without aging data, and never over a sheet of that name.
  if (ss.getSheetByName(DASHBOARD_SHEET)) kept.push(DASHBOARD_SHEET);
  else if (aging) {
    createDashboardSheet(ss, planArguments(ss), AS_OF_CELL, language);
    created.push(DASHBOARD_SHEET);
  }

  const message = [
    created.length ? say(T.created, language, { list: created.join(', ') }) : '',
    kept.length ? say(T.kept, language, { list: kept.join(', ') }) : '',
    ...notes,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { created, kept, message };
}

/**
 * Writes the present time into the Call plan's as-of cell. Custom functions may not take NOW()
 * (Sheets would leave them "Loading…"), so the plan moves forward when the collector says so.
 */
export function planAsOfNow(ss: Spreadsheet, now: Date): { ok: true } | { ok: false; message: string } {
  const zone = sheetTimeZone(ss);
  const { settings } = currentSettings(ss, zone);
  const plan = ss.getSheetByName(CALL_PLAN_SHEET);
  if (!plan) return { ok: false, message: say(T.noPlan, settings.language, { plan: CALL_PLAN_SHEET }) };
  plan.getRange(AS_OF_CELL).setNumberFormat(DATETIME_FORMAT).setValue(sheetDateFor(now, settings.collectorTimeZone, zone));
  return { ok: true };
}
