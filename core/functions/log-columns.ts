import { callLogKeyOfHeader, type CallLogKey } from '../calllog/schema';
import type { Cell, Table } from '../model/cell';

/** A block of neighbouring call-log columns, 0-based and inclusive, with their headers as written. */
export interface ColumnRun {
  readonly first: number;
  readonly last: number;
  readonly firstHeader: string;
  readonly lastHeader: string;
  /** A column of its own, passed with repeats as row numbers (see REPEAT_MARK). */
  readonly repeats: boolean;
}

/**
 * The columns of a call-log header row that a function needs, as runs of neighbours, so that a
 * shell can pass exactly them (one reference per run) however the collector ordered or named the
 * columns. A needed column the log lacks is simply absent: the core reads a log without it. A
 * column of `repeating` is a run of its own, so that the shell can pass it with repeats as row
 * numbers.
 *
 * @example
 * neededRuns(['Time', 'Customer', 'Collector', 'Outcome', 'Notes'], ['time', 'customer', 'outcome'])
 * // → [{ first: 0, last: 1, … }, { first: 3, last: 3, … }]
 */
export function neededRuns(header: readonly Cell[], needed: readonly CallLogKey[], repeating: readonly CallLogKey[] = []): ColumnRun[] {
  const wanted = new Set(needed);
  const coded = new Set(repeating);
  const runs: ColumnRun[] = [];
  header.forEach((cell, index) => {
    const key = typeof cell === 'string' ? callLogKeyOfHeader(cell) : null;
    if (!key || !wanted.has(key)) return;
    const text = String(cell);
    const repeats = coded.has(key);
    const open = runs[runs.length - 1];
    if (open && !open.repeats && !repeats && open.last === index - 1) runs[runs.length - 1] = { ...open, last: index, lastHeader: text };
    else runs.push({ first: index, last: index, firstHeader: text, lastHeader: text, repeats });
  });
  return runs;
}

/** The log reduced to the given runs, as the host hands it over when the formula passes only those. */
export function logColumns(log: readonly (readonly Cell[])[], runs: readonly ColumnRun[]): Cell[][] {
  return log.map((row) => runs.flatMap((r) => row.slice(r.first, r.last + 1)));
}

/**
 * The mark ending the first cell of a column passed with repeats as row numbers. In such a column
 * a value seen before is passed as the number of the row (1-based, within the passed range) where
 * it first appears; a first appearance is passed as text. Set up writes the formula that does
 * this in Excel (excel-addin/port/log-reference.ts); Excel matches text without regard to case,
 * as customerKey and the outcome words do, so the plan reads the same log.
 */
export const REPEAT_MARK = '^';

/**
 * The log with every column marked by REPEAT_MARK restored to its values: row numbers back to the
 * text they stand for, the mark taken off. A table without a marked column is returned as it is.
 * A number that cannot be a row reference (not a whole number of an earlier row) is left as it is,
 * so the log reader reports it like any unreadable cell.
 *
 * @example
 * expandRepeats([['Customer^', 'Outcome'], ['Acme', 'paid'], [2, 'no answer']])
 * // → [['Customer', 'Outcome'], ['Acme', 'paid'], ['Acme', 'no answer']]
 */
export function expandRepeats(table: Table): Table {
  const first = table[0];
  if (!first) return table;
  const marked: number[] = [];
  first.forEach((cell, c) => {
    if (typeof cell === 'string' && cell.endsWith(REPEAT_MARK)) marked.push(c);
  });
  if (marked.length === 0) return table;
  const out: Cell[][] = table.map((row) => [...row]);
  for (const c of marked) {
    const head = out[0]![c] as string;
    out[0]![c] = head.slice(0, -REPEAT_MARK.length);
    for (let r = 1; r < out.length; r++) {
      const v = out[r]![c];
      // Row numbers are 1-based: row r of the array is row r + 1 of the range.
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= r) out[r]![c] = out[v - 1]![c]!;
    }
  }
  return out;
}
