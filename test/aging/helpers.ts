import { readAging } from '../../core/aging/read-aging';
import type { AgingReadOptions } from '../../core/aging/types';
import type { Table } from '../../core/model/cell';
import { epochDay } from '../../core/model/day';

/** Reads a sheet and offers the questions a reviewer asks of it. */
export function read(table: Table, options: AgingReadOptions = {}) {
  const result = readAging(table, options);
  const open = result.lines.filter((l) => l.settledDate === null);
  return {
    ...result,
    /** What the customer still owes, summed in cents. */
    total: (customer: string) => Math.round(open.filter((l) => l.customer === customer).reduce((s, l) => s + l.openBalance * 100, 0)) / 100,
    /** Customers in order of first appearance. */
    customers: () => [...new Set(result.lines.map((l) => l.customer))],
    rowsOf: (customer: string) => result.lines.filter((l) => l.customer === customer).map((l) => l.row),
    line: (row: number) => result.lines.find((l) => l.row === row),
    issueAt: (row: number) => result.issues.filter((i) => i.row === row),
    grandTotal: () => Math.round(open.reduce((s, l) => s + l.openBalance * 100, 0)) / 100,
  };
}

export const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return epochDay(y!, m!, d!);
};
