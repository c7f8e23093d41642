import type { ColumnRun } from '../../core/functions/log-columns';
import { blockAddress, sheetRef } from './workbook-names';

/**
 * A column name inside a structured reference. The apostrophe escapes the characters that have a
 * meaning there: `[`, `]`, `#`, `'` and `@` ("Use structured references with Excel tables",
 * https://support.microsoft.com/office/use-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 */
export function structuredColumn(header: string): string {
  return `[${header.replace(/['[\]#@]/g, (c) => `'${c}`)}]`;
}

function join(parts: readonly string[]): string {
  // HSTACK (Excel for Microsoft 365 and Excel on the web, as the shared runtime itself) lines the
  // runs up side by side in one array, which a range argument of a custom function accepts.
  return parts.length === 1 ? parts[0]! : `HSTACK(${parts.join(',')})`;
}

/**
 * The call log as a formula argument holding only the given runs of columns, header row included:
 * `CallLog[[#All],[Time]:[Customer]]` for one run of a table, `HSTACK(…)` of several. A table's
 * references follow its columns by name, so they survive reordering and renaming of others.
 */
export function tableLogReference(table: string, runs: readonly ColumnRun[]): string | null {
  if (runs.length === 0) return null;
  return join(runs.map((r) => `${table}[[#All],${structuredColumn(r.firstHeader)}${r.first === r.last ? '' : `:${structuredColumn(r.lastHeader)}`}]`));
}

/** The same for a log kept as a plain range: one block of rows per run, from the header row down. */
export function rangeLogReference(sheet: string, block: { rowIndex: number; columnIndex: number; rowCount: number }, runs: readonly ColumnRun[]): string | null {
  if (runs.length === 0) return null;
  return join(runs.map((r) => `${sheetRef(sheet)}${blockAddress(block.rowIndex, block.columnIndex + r.first, block.rowCount, r.last - r.first + 1)}`));
}
