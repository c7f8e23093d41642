import { describe, expect, it } from 'vitest';
import { isTotalLabel } from '../../core/aging/row-labels';
import { read } from './helpers';

describe('total rows are known by their shape', () => {
  it('a firm called Razem or Suma is a firm; "Razem: name" and "Total for name" are totals', () => {
    expect(['Razem Sp. z o.o.', 'Suma GmbH', 'Total Ltd', 'Razem: Kowalski Sp. z o.o.', 'Razem', 'Total for Acme Inc'].map(isTotalLabel))
      .toEqual([false, false, false, true, true, true]);
  });

  it('an invoice row is an invoice whatever its customer is called', () => {
    const r = read([['Customer', 'Invoice', 'Due date', 'Amount'], ['TOTAL', 'A-1', '2026-10-01', 50], ['Razem', 'A-2', '2026-10-01', 70]]);
    expect(r.customers()).toEqual(['TOTAL', 'Razem']);
    expect(r.grandTotal()).toBe(120);
  });

  it('a labelled total that does not add up is reported, not lost in silence', () => {
    const r = read([['Customer', 'Due date', 'Amount'], ['Acme', '2026-10-01', 50], ['Bolt', '2026-10-01', 70], ['Total', '', 999]]);
    expect(r.issueAt(4).map((i) => i.code)).toEqual(['total-mismatch']);
    expect(r.issueAt(4)[0]?.message).toContain('120');
  });

  it('customer subtotals add up to a section total, and sections to the grand total', () => {
    const r = read([
      ['Customer', 'Due date', 'Amount'],
      ['Acme', '2026-10-01', 50], ['Acme Total', '', 50], ['Bolt', '2026-10-01', 70], ['Bolt Total', '', 70], ['Subtotal', '', 120],
      ['Cyan', '2026-10-01', 5], ['Cyan Total', '', 5], ['TOTAL', '', 125],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.grandTotal()).toBe(125);
  });

  it('a summary row of sums with no name is a total only when it adds up', () => {
    const sheet = [['Customer', 'Current', '1 - 30', '31 - 60'], ['Acme', 100, 50, ''], ['Bolt', '', 25, 25], ['', 100, 75, 25], ['', 1, 2, 3]];
    const r = read(sheet);
    expect(r.layout.skippedRows).toContain(4);
    expect(r.issueAt(5).map((i) => i.code)).toEqual(['unlabelled-sum']);
  });
});
