/**
 * What Sheets passes a custom function for a reference: a range as a 2-D array of cell values
 * (date cells as Date objects), a single cell as its value alone
 * (https://developers.google.com/apps-script/guides/sheets/functions#arguments).
 */
import type { SpreadsheetState } from './fake-apps-script';
import { serialToInstant } from './zone-clock';

export function referenceArgument(state: SpreadsheetState, sheetName: string, rows: number, columns: number, top = 1, left = 1): unknown {
  const sheet = state.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const values: unknown[][] = [];
  for (let r = top; r < top + rows; r++) {
    const row: unknown[] = [];
    for (let c = left; c < left + columns; c++) {
      const cell = sheet.cells.get(`${r},${c}`);
      row.push(!cell || cell.value === null ? '' : cell.isDate ? new Date(serialToInstant(cell.value as number, state.timeZone)) : cell.value);
    }
    values.push(row);
  }
  return rows === 1 && columns === 1 ? values[0]![0] : values;
}

/** The used part of a sheet (A1 to its last row and column with content) as a range argument. */
export function wholeSheetArgument(state: SpreadsheetState, sheetName: string): unknown {
  const sheet = state.sheets.find((s) => s.name === sheetName)!;
  let rows = 0;
  let columns = 0;
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    rows = Math.max(rows, r);
    columns = Math.max(columns, c);
  }
  return referenceArgument(state, sheetName, rows, columns);
}

/** Results with Dates as instants and everything else as is, comparable across realms. */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (Object.prototype.toString.call(value) === '[object Date]') return { instant: new Date((value as Date).getTime()).toISOString() };
  return value;
}
