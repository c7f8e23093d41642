/// <reference types="google-apps-script" />
import { say } from '../../core/i18n/texts';
import type { Language } from '../../core/model/cell';
import { DASHBOARD_CHARTS, DASHBOARD_FORMULA_COLUMN, DASHBOARD_FORMULA_ROW, DASHBOARD_MONEY_ROWS, DASHBOARD_RATE_ROW } from '../../core/summary/dashboard';
import { SUMMARY_TEXTS } from '../../core/summary/texts';
import { MONEY_FORMAT, TEXT_FORMAT } from './call-log';
import { CALL_PLAN_SHEET, DASHBOARD_SHEET, sheetRef } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const RATE_FORMAT = '0.0%';

/** `=AGINGSUMMARY(…)` over the same arguments as the Call plan's CALLPLAN, at the plan's own time cell. */
export function agingSummaryFormula(planArguments: string, asOfCell: string): string {
  return `=AGINGSUMMARY(${planArguments}, ${sheetRef(CALL_PLAN_SHEET)}${asOfCell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')})`;
}

/**
 * Creates the Dashboard sheet: a note, =AGINGSUMMARY in A3 and three embedded charts over the rows
 * it spills. Charts are made with Sheet.newChart() and insertChart (EmbeddedChartBuilder,
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder), part
 * of the Spreadsheet service the add-on already has the `spreadsheets.currentonly` scope for;
 * the typed builders (asBarChart, asColumnChart) avoid the Charts service and its enums.
 */
export function createDashboardSheet(ss: Spreadsheet, planArguments: string, asOfCell: string, language: Language): void {
  const sheet = ss.insertSheet(DASHBOARD_SHEET);
  try {
    fillDashboard(sheet, planArguments, asOfCell, language);
  } catch (error) {
    // A Dashboard left without its charts would be kept by every later Set up: take the
    // half-made sheet away, so the next Set up makes it whole.
    ss.deleteSheet(sheet);
    throw error;
  }
}

function fillDashboard(sheet: GoogleAppsScript.Spreadsheet.Sheet, planArguments: string, asOfCell: string, language: Language): void {
  sheet.getRange(1, 1).setNumberFormat(TEXT_FORMAT).setValue(say(SUMMARY_TEXTS.dashboardNote, language, { plan: CALL_PLAN_SHEET, cell: asOfCell }));
  // Spilled values take the formats of the cells they land in.
  for (const { row, columns } of DASHBOARD_MONEY_ROWS) sheet.getRange(row, 2, 1, columns).setNumberFormat(MONEY_FORMAT);
  sheet.getRange(DASHBOARD_RATE_ROW, 2).setNumberFormat(RATE_FORMAT);
  sheet.getRange(DASHBOARD_FORMULA_ROW, DASHBOARD_FORMULA_COLUMN).setFormula(agingSummaryFormula(planArguments, asOfCell));
  for (const spec of DASHBOARD_CHARTS) {
    const builder = spec.kind === 'bar' ? sheet.newChart().asBarChart() : sheet.newChart().asColumnChart();
    const chart = builder
      .addRange(sheet.getRange(spec.source))
      .setNumHeaders(1)
      .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
      .setOption('title', say(spec.title, language))
      .setOption('legend', { position: 'none' })
      .build();
    sheet.insertChart(chart);
  }
}
