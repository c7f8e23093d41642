import { describe, expect, it } from 'vitest';
import { readAging } from '../../core/aging/read-aging';

describe('when the header falls short, the message names what was found and what is missing', () => {
  it('names the header cells and the missing customer column', () => {
    const read = readAging([['Report', '', ''], ['Remarks', 'Due date', 'Amount'], ['x1', '2026-03-01', 5]]);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ row: 2, code: 'no-customer-column' });
    expect(read.issues[0]!.message).toContain('Row 2 reads as the header ("Remarks", "Due date", "Amount")');
    expect(read.issues[0]!.message).toContain('found "Due date", "Amount"; no customer column');
  });

  it('names the missing money column', () => {
    const read = readAging([['Customer', 'Phone', 'Notes'], ['Acme', '555', '']], { language: 'pl' });
    expect(read.issues[0]).toMatchObject({ row: 1, code: 'no-amount-column' });
    expect(read.issues[0]!.message).toContain('rozpoznano "Customer"');
  });

  it('a row that plainly is a header but names nothing we know is quoted, not called missing', () => {
    const read = readAging([['Foo', 'Bar', 'Baz'], ['a', 'b', 'c']], { language: 'zh-CN' });
    expect(read.issues[0]).toMatchObject({ row: 1, code: 'no-header' });
    expect(read.issues[0]!.message).toContain('第1行最像表头（"Foo", "Bar", "Baz"）');
  });

  it('a header with money but no date at all is read, with one note that ages are unknown', () => {
    const read = readAging([['Customer', 'Balance'], ['Acme', 100]]);
    expect(read.lines).toHaveLength(1);
    expect(read.issues.map((i) => [i.row, i.code])).toEqual([[1, 'no-age-column']]);
    expect(read.issues[0]!.message).toContain('found "Customer", "Balance"; no due date, invoice date or days-past-due column');
  });
});
