/// <reference types="office-js" />
import { excelSerialFromDay } from '../../core/coerce/date';
import { wallTimeOf } from '../../core/time/zone';
import { PLAN_LOG_COLUMNS, REPEATING_LOG_COLUMNS } from '../../core/functions/catalog';
import { neededRuns } from '../../core/functions/log-columns';
import type { Cell } from '../../core/model/cell';
import type { AgingBlock } from './aging-source';
import { rangeLogReference, tableLogReference } from './log-reference';
import { DATE_TIME_FORMAT, MONEY_FORMAT } from './call-log-sheet';
import { blockAddress, CALL_LOG_SHEET, CALL_PLAN_SHEET, SETTINGS_SHEET, sheetRef } from './workbook-names';

/** Rows below a sheet's used range that the plan formula still covers, so new invoices count. */
const HEADROOM_ROWS = 1000;
/** Rows of the spilled plan that get the plan's number formats. */
const FORMATTED_ROWS = 5000;

/** Where the plan formula finds its three inputs. */
export interface PlanRefs {
  readonly aging: string;
  readonly callLog: string;
  readonly settings: string;
}

/** A reference to the aging data that keeps up with it: the table itself, or the sheet with headroom. */
export function agingReference(block: AgingBlock): string {
  if (block.source.kind === 'table') return `${block.source.table}[#All]`;
  return `${sheetRef(block.source.sheet)}${blockAddress(block.rowIndex, block.columnIndex, block.rowCount + HEADROOM_ROWS, block.columnCount)}`;
}

/** The formula a novice would otherwise have to type. */
export function callPlanFormula(refs: PlanRefs, asOfCell: string): string {
  return `=AR.CALLPLAN(${refs.aging},${refs.callLog},${refs.settings},${asOfCell})`;
}

/**
 * The references Set up writes. The Call Log is passed with only the columns planning reads (the
 * catalog's PLAN_LOG_COLUMNS), found by header: notes and request ids are most of a log's bytes,
 * and Excel on the web refuses a custom-function call whose arguments pass 5 MB. Customers and
 * outcomes go with their repeats as row numbers (REPEATING_LOG_COLUMNS): 50,000 calls with
 * Chinese names then pass in under 3 MB (test/excel/payload.test.ts).
 */
export async function referencesFor(context: Excel.RequestContext, block: AgingBlock): Promise<PlanRefs> {
  const logSheet = context.workbook.worksheets.getItem(CALL_LOG_SHEET);
  const logTables = logSheet.tables;
  logTables.load('items/name');
  const logUsed = logSheet.getUsedRange(true);
  logUsed.load('rowIndex,rowCount,columnIndex,columnCount');
  const settingsUsed = context.workbook.worksheets.getItem(SETTINGS_SHEET).getUsedRange(true);
  settingsUsed.load('rowIndex,rowCount');
  await context.sync();
  const table = logTables.items[0];
  const header = table ? table.getHeaderRowRange() : logSheet.getRangeByIndexes(logUsed.rowIndex, 0, 1, logUsed.columnIndex + logUsed.columnCount);
  header.load('values');
  await context.sync();
  const runs = neededRuns((header.values[0] ?? []) as Cell[], PLAN_LOG_COLUMNS, REPEATING_LOG_COLUMNS);
  const rowCount = logUsed.rowIndex + logUsed.rowCount + HEADROOM_ROWS;
  const callLog =
    (table ? tableLogReference(table.name, runs) : rangeLogReference(CALL_LOG_SHEET, { rowIndex: 0, columnIndex: 0, rowCount }, runs)) ??
    // No column the plan reads is recognised: pass the log whole, so the core reports what is missing.
    (table ? `${table.name}[#All]` : `${sheetRef(CALL_LOG_SHEET)}${blockAddress(0, 0, rowCount, logUsed.columnIndex + logUsed.columnCount)}`);
  const settings = `${sheetRef(SETTINGS_SHEET)}${blockAddress(0, 0, settingsUsed.rowIndex + settingsUsed.rowCount + 50, 2)}`;
  return { aging: agingReference(block), callLog, settings };
}

/**
 * Creates the "Call plan" sheet: the time the plan is for in B1 (now, in the collector's zone,
 * editable), and =AR.CALLPLAN(...) over the workbook's aging data, Call Log and Settings in A3,
 * with the plan's money and date columns formatted. An existing Call plan sheet is left as it is.
 */
export async function createCallPlanSheet(context: Excel.RequestContext, refs: PlanRefs, now: Date, collectorTimeZone: string): Promise<{ created: boolean }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(CALL_PLAN_SHEET);
  await context.sync();
  if (!existing.isNullObject) {
    existing.activate();
    await context.sync();
    return { created: false };
  }
  const sheet = context.workbook.worksheets.add(CALL_PLAN_SHEET);
  const wall = wallTimeOf(now, collectorTimeZone);
  const asOf = sheet.getRangeByIndexes(0, 0, 2, 2);
  asOf.numberFormat = [['@', DATE_TIME_FORMAT], ['@', '@']];
  asOf.values = [
    ['Plan for', excelSerialFromDay(wall.day, wall.minutes)],
    ['Change B1 to plan another day or time.', ''],
  ];
  // Plan columns: Customer, Balance, Days past due, Risk, Priority, Next call, Stage, Why.
  sheet.getRangeByIndexes(3, 1, FORMATTED_ROWS, 1).numberFormat = Array.from({ length: FORMATTED_ROWS }, () => [MONEY_FORMAT]);
  sheet.getRangeByIndexes(3, 4, FORMATTED_ROWS, 1).numberFormat = Array.from({ length: FORMATTED_ROWS }, () => [MONEY_FORMAT]);
  sheet.getRangeByIndexes(3, 5, FORMATTED_ROWS, 1).numberFormat = Array.from({ length: FORMATTED_ROWS }, () => [DATE_TIME_FORMAT]);
  sheet.getRangeByIndexes(2, 0, 1, 1).formulas = [[callPlanFormula(refs, '$B$1')]];
  sheet.activate();
  await context.sync();
  return { created: true };
}
