import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoneyCell } from '../../core/coerce/money';
import { readAging } from '../../core/aging/read-aging';
import type { Cell, Table } from '../../core/model/cell';

const HEADER_WORDS = [
  'Customer', 'Invoice', 'Due date', 'Date', 'Amount', 'Open balance', 'Paid date', 'Days past due', 'Currency', 'Current', '1 - 30',
  '31 - 60', '91 and over', 'Older', 'Total', 'Country', 'Time zone', 'Payday', 'Disputed', 'Company size', 'Working hours',
  '客户名称', '到期日', '余额', '账龄大于90天', 'Kontrahent', 'Do zapłaty', '', 'Notes',
];
const CELL_WORDS = [
  'Acme', 'Acme', 'Bolt Ltd', 'TOTAL', 'Total for Acme', '合计', 'Razem', 'Percents', 'Current', '91 or more days past due',
  'As of November 23, 2026', '$4,250.00', '(25.00)', '1 234,56 zł', '1,234', 'abc', '03/05/2026', '13/05/2026', '2026-03-05',
  '15 Jul 2026', 'PL', 'Mars/Olympus', 'yes', 'maybe', '09:00-17:00', '42', '0007900770', '-', '',
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...CELL_WORDS),
  fc.constantFrom(...HEADER_WORDS),
  fc.string({ maxLength: 8 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: false }),
  fc.integer({ min: -100, max: 60000 }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
);

const row = fc.array(cell, { maxLength: 9 });
const headerRow = fc.shuffledSubarray(HEADER_WORDS, { minLength: 1, maxLength: 9 }) as fc.Arbitrary<Cell[]>;
const table: fc.Arbitrary<Table> = fc
  .tuple(fc.array(row, { maxLength: 4 }), fc.option(headerRow, { nil: undefined }), fc.array(row, { maxLength: 25 }))
  .map(([title, header, body]) => (header ? [...title, header, ...body] : [...title, ...body]));

/** The most money a sheet can hold: every cell that reads as an amount, counted once. */
function moneyInCells(t: Table): number {
  let cents = 0;
  for (const r of t) for (const c of r) {
    const m = parseMoneyCell(c);
    if (m?.ok) cents += Math.abs(Math.round(m.value * 100));
  }
  return cents;
}

describe('readAging on any table', () => {
  it('never throws, and never reports more money than the sheet holds', () => {
    fc.assert(
      fc.property(table, (t) => {
        const read = readAging(t, {});
        const reported = read.lines.reduce((s, l) => s + Math.abs(Math.round(l.openBalance * 100)), 0);
        expect(reported).toBeLessThanOrEqual(moneyInCells(t));
        for (const line of read.lines) {
          expect(line.row).toBeGreaterThan(read.layout.headerRow);
          expect(line.customer.trim()).not.toBe('');
          expect(Number.isFinite(line.openBalance)).toBe(true);
        }
        for (const issue of read.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('no total or subtotal label ever becomes a debtor', () => {
    fc.assert(
      fc.property(table, (t) => {
        const customers = readAging(t, {}).lines.map((l) => l.customer);
        for (const label of ['TOTAL', 'Total for Acme', '合计', 'Razem', 'Percents']) expect(customers).not.toContain(label);
      }),
      { numRuns: 800 },
    );
  });

  it('survives what is not a table at all', () => {
    for (const junk of [null, undefined, 42, 'text', [null], [[undefined]], [{}], [[{}]], [[Symbol.iterator.toString()]]]) {
      const read = readAging(junk as unknown as Table, {});
      expect(read.lines).toEqual([]);
      expect(read.issues[0]?.code).toBe('no-header');
    }
  });

  it('a sheet with no header says so, in the user\'s language', () => {
    const read = readAging([['hello'], ['world']], { language: 'pl' });
    expect(read.issues).toEqual([{ table: 'aging', row: 1, column: '', code: 'no-header', message: expect.stringContaining('W pierwszych 30 wierszach') }]);
  });

  it('a customer column without any money column is named as the problem', () => {
    const read = readAging([['Customer', 'Phone'], ['Acme', '555']], {});
    expect(read.issues[0]?.code).toBe('no-amount-column');
  });
});
