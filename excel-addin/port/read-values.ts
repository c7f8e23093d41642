/// <reference types="office-js" />
import type { Cell } from '../../core/model/cell';

/**
 * Cells per request. Excel on the web refuses request and response payloads above 5 MB; at about
 * 20–40 bytes a cell, 100,000 cells stay well below that.
 */
export const CELLS_PER_READ = 100_000;

/** The values of a block, read in slices of whole rows so no single response grows too large. */
export async function readValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  cellsPerRead = CELLS_PER_READ,
): Promise<Cell[][]> {
  const rowsPerRead = Math.max(1, Math.floor(cellsPerRead / Math.max(1, block.columnCount)));
  const rows: Cell[][] = [];
  for (let start = 0; start < block.rowCount; start += rowsPerRead) {
    const slice = sheet.getRangeByIndexes(block.rowIndex + start, block.columnIndex, Math.min(rowsPerRead, block.rowCount - start), block.columnCount);
    slice.load('values');
    await context.sync();
    for (const row of slice.values) rows.push(row as Cell[]);
  }
  return rows;
}
