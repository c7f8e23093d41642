import { describe, expect, it } from 'vitest';
import type { Cell } from '../../core/model/cell';
import { day, read } from './helpers';

const sheet = (...rows: Cell[][]) => [['Customer', 'Invoice', 'Due date', 'Amount'], ...rows];

describe('dates whose order cannot be known', () => {
  const ambiguous = sheet(['Acme', 'A-1', '03/05/2026', 100], ['Bolt', 'B-1', '04/06/2026', 200]);

  it('are reported as ambiguous, and those rows stay out of the totals', () => {
    const r = read(ambiguous);
    expect(r.layout).toMatchObject({ dateOrder: null, dateOrderFrom: 'none' });
    expect(r.lines).toEqual([]);
    expect(r.issues.map((i) => [i.row, i.column, i.code])).toEqual([[2, 'Due date', 'ambiguous-date'], [3, 'Due date', 'ambiguous-date']]);
    expect(r.issues[0]!.message).toBe('Row 2, "Due date": "03/05/2026" could be month/day or day/month. Set dateOrder (MDY or DMY) in Settings, or write the date as 2026-03-05. The row was left out of the totals.');
  });

  it('follow the dateOrder setting when there is one', () => {
    const r = read(ambiguous, { dateOrder: 'DMY' });
    expect(r.layout).toMatchObject({ dateOrder: 'DMY', dateOrderFrom: 'setting' });
    expect(r.line(2)?.dueDate).toBe(day('2026-05-03'));
    expect(r.issues).toEqual([]);
  });

  it('follow the evidence of one unambiguous date in the column', () => {
    const r = read([...ambiguous, ['Cobalt', 'C-1', '25/06/2026', 50]]);
    expect(r.layout).toMatchObject({ dateOrder: 'DMY', dateOrderFrom: 'evidence' });
    expect(r.line(2)?.dueDate).toBe(day('2026-05-03'));
  });
});

describe('unusable cells', () => {
  it('"31/02/2026" is not a date: the message says so and what to do, and the row is dropped', () => {
    const r = read(sheet(['Acme', 'A-1', '31/02/2026', 100], ['Acme', 'A-2', '2026-02-28', 50]), { dateOrder: 'DMY' });
    expect(r.total('Acme')).toBe(50);
    expect(r.issues).toEqual([
      { table: 'aging', row: 2, column: 'Due date', code: 'bad-date', message: 'Row 2, "Due date": "31/02/2026" is not a date. Use a date like 2026-02-28. The row was left out of the totals.' },
    ]);
  });

  it('a bad document date beside a good due date is ignored, the row still counts', () => {
    const r = read([['Customer', 'Invoice date', 'Due date', 'Amount'], ['Acme', 'yesterday', '2026-03-01', 100]]);
    expect(r.total('Acme')).toBe(100);
    expect(r.issues[0]).toMatchObject({ row: 2, column: 'Invoice date', code: 'bad-date' });
    expect(r.issues[0]!.message).toContain('The cell was ignored; the row still counts.');
  });

  it('an invoice row with no customer is reported, with a hint about merged cells', () => {
    const r = read(sheet(['Acme', 'A-1', '2026-03-01', 100], ['', 'A-2', '2026-03-02', 70]));
    expect(r.total('Acme')).toBe(100);
    expect(r.issues).toEqual([
      expect.objectContaining({ row: 3, column: 'Customer', code: 'missing-customer', message: 'Row 3, "Customer": the customer is empty (merged cells read as empty). Type the customer name on every invoice row. The row was left out of the totals.' }),
    ]);
  });

  it('an invoice row with no amount is reported instead of skipped quietly', () => {
    const r = read(sheet(['Acme', 'A-1', '2026-03-01', '']));
    expect(r.issues).toEqual([
      { table: 'aging', row: 2, column: 'Amount', code: 'bad-amount', message: 'Row 2, "Amount": the amount is empty. Type what is still owed (0 when paid). The row was left out of the totals.' },
    ]);
  });

  it('messages come in the user\'s language', () => {
    const rows = sheet(['Acme', 'A-1', '2026-03-01', 'abc']);
    expect(read(rows, { language: 'zh-CN' }).issues[0]!.message).toBe('第2行“Amount”：“abc”不是有效金额，请使用如 1234.50 的数字。该行未计入合计。');
    expect(read(rows, { language: 'pl' }).issues[0]!.message).toBe('Wiersz 2, „Amount”: „abc” nie jest kwotą. Użyj liczby, np. 1234,50. Wiersz pominięto w sumach.');
  });

  it('a column without a header is named by its letter', () => {
    const r = read([['Customer', 'Amount', '', 'Due date'], ['Acme', 'x', '', '2026-01-01']]);
    expect(r.issues[0]?.column).toBe('Amount');
    const noName = read([['', '', 'Due date', 'Amount', 'Invoice'], ['', '', '2026-01-01', 5, 'A-1'], ['Bolt', '', '2026-01-01', 5, 'A-2']]);
    expect(noName.issues[0]).toMatchObject({ row: 2, column: 'A', code: 'missing-customer' });
    // An unnamed column that stays empty is never the customer column: the header says what is missing.
    const empty = read([['', '', 'Due date', 'Amount', 'Invoice'], ['', '', '2026-01-01', 5, 'A-1']]);
    expect(empty.issues[0]).toMatchObject({ code: 'no-customer-column' });
  });
});

