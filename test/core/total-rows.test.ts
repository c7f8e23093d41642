import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';

const AS_OF = new Date('2026-11-23T09:00:00Z');
const balances = (sheet: unknown[][]) =>
  Object.fromEntries(planCalls({ aging: sheet as never, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: AS_OF }).debtors.map((d) => [d.customer, d.balance]));

/** A total row restates money already counted: counting it would double a debtor or invent one. */
describe('total rows are never debts', () => {
  test('"Total" in the customer column, first column', () => {
    expect(balances([['Customer', 'Invoice', 'Due date', 'Amount'], ['Acme', 'A-1', '2026-10-01', 100], ['Acme', 'A-2', '2026-10-05', 200], ['Total', '', '', 300]])).toEqual({ Acme: 300 });
  });
  test('"Total" in the customer column when the invoice column comes first and is empty', () => {
    expect(balances([['Invoice', 'Customer', 'Due date', 'Amount'], ['A-1', 'Acme', '2026-10-01', 100], ['', 'Total', '', 100], ['B-1', 'Bolt', '2026-10-01', 50]])).toEqual({ Acme: 100, Bolt: 50 });
    // A total row that carries a date (the report's) and no invoice number.
    expect(balances([['Invoice', 'Customer', 'Due date', 'Amount'], ['A-1', 'Acme', '2026-10-01', 100], ['', 'Total', '2026-10-31', 100]])).toEqual({ Acme: 100 });
    expect(balances([['Invoice', 'Customer', 'Due date', 'Amount'], ['A-1', 'Acme', '2026-10-01', 100], ['', '总计', '2026-10-31', 100]])).toEqual({ Acme: 100 });
  });
  test('"Total" in the invoice column of a customer’s last row', () => {
    expect(balances([['Customer', 'Invoice', 'Due date', 'Amount'], ['Acme', 'A-1', '2026-10-01', 100], ['Acme', 'A-2', '2026-10-05', 200], ['Acme', 'Total', '', 300]])).toEqual({ Acme: 300 });
    expect(balances([['Customer', 'Invoice', 'Due date', 'Amount'], ['Acme', 'A-1', '2026-10-01', 100], ['Acme', '合计', '', 100]])).toEqual({ Acme: 100 });
    expect(balances([['Customer', 'Invoice', 'Due date', 'Amount'], ['Acme', 'A-1', '2026-10-01', 100], ['Acme', 'Razem:', '', 100]])).toEqual({ Acme: 100 });
  });
  test('"Total" in the customer column of a bucket summary', () => {
    expect(balances([['Customer', 'Current', '1-30', '31-60', 'Total'], ['Acme', 0, 100, 50, 150], ['Bolt', 0, 10, 0, 10], ['Total', 0, 110, 50, 160]])).toEqual({ Acme: 150, Bolt: 10 });
    expect(balances([['Customer', 'Current', '1-30', '31-60', 'Total'], ['Acme', 0, 100, 50, 150], ['Grand Total', 0, 100, 50, 150]])).toEqual({ Acme: 150 });
  });
  test('a customer whose name starts with Total is a customer', () => {
    expect(balances([['Customer', 'Invoice', 'Due date', 'Amount'], ['Total Logistics', 'T-1', '2026-10-01', 100]])).toEqual({ 'Total Logistics': 100 });
  });
});
