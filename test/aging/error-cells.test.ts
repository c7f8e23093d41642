import { describe, expect, it } from 'vitest';
import { ERROR_LITERALS, isErrorCell } from '../../core/model/cell';
import { read } from './helpers';

describe('spreadsheet error values in the aging sheet', () => {
  it('knows every error literal of Excel and Sheets, and nothing else', () => {
    for (const e of ERROR_LITERALS) expect(isErrorCell(e), e).toBe(true);
    expect(isErrorCell(' #n/a ')).toBe(true);
    for (const v of ['#', 'N/A', '#1', 'Invoice #123', '#N/A trailing', 0, null, '']) expect(isErrorCell(v as never), String(v)).toBe(false);
  });

  it.each(ERROR_LITERALS.map((e) => [e]))('%s in the customer, money or due date column: that row\'s issue, the rest is read', (error) => {
    for (const column of [0, 1, 2]) {
      const row: (string | number)[] = ['Acme', '2026-10-01', 100];
      row[column] = error;
      const r = read([['Customer', 'Due date', 'Amount'], row, ['Bolt', '2026-10-02', 50]]);
      expect(r.issueAt(2).map((i) => i.code)).toEqual(['error-cell']);
      expect(r.issueAt(2)[0]!.message).toContain(error);
      expect(r.issueAt(2)[0]!.message).toContain(['Customer', 'Due date', 'Amount'][column]!);
      expect(r.lines.map((l) => l.row)).toEqual([3]);
    }
  });

  it('in an optional column the cell is reported and ignored; the row still counts', () => {
    const r = read([['Customer', 'Due date', 'Amount', 'Phone', 'Paid date'], ['Acme', '2026-10-01', 100, '#REF!', '#N/A']]);
    expect(r.issueAt(2).map((i) => [i.column, i.code])).toEqual([['Phone', 'error-cell'], ['Paid date', 'error-cell']]);
    expect(r.total('Acme')).toBe(100);
    expect(r.facts.get('acme')?.phone).toBeNull();
  });

  it('in a column the reader does not use it is no concern', () => {
    const r = read([['Customer', 'Due date', 'Amount', 'Notes'], ['Acme', '2026-10-01', 100, '#DIV/0!']]);
    expect(r.issues).toEqual([]);
    expect(r.total('Acme')).toBe(100);
  });

  it('in a bucket of a summary the row is reported and left out', () => {
    const r = read([['Customer', 'Current', '1 - 30', '31 - 60'], ['Acme', 100, '#VALUE!', ''], ['Bolt', 10, 20, 30]]);
    expect(r.issueAt(2).map((i) => i.code)).toEqual(['error-cell']);
    expect(r.total('Bolt')).toBe(60);
    expect(r.customers()).toEqual(['Bolt']);
  });

  it('messages exist in the three languages', () => {
    for (const language of ['en', 'zh-CN', 'pl'] as const) {
      const r = read([['Customer', 'Due date', 'Amount'], ['Acme', '2026-10-01', '#N/A']], { language });
      expect(r.issues[0]!.message).toContain('#N/A');
      expect(r.issues[0]!.message).toContain('2');
    }
  });
});
