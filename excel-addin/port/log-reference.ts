import { REPEAT_MARK, type ColumnRun } from '../../core/functions/log-columns';
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
 * One column with every value seen before replaced by the row number of its first appearance (the
 * encoding core/functions/log-columns.ts restores): a customer called fifty times is passed once by
 * name and 49 times as a number of a few digits. XMATCH finds the first appearance (exact match,
 * no wildcards, case ignored); a first appearance is passed as text, so that a customer kept as a
 * number is never read as a row number; blanks stay blank; the first cell carries the mark.
 */
export function repeatsAsRowNumbers(column: string): string {
  return `LET(x,${column},k,SEQUENCE(ROWS(x)),m,IFERROR(XMATCH(x,x),k),IF(k=1,x&"${REPEAT_MARK}",IF(x="","",IF(m=k,x&"",m))))`;
}

/**
 * The call log as a formula argument holding only the given runs of columns, header row included:
 * `CallLog[[#All],[Time]:[Customer]]` for one run of a table, `HSTACK(…)` of several. A table's
 * references follow its columns by name, so they survive reordering and renaming of others.
 */
export function tableLogReference(table: string, runs: readonly ColumnRun[]): string | null {
  if (runs.length === 0) return null;
  return join(
    runs.map((r) => {
      const ref = `${table}[[#All],${structuredColumn(r.firstHeader)}${r.first === r.last ? '' : `:${structuredColumn(r.lastHeader)}`}]`;
      return r.repeats ? repeatsAsRowNumbers(ref) : ref;
    }),
  );
}

/** The same for a log kept as a plain range: one block of rows per run, from the header row down. */
export function rangeLogReference(sheet: string, block: { rowIndex: number; columnIndex: number; rowCount: number }, runs: readonly ColumnRun[]): string | null {
  if (runs.length === 0) return null;
  return join(
    runs.map((r) => {
      const ref = `${sheetRef(sheet)}${blockAddress(block.rowIndex, block.columnIndex + r.first, block.rowCount, r.last - r.first + 1)}`;
      return r.repeats ? repeatsAsRowNumbers(ref) : ref;
    }),
  );
}
