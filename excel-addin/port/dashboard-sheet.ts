/// <reference types="office-js" />
import { say } from '../../core/i18n/texts';
import type { Language } from '../../core/model/cell';
import { CHART_ROWS, DASHBOARD_CHARTS, DASHBOARD_FORMULA_COLUMN, DASHBOARD_FORMULA_ROW, DASHBOARD_MONEY_ROWS, DASHBOARD_RATE_ROW, type DashboardChart } from '../../core/summary/dashboard';
import { SUMMARY_TEXTS } from '../../core/summary/texts';
import type { PlanRefs } from './call-plan-sheet';
import { MONEY_FORMAT } from './call-log-sheet';
import { CALL_PLAN_SHEET, columnLetters, DASHBOARD_SHEET, sheetRef } from './workbook-names';

/** The cell of the Call plan sheet holding the plan time: one time for the plan and the summary. */
const PLAN_TIME = `${sheetRef(CALL_PLAN_SHEET)}$B$1`;
const RATE_FORMAT = '0.0%';
/** Columns a chart spans, from its anchor. */
const CHART_COLUMNS = 8;

export function agingSummaryFormula(refs: PlanRefs): string {
  return `=AR.AGINGSUMMARY(${refs.aging},${refs.callLog},${refs.settings},${PLAN_TIME})`;
}

/** Excel's names of the two chart types the Dashboard uses (Excel.ChartType, ExcelApi 1.1). */
const EXCEL_TYPE: Readonly<Record<DashboardChart['kind'], 'BarClustered' | 'ColumnClustered'>> = { bar: 'BarClustered', column: 'ColumnClustered' };

/**
 * Creates the Dashboard sheet: =AR.AGINGSUMMARY(...) in A3 over the same ranges as the Call plan,
 * with its plan time, and three native charts over the rows it spills. An existing Dashboard sheet
 * is never touched. Everything used is in ExcelApi 1.1 (ChartCollection.add, Chart.title,
 * Chart.legend, Chart.setPosition; https://learn.microsoft.com/javascript/api/excel/excel.chartcollection),
 * below what the shared runtime already requires.
 */
export async function createDashboardSheet(context: Excel.RequestContext, refs: PlanRefs, language: Language): Promise<{ created: boolean }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(DASHBOARD_SHEET);
  await context.sync();
  if (!existing.isNullObject) return { created: false };
  const sheet = context.workbook.worksheets.add(DASHBOARD_SHEET);
  // The empty sheet first, on its own: once it exists it is ours, and a failure below can take it away again.
  await context.sync();
  try {
    await fillDashboard(context, sheet, refs, language);
  } catch (error) {
    // Excel applies a failed batch in part: a Dashboard without its charts would then be kept
    // by every later Set up. Remove the half-made sheet so that the next one makes it whole.
    context.workbook.worksheets.getItem(DASHBOARD_SHEET).delete();
    await context.sync();
    throw error;
  }
  return { created: true };
}

async function fillDashboard(context: Excel.RequestContext, sheet: Excel.Worksheet, refs: PlanRefs, language: Language): Promise<void> {
  // Text format first, so the note is kept as written whatever it starts with.
  const note = sheet.getRangeByIndexes(0, 0, 1, 1);
  note.numberFormat = [['@']];
  note.values = [[say(SUMMARY_TEXTS.dashboardNote, language, { plan: CALL_PLAN_SHEET, cell: 'B1' })]];
  // Spilled cells take the formats of the cells they land in.
  for (const { row, columns } of DASHBOARD_MONEY_ROWS) {
    sheet.getRangeByIndexes(row - 1, 1, 1, columns).numberFormat = [Array.from({ length: columns }, () => MONEY_FORMAT)];
  }
  sheet.getRangeByIndexes(DASHBOARD_RATE_ROW - 1, 1, 1, 1).numberFormat = [[RATE_FORMAT]];
  sheet.getRangeByIndexes(DASHBOARD_FORMULA_ROW - 1, DASHBOARD_FORMULA_COLUMN - 1, 1, 1).formulas = [[agingSummaryFormula(refs)]];
  for (const spec of DASHBOARD_CHARTS) {
    const source = sheet.getRangeByIndexes(spec.firstRow - 1, 0, spec.lastRow - spec.firstRow + 1, 2);
    const chart = sheet.charts.add(EXCEL_TYPE[spec.kind], source, 'Columns');
    chart.name = `AR CallDesk ${spec.key}`;
    chart.title.text = say(spec.title, language);
    chart.legend.visible = false;
    const left = columnLetters(spec.anchorColumn - 1);
    const right = columnLetters(spec.anchorColumn - 1 + CHART_COLUMNS - 1);
    chart.setPosition(`${left}${spec.anchorRow}`, `${right}${spec.anchorRow + CHART_ROWS - 2}`);
  }
  await context.sync();
}
