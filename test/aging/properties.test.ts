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

  it('a total or subtotal label becomes a debtor only on a row with an invoice number or a date', () => {
    fc.assert(
      fc.property(table, (t) => {
        const read = readAging(t, {});
        const { invoice, dueDate, documentDate } = read.layout.columns;
        for (const line of read.lines) {
          if (!['TOTAL', 'Total for Acme', '合计', 'Razem', 'Percents'].includes(line.customer)) continue;
          const row = t[line.row - 1]!;
          const identified = [invoice, dueDate, documentDate].some((c) => c !== undefined && row[c] !== undefined && row[c] !== null && String(row[c]).trim() !== '');
          expect(identified).toBe(true);
        }
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

  it('money columns without a customer column are named as the problem', () => {
    const read = readAging([['Remarks', 'Due date', 'Amount'], ['C-1', '2026-03-01', 5]], {});
    expect(read.issues).toEqual([{ table: 'aging', row: 1, column: '', code: 'no-customer-column', message: expect.stringContaining('no customer column') }]);
  });

  it('a customer column without any money column is named as the problem', () => {
    const read = readAging([['Customer', 'Phone'], ['Acme', '555']], {});
    expect(read.issues[0]?.code).toBe('no-amount-column');
  });
});

/** A random hand-made invoice sheet: customers, invoice numbers, ISO due dates and amounts in cents. */
const invoices = fc.array(
  fc.record({
    customer: fc.constantFrom('Acme Ltd', 'Bolt Sp. z o.o.', '上海瑞信', 'Harlow & Sons', 'Kumar Textiles'),
    invoice: fc.stringMatching(/^[A-Z]{1,3}-\d{1,6}$/),
    due: fc.integer({ min: 20000, max: 21500 }),
    cents: fc.integer({ min: -500_000, max: 50_000_000 }),
  }),
  { minLength: 1, maxLength: 30 },
);

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function totalsOf(t: Table): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of readAging(t, {}).lines) totals.set(l.customer, (totals.get(l.customer) ?? 0) + Math.round(l.openBalance * 100));
  return totals;
}

describe('totals that do not depend on the shape of the sheet', () => {
  it('a grand total or subtotal row, in any language, never changes what customers owe', () => {
    fc.assert(
      fc.property(invoices, fc.constantFrom('TOTAL', 'Total', 'Grand total', '合计', '总计', 'Razem', 'Suma', 'Total for Acme Ltd', 'Razem: Acme Ltd'), (rows, label) => {
        const body: Cell[][] = rows.map((r) => [r.customer, r.invoice, iso(r.due), r.cents / 100]);
        const plain: Cell[][] = [['Customer', 'Invoice', 'Due date', 'Amount'], ...body];
        const sum = rows.reduce((s, r) => s + r.cents, 0) / 100;
        const withTotal: Cell[][] = [...plain, [label, '', '', sum]];
        expect(totalsOf(withTotal)).toEqual(totalsOf(plain));
        expect(readAging(withTotal, {}).layout.skippedRows).toEqual([plain.length + 1]);
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the columns does not matter', () => {
    fc.assert(
      fc.property(invoices, fc.constantFrom([0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]), (rows, order) => {
        const header = ['Customer', 'Invoice', 'Due date', 'Amount'];
        const body: Cell[][] = rows.map((r) => [r.customer, r.invoice, iso(r.due), r.cents / 100]);
        const pick = (row: Cell[]) => order.map((i) => row[i]!);
        expect(totalsOf([pick(header), ...body.map(pick)])).toEqual(totalsOf([header, ...body]));
      }),
      { numRuns: 200 },
    );
  });

  it('money written as text in any style counts the same as numbers', () => {
    fc.assert(
      fc.property(invoices, (rows) => {
        const numbers: Cell[][] = [['Customer', 'Invoice', 'Due date', 'Amount'], ...rows.map((r) => [r.customer, r.invoice, iso(r.due), r.cents / 100])];
        const styles = [(c: number) => (c < 0 ? `(${(-c / 100).toFixed(2)})` : `$${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`),
          (c: number) => `${(c / 100).toLocaleString('pl-PL', { minimumFractionDigits: 2 })} zł`];
        for (const style of styles) {
          const texts: Cell[][] = [numbers[0]!, ...rows.map((r) => [r.customer, r.invoice, iso(r.due), style(r.cents)])];
          expect(totalsOf(texts)).toEqual(totalsOf(numbers));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('pathological cells', () => {
  it('a very long note in any column is read as text, quickly and without error', () => {
    const note = `逾期${'x'.repeat(50_000)}`;
    const r = readAging([['Customer', 'Due date', 'Amount', 'Note'], [note, '2026-01-01', 5, note], [note, '', '', ''], ['Acme', note, 5, note]], {});
    expect(r.lines.map((l) => l.row)).toEqual([2]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[4, 'bad-date']]);
  });
});
