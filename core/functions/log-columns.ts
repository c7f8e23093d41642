import { callLogKeyOfHeader, type CallLogKey } from '../calllog/schema';
import type { Cell } from '../model/cell';

/** A block of neighbouring call-log columns, 0-based and inclusive, with their headers as written. */
export interface ColumnRun {
  readonly first: number;
  readonly last: number;
  readonly firstHeader: string;
  readonly lastHeader: string;
}

/**
 * The columns of a call-log header row that a function needs, as runs of neighbours, so that a
 * shell can pass exactly them (one reference per run) however the collector ordered or named the
 * columns. A needed column the log lacks is simply absent: the core reads a log without it.
 *
 * @example
 * neededRuns(['Time', 'Customer', 'Collector', 'Outcome', 'Notes'], ['time', 'customer', 'outcome'])
 * // → [{ first: 0, last: 1, … }, { first: 3, last: 3, … }]
 */
export function neededRuns(header: readonly Cell[], needed: readonly CallLogKey[]): ColumnRun[] {
  const wanted = new Set(needed);
  const runs: ColumnRun[] = [];
  header.forEach((cell, index) => {
    const key = typeof cell === 'string' ? callLogKeyOfHeader(cell) : null;
    if (!key || !wanted.has(key)) return;
    const text = String(cell);
    const open = runs[runs.length - 1];
    if (open && open.last === index - 1) runs[runs.length - 1] = { ...open, last: index, lastHeader: text };
    else runs.push({ first: index, last: index, firstHeader: text, lastHeader: text });
  });
  return runs;
}

/** The log reduced to the given runs, as the host hands it over when the formula passes only those. */
export function logColumns(log: readonly (readonly Cell[])[], runs: readonly ColumnRun[]): Cell[][] {
  return log.map((row) => runs.flatMap((r) => row.slice(r.first, r.last + 1)));
}
