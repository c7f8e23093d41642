/** Puts AR CallDesk's sample workbook into a fake spreadsheet, dates as real date cells. */
import { CALL_LOG_DATE_COLUMNS, CALL_LOG_DATETIME_COLUMNS, CALL_LOG_COLUMNS } from '../../../core/calllog/schema';
import type { Cell } from '../../../core/model/cell';
import { sampleWorkbook, SAMPLE_AGING_HEADERS } from '../../../core/sample/sample-workbook';
import { addSheet, fillSheet, newSpreadsheet, type SpreadsheetState } from './fake-apps-script';

export const AGING_DATE_COLUMNS = ['Invoice date', 'Due date'].map((h) => (SAMPLE_AGING_HEADERS as readonly string[]).indexOf(h));
export const LOG_DATE_COLUMNS = CALL_LOG_COLUMNS.flatMap((c, i) => ((CALL_LOG_DATE_COLUMNS as readonly string[]).includes(c.key) || (CALL_LOG_DATETIME_COLUMNS as readonly string[]).includes(c.key) ? [i] : []));

export interface SampleSpreadsheet {
  readonly state: SpreadsheetState;
  readonly tables: { aging: Cell[][]; callLog: Cell[][]; settings: Cell[][] };
}

/** The sample firm's spreadsheet: an Aging sheet, a Call Log and Settings, as a user would keep them. */
export function sampleSpreadsheet(asOf: Date, options: { timeZone: string; settings?: (rows: Cell[][]) => Cell[][] }): SampleSpreadsheet {
  const tables = sampleWorkbook(asOf);
  if (options.settings) tables.settings = options.settings(tables.settings);
  const state = newSpreadsheet({ timeZone: options.timeZone });
  fillSheet(addSheet(state, 'Settings'), tables.settings);
  fillSheet(addSheet(state, 'Call Log'), tables.callLog, LOG_DATE_COLUMNS);
  fillSheet(addSheet(state, 'Aging'), tables.aging, AGING_DATE_COLUMNS);
  return { state, tables };
}
