import type { Texts } from '../i18n/texts';
import { SUMMARY_LAYOUT, type SummaryBlock } from './spill';
import { SUMMARY_TEXTS } from './texts';

/** 1-based row and column of the =AGINGSUMMARY cell on the Dashboard sheet; row 1 holds a note. */
export const DASHBOARD_FORMULA_ROW = 3;
export const DASHBOARD_FORMULA_COLUMN = 1;

/** One native chart of the Dashboard, the same in Excel and Sheets. */
export interface DashboardChart {
  readonly key: 'risk' | 'age' | 'weeks';
  /** Bars for the long risk-class names, columns for the ordered bands and weeks. */
  readonly kind: 'bar' | 'column';
  readonly title: Texts;
  /** 1-based sheet rows of the source: the block's heading row, then its data rows, over columns A:B. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** 1-based top-left cell the chart is placed at, right of the table. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  /** A1 of the source, e.g. `A5:B10`. */
  readonly source: string;
}

/** Rows a chart takes on the sheet, so the next one starts below it. */
export const CHART_ROWS = 18;
const ANCHOR_COLUMN = 6; // F: the table takes A:D, and E stays empty between them

function chart(key: DashboardChart['key'], kind: DashboardChart['kind'], title: Texts, block: SummaryBlock, index: number): DashboardChart {
  const firstRow = DASHBOARD_FORMULA_ROW + block.header;
  const lastRow = DASHBOARD_FORMULA_ROW + block.first + block.count - 1;
  return { key, kind, title, firstRow, lastRow, anchorRow: DASHBOARD_FORMULA_ROW + index * CHART_ROWS, anchorColumn: ANCHOR_COLUMN, source: `A${firstRow}:B${lastRow}` };
}

/**
 * The three charts over the cells =AGINGSUMMARY spills: fixed rows, because the table's shape
 * never changes, so the charts redraw with the data and never point at the wrong rows. The total
 * rows are left out: they would dwarf the bars they sum.
 */
export const DASHBOARD_CHARTS: readonly DashboardChart[] = [
  chart('risk', 'bar', SUMMARY_TEXTS.chartRisk, SUMMARY_LAYOUT.risk, 0),
  chart('age', 'column', SUMMARY_TEXTS.chartAge, SUMMARY_LAYOUT.age, 1),
  chart('weeks', 'column', SUMMARY_TEXTS.chartWeeks, SUMMARY_LAYOUT.weeks, 2),
];

/** 1-based sheet rows of the money cells (second column; the risk table's third too) and of the share kept, for number formats. */
export const DASHBOARD_MONEY_ROWS: readonly { readonly row: number; readonly columns: number }[] = [
  ...range(SUMMARY_LAYOUT.risk.first, SUMMARY_LAYOUT.risk.count + 1).map((r) => ({ row: DASHBOARD_FORMULA_ROW + r, columns: 2 })),
  ...range(SUMMARY_LAYOUT.age.first, SUMMARY_LAYOUT.age.count + 1).map((r) => ({ row: DASHBOARD_FORMULA_ROW + r, columns: 1 })),
  ...range(SUMMARY_LAYOUT.weeks.first, SUMMARY_LAYOUT.weeks.count + 1).map((r) => ({ row: DASHBOARD_FORMULA_ROW + r, columns: 1 })),
];
export const DASHBOARD_RATE_ROW = DASHBOARD_FORMULA_ROW + SUMMARY_LAYOUT.keptRate;

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}