describe('rows that are not debtors', () => {
  it('a sum typed under the amount column with nothing beside it is not a debtor', () => {
    const r = read(sheet(['Acme', 'A-1', '2026-03-01', 100], ['Bolt', 'B-1', '2026-03-01', 50], ['', '', '', 150]));
    expect(r.customers()).toEqual(['Acme', 'Bolt']);
    expect(r.layout.skippedRows).toEqual([4]);
    expect(r.issues).toEqual([]);
  });

  it('a header repeated at a page break is skipped', () => {
    const r = read(sheet(['Acme', 'A-1', '2026-03-01', 100], ['Customer', 'Invoice', 'Due date', 'Amount'], ['Bolt', 'B-1', '2026-03-01', 50]));
    expect(r.customers()).toEqual(['Acme', 'Bolt']);
    expect(r.layout.skippedRows).toEqual([3]);
  });

  it('a customer called "Total Logistics" is still a customer; "Total" alone is not', () => {
    const r = read(sheet(['Total Logistics', 'T-1', '2026-03-01', 100], ['Total', '', '', 100]));
    expect(r.customers()).toEqual(['Total Logistics']);
  });
});

describe('identifiers and hosts', () => {
  it('a number in the invoice column becomes its text; a text with leading zeros stays as typed', () => {
    const r = read(sheet(['Acme', 7900770, '2026-03-01', 100], ['Acme', '0007900770', '2026-03-01', 100]));
    expect(r.lines.map((l) => l.invoice)).toEqual(['7900770', '0007900770']);
  });

  it('Google Sheets delivers dates as Date objects: read by their UTC fields', () => {
    const r = read(sheet(['Acme', 'A-1', new Date(Date.UTC(2026, 2, 5)), 100]));
    expect(r.line(2)?.dueDate).toBe(day('2026-03-05'));
  });

  it('Excel delivers serials and numbers', () => {
    const r = read(sheet(['Acme', 'A-1', 46096, 4250.5]));
    expect(r.line(2)).toMatchObject({ dueDate: day('2026-03-15'), openBalance: 4250.5 });
  });
});

describe('where ages come from', () => {
  it('from due dates when there is a due-date column', () => {
    expect(read(sheet(['Acme', 'A-1', '2026-03-01', 1])).layout.ageBasis).toBe('due-date');
  });

  it('from document dates when only those exist (the plan then assumes the default terms)', () => {
    const r = read([['Customer', 'Invoice date', 'Amount'], ['Acme', '2026-03-01', 1]]);
    expect(r.layout.ageBasis).toBe('document-date');
    expect(r.line(2)).toMatchObject({ documentDate: day('2026-03-01'), dueDate: null, statedDaysPastDue: null });
  });

  it('from the system\'s own days-past-due column when there is no due date, also written as a bucket', () => {
    const r = read([['Customer', 'Invoice date', 'Days past due', 'Amount'], ['Acme', '2026-03-01', 45, 10], ['Bolt', '2026-03-01', '31-60天', 20], ['Cobalt', '', 'late', 30]]);
    expect(r.layout.ageBasis).toBe('days-column');
    expect(r.lines.map((l) => l.statedDaysPastDue)).toEqual([45, 31, null]);
    expect(r.issues).toEqual([expect.objectContaining({ row: 4, code: 'bad-number' })]);
  });

  it('from buckets in a summary', () => {
    expect(read([['Customer', 'Current', '1-30', '31-60'], ['Acme', 1, 2, 3]]).layout.ageBasis).toBe('bucket');
  });
});

describe('invoice rows that also spread their amount over age columns', () => {
  it('are read as invoices, the age columns ignored, so nothing counts twice', () => {
    const r = read([
      ['客户名称', '发票号', '到期日', '余额', '1～30天', '31～60天', '币种'],
      ['广州明辉电子', 'F-1', '2026-10-20', 1000, 1000, '', '人民币'],
      ['广州明辉电子', 'F-2', '2026-09-20', 500, '', 500, 'cny'],
    ]);
    expect(r.layout).toMatchObject({ kind: 'invoice', buckets: [] });
    expect(r.total('广州明辉电子')).toBe(1500);
    expect(r.lines.map((l) => l.currency)).toEqual(['CNY', 'CNY']);
  });
});

describe('a Contact column beside a Customer column', () => {
  it('is the person to ask for, not a second customer column', () => {
    const r = read([['Customer', 'Contact', 'Due date', 'Amount'], ['Acme', 'Mary Smith', '2026-03-01', 100]]);
    expect(r.layout.columns).toMatchObject({ customer: 0, contact: 1 });
    expect(r.facts.get('acme')?.contact).toBe('Mary Smith');
  });
});

describe('total labels in any column', () => {
  it('a subtotal that repeats the customer name with "Total" further right is not counted again', () => {
    const r = read([['Customer', 'Note', 'Amount'], ['Acme', '', 1000], ['Acme', '', 500], ['Acme', 'Total', 1500]]);
    expect(r.total('Acme')).toBe(1500);
    expect(r.layout.skippedRows).toEqual([4]);
  });

  it('小计 written in the date column is a subtotal, not an invoice without a customer', () => {
    const r = read([['客户名称', '日期', '金额'], ['上海瑞信', '2026-10-05', 100], ['', '小计', 100]]);
    expect(r.total('上海瑞信')).toBe(100);
    expect(r.issues).toEqual([]);
    expect(r.layout.skippedRows).toEqual([3]);
  });
});
