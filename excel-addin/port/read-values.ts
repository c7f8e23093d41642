/// <reference types="office-js" />
import { say } from '../../core/i18n/texts';
import type { Cell, Language } from '../../core/model/cell';
import { PORT_TEXTS } from './port-texts';

/**
 * Bytes a read may bring back. "Excel on the web has a payload size limit for requests and responses
 * of 5MB" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * a fifth is left for the response's own framing and for rows longer than those measured so far.
 */
export const BYTES_PER_READ = 4_000_000;

/** Rows of the first slice, read to measure how long this block's rows are. */
const FIRST_ROWS = 500;

/**
 * The error codes Excel answers a too-large batch with (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling):
 * reading reports the response, writing the request; both are taken, since which one a large read
 * raises is not stated.
 */
const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

export interface ReadLimits {
  /** Bytes per read (tests lower it to exercise slicing). */
  readonly bytesPerRead?: number;
  /** Rows of the first, measuring slice. */
  readonly firstRows?: number;
  /** Language of the message when a single row is too large. */
  readonly language?: Language;
}

function isPayloadError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && PAYLOAD_CODES.has(String((error as { code?: unknown }).code));
}

/** UTF-8 bytes of cell values as JSON, the form they cross between Excel and the add-in in. */
export function jsonBytes(rows: readonly (readonly unknown[])[]): number {
  let total = 2;
  for (const row of rows) {
    total += 3;
    for (const cell of row) {
      if (typeof cell !== 'string') {
        total += String(cell).length + 1;
        continue;
      }
      total += 3;
      for (let i = 0; i < cell.length; i++) {
        const code = cell.charCodeAt(i);
        total += code < 0x80 ? (code === 0x22 || code === 0x5c || code < 0x20 ? 2 : 1) : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
      }
    }
  }
  return total;
}

/**
 * The values of a block, read in slices of whole rows sized by bytes, not cells: a row of notes in
 * Chinese weighs ten times a row of numbers. The first slice measures the rows; each next slice
 * holds as many rows as the longest rows seen so far allow within `bytesPerRead`. When Excel still
 * answers that the payload is too large, the same slice is read again at half the rows, down to
 * one row; a single row too large for Excel is reported, never skipped.
 */
export async function readValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  limits: ReadLimits = {},
): Promise<Cell[][]> {
  const budget = limits.bytesPerRead ?? BYTES_PER_READ;
  const rows: Cell[][] = [];
  let slice = Math.max(1, Math.min(block.rowCount, limits.firstRows ?? FIRST_ROWS));
  let bytesPerRow = 0;
  for (let start = 0; start < block.rowCount; ) {
    const count = Math.min(slice, block.rowCount - start);
    const range = sheet.getRangeByIndexes(block.rowIndex + start, block.columnIndex, count, block.columnCount);
    range.load('values');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      if (count === 1) {
        sheet.load('name');
        await context.sync();
        throw new Error(say(PORT_TEXTS.rowTooLarge, limits.language ?? 'en', { row: String(block.rowIndex + start + 1), sheet: sheet.name }), { cause: error });
      }
      slice = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const values = range.values as Cell[][];
    for (const row of values) rows.push(row);
    start += count;
    bytesPerRow = Math.max(bytesPerRow, jsonBytes(values) / Math.max(1, values.length));
    slice = Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow)));
  }
  return rows;
}
