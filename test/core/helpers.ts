import type { Cell } from '../../core/model/cell';
import { callLogHeaders } from '../../core/calllog/schema';

/** A small invoice-level aging sheet: one row per [customer, invoice, due date (ISO), amount, extra columns…]. */
export function aging(rows: (readonly [string, string, string, number, ...Cell[]])[], extraHeaders: string[] = []): Cell[][] {
  return [['Customer', 'Invoice', 'Due date', 'Amount', ...extraHeaders], ...rows.map((r) => [...r])];
}

export interface LogRow {
  time: string; // ISO instant
  customer: string;
  outcome: string;
  promisedAmount?: number;
  promisedDate?: string;
  callbackAt?: string;
  consequence?: string;
  consequenceDate?: string;
  balanceAtCall?: number;
  /** A payment plan's Instalments cell, as typed. */
  instalments?: string;
}

/** A call log in the layout the shells create. */
export function callLog(rows: LogRow[]): Cell[][] {
  return [
    callLogHeaders('en'),
    ...rows.map((r) => [
      r.time,
      r.customer,
      'Ann',
      r.outcome,
      r.promisedAmount ?? '',
      r.promisedDate ?? '',
      r.callbackAt ?? '',
      '',
      r.consequence ?? '',
      r.consequenceDate ?? '',
      r.balanceAtCall ?? '',
      '',
      r.instalments ?? '',
    ]),
  ];
}
