import type { SheetState, SpreadsheetState, StoredCell } from './fake-apps-script';

/** Every stored cell of a sheet by "row,column", for before/after comparisons. */
export function cellsOf(sheet: SheetState): Record<string, StoredCell> {
  return Object.fromEntries([...sheet.cells].map(([k, v]) => [k, { ...v }]));
}

export function sheetNamed(state: SpreadsheetState, name: string): SheetState {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet named ${name}`);
  return sheet;
}

/** The values of one row, from column 1 to `width`. */
export function rowValues(sheet: SheetState, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, i) => sheet.cells.get(`${row},${i + 1}`)?.value ?? null);
}

export function lastRowOf(sheet: SheetState): number {
  let last = 0;
  for (const [k, c] of sheet.cells) if (c.value !== null || c.formula !== null) last = Math.max(last, Number(k.split(',')[0]));
  return last;
}
