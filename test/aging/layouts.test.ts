import { describe, expect, it } from 'vitest';
import { chineseDetail } from '../fixtures/aging/chinese-detail';
import { chineseSummary, chineseSummaryOverdue } from '../fixtures/aging/chinese-summary';
import { handMade } from '../fixtures/aging/hand-made';
import { odoo } from '../fixtures/aging/odoo';
import { polish, polishSummary } from '../fixtures/aging/polish';
import { quickbooksByCustomer } from '../fixtures/aging/quickbooks-by-customer';
import { quickbooksDesktop } from '../fixtures/aging/quickbooks-desktop';
import { quickbooksDetail } from '../fixtures/aging/quickbooks-detail';
import { quickbooksSummary } from '../fixtures/aging/quickbooks-summary';
import { sage } from '../fixtures/aging/sage';
import { xeroInvoices } from '../fixtures/aging/xero-invoices';
import { xeroSummary } from '../fixtures/aging/xero-summary';
import { zoho } from '../fixtures/aging/zoho';
import { day, read } from './helpers';

describe('QuickBooks Online A/R Aging Detail', () => {
  const sheet = read(quickbooksDetail);

  it('finds the header under the title block and knows the report', () => {
    expect(sheet.layout).toMatchObject({ kind: 'invoice', source: 'quickbooks-detail', headerRow: 5, ageBasis: 'due-date' });
    expect(sheet.layout.reportAsOf).toBe(day('2026-11-23'));
  });

  it('reads month-first dates because 10/31/2026 proves the order', () => {
    expect(sheet.layout).toMatchObject({ dateOrder: 'MDY', dateOrderFrom: 'evidence' });
    expect(sheet.line(10)?.dueDate).toBe(day('2026-10-31'));
  });

  it('counts each invoice once and the credit memo against it', () => {
    expect(sheet.customers()).toEqual(['Blue Harbor Cafe', 'Granite Peak Builders', 'Harlow & Sons']);
    expect(sheet.total('Granite Peak Builders')).toBe(4250 - 25);
    expect(sheet.total('Blue Harbor Cafe')).toBe(1200);
    expect(sheet.grandTotal()).toBe(15225);
    expect(sheet.line(11)).toMatchObject({ openBalance: -25, amount: -25, invoice: '1039' });
  });

  it('a QuickBooks TOTAL row never becomes a debtor', () => {
    expect(sheet.customers()).not.toContain('TOTAL');
    expect(sheet.layout.skippedRows).toContain(16);
  });

  it('skips the bucket sections, their totals, the blank line and the timestamp footer', () => {
    expect(sheet.layout.skippedRows).toEqual([6, 8, 9, 12, 13, 15, 16, 17, 18]);
    expect(sheet.issues).toEqual([]);
  });

  it('keeps invoice numbers as text, leading zeros included', () => {
    expect(sheet.line(14)?.invoice).toBe('0007900770');
  });
});

describe('QuickBooks detail grouped by customer (xlsx, serial dates)', () => {
  const sheet = read(quickbooksByCustomer);

  it('reads names from the group rows above the invoices', () => {
    expect(sheet.layout.columns.customer).toBe(0);
    expect(sheet.rowsOf('Blue Harbor Cafe')).toEqual([7, 8]);
    expect(sheet.rowsOf('Granite Peak Builders')).toEqual([11, 12, 13]);
  });

  it('totals each customer from its own lines, never from "Total for …"', () => {
    expect(sheet.total('Blue Harbor Cafe')).toBe(640 + 1200);
    expect(sheet.total('Granite Peak Builders')).toBe(4250 - 25 - 300);
    expect(sheet.customers()).toHaveLength(2);
    expect(sheet.layout.skippedRows).toEqual([6, 9, 10, 14, 15, 16, 17]);
    expect(sheet.issues).toEqual([]);
  });

  it('turns numeric invoice numbers and serial dates into text and days', () => {
    expect(sheet.line(7)).toMatchObject({ invoice: '1012', documentDate: day('2026-09-01'), dueDate: day('2026-10-01') });
  });
});

describe('QuickBooks Desktop A/R Aging Detail', () => {
  const sheet = read(quickbooksDesktop);

  it('closes each customer at "Total <name>", even for a customer whose name starts with Total', () => {
    expect(sheet.customers()).toEqual(['Total Logistics', 'Lakeside Dental']);
    expect(sheet.total('Total Logistics')).toBe(1500);
    expect(sheet.total('Lakeside Dental')).toBe(880 - 80);
    expect(sheet.layout.skippedRows).toEqual([2, 4, 5, 8, 9]);
    expect(sheet.issues).toEqual([]);
  });

  it('ages by the due date although an Aging column is present', () => {
    expect(sheet.layout).toMatchObject({ kind: 'invoice', ageBasis: 'due-date', columns: { customer: 0, dueDate: 4, daysPastDue: 5, openBalance: 6 } });
    expect(sheet.line(3)).toMatchObject({ invoice: '2041', dueDate: day('2026-10-01'), statedDaysPastDue: null });
  });
});

describe('QuickBooks Online A/R Aging Summary', () => {
  const sheet = read(quickbooksSummary);

  it('is a bucket summary with names in the unnamed first column', () => {
    expect(sheet.layout).toMatchObject({ kind: 'bucket-summary', source: 'quickbooks-summary', ageBasis: 'bucket', headerRow: 5 });
    expect(sheet.layout.buckets.map((b) => [b.fromDays, b.toDays])).toEqual([[-30, 0], [1, 30], [31, 60], [61, 90], [91, null]]);
  });

  it('gives one line per non-empty bucket, aged by the bucket lower bound', () => {
    expect(sheet.total('Blue Harbor Cafe')).toBe(1200 + 640);
    expect(sheet.rowsOf('Blue Harbor Cafe')).toEqual([6, 6]);
    expect(sheet.lines.filter((l) => l.customer === 'Harlow & Sons').map((l) => l.statedDaysPastDue)).toEqual([91]);
    expect(sheet.grandTotal()).toBe(1840 + 3925 + 9800 + 150);
  });

  it('reports a row whose Total disagrees with its buckets and uses the buckets', () => {
    expect(sheet.total('Lakeside Dental')).toBe(150);
    expect(sheet.issues).toHaveLength(1);
    expect(sheet.issues[0]).toMatchObject({ row: 9, column: 'Total', code: 'total-mismatch' });
    expect(sheet.issues[0]!.message).toBe('Row 9, "Total": the buckets add up to 150 but the row total says 160.00. The buckets were used; check the row.');
  });

  it('skips TOTAL and the footer', () => {
    expect(sheet.customers()).toEqual(['Blue Harbor Cafe', 'Granite Peak Builders', 'Harlow & Sons', 'Lakeside Dental']);
    expect(sheet.layout.skippedRows).toEqual([10, 11, 12]);
  });
});

describe('Xero Aged Receivables Summary', () => {
  const sheet = read(xeroSummary);

  it('reads month buckets: < 1 Month is 1–30 days, 1 Month 31–60, Older beyond 3 Months', () => {
    expect(sheet.layout).toMatchObject({ kind: 'bucket-summary', source: 'xero-summary', headerRow: 5 });
    expect(sheet.layout.buckets.map((b) => [b.header, b.fromDays, b.toDays])).toEqual([
      ['Current', -30, 0], ['< 1 Month', 1, 30], ['1 Month', 31, 60], ['2 Months', 61, 90], ['3 Months', 91, 120], ['Older', 121, null],
    ]);
    expect(sheet.layout.reportAsOf).toBe(day('2026-11-30'));
  });

  it('takes empty buckets as zero and checks the Total column', () => {
    expect(sheet.total('City Agency')).toBe(1200.5 + 300);
    expect(sheet.total('Marine Systems')).toBe(2000 + 750);
    expect(sheet.total('Ridgeway University')).toBe(0);
    expect(sheet.issues).toEqual([]);
  });

  it('skips the Total and Percentage of total rows', () => {
    expect(sheet.layout.skippedRows).toEqual([10, 11]);
    expect(sheet.grandTotal()).toBe(4770.5);
  });
});

describe('Xero invoice export', () => {
  const sheet = read(xeroInvoices);

  it('is invoice detail with text dates like 15 Jul 2026', () => {
    expect(sheet.layout).toMatchObject({ kind: 'invoice', source: 'xero-invoices', ageBasis: 'due-date' });
    expect(sheet.line(2)).toMatchObject({ invoice: 'INV-0041', documentDate: day('2026-07-15'), dueDate: day('2026-08-14'), currency: 'NZD' });
  });

  it('counts an invoice repeated on each of its line items once', () => {
    expect(sheet.rowsOf('City Agency')).toEqual([2]);
    expect(sheet.layout.skippedRows).toEqual([3]);
    expect(sheet.total('City Agency')).toBe(1150);
  });

  it('owes the amount due, not the invoice total; a paid invoice owes nothing', () => {
    expect(sheet.total('Marine Systems')).toBe(1300);
    expect(sheet.line(5)).toMatchObject({ amount: 575, openBalance: 0 });
  });

  it('a credit note lowers what the customer owes', () => {
    expect(sheet.total('Bayside Club')).toBe(920 - 115);
    expect(sheet.issues).toEqual([]);
  });
});

describe('Odoo Aged Partner Balance', () => {
  const sheet = read(odoo);

  it('reads Age ≤ N d. columns as consecutive ranges and Residual as the row total', () => {
    expect(sheet.layout).toMatchObject({ kind: 'bucket-summary', source: 'odoo', headerRow: 4 });
    expect(sheet.layout.columns.total).toBe(1);
    expect(sheet.layout.buckets.map((b) => [b.fromDays, b.toDays])).toEqual([[-30, 0], [1, 30], [31, 60], [61, 90], [91, 120], [121, null]]);
  });

  it('adds a partner across account blocks and skips block totals, the grand total and Percents', () => {
    expect(sheet.total('Deco Addict')).toBe(4000 + 4120.4 + 300);
    expect(sheet.rowsOf('Deco Addict')).toEqual([7, 7, 10]);
    expect(sheet.total('Azure Interior')).toBe(1000 + 1550);
    expect(sheet.total('Gemini Furniture')).toBe(95);
    expect(sheet.layout.skippedRows).toEqual([5, 8, 9, 12, 13, 14]);
    expect(sheet.grandTotal()).toBe(11065.4);
    expect(sheet.issues).toEqual([]);
  });
});

describe('Sage 50 Aged Debtors', () => {
  const sheet = read(sage);

  it('takes Name as the customer, Balance as the row total and Period N as the N-th month overdue', () => {
    expect(sheet.layout).toMatchObject({ kind: 'bucket-summary', source: 'sage', headerRow: 3 });
    expect(sheet.layout.columns).toMatchObject({ customer: 1, total: 4 });
    expect(sheet.layout.buckets.map((b) => [b.header, b.fromDays, b.toDays])).toEqual([
      ['Future', -30, 0], ['Current', -30, 0], ['Period 1', 1, 30], ['Period 2', 31, 60], ['Period 3', 61, 90], ['Older', 91, null],
    ]);
  });

  it('sums each account and skips the Totals line whose label sits in another column', () => {
    expect(sheet.total('Abbey Retail')).toBe(600 + 1200);
    expect(sheet.total('Bristol Joinery')).toBe(250 + 700 + 1500);
    expect(sheet.layout.skippedRows).toEqual([6]);
    expect(sheet.issues).toEqual([]);
  });
});

describe('Zoho Books AR Aging Summary', () => {
  const sheet = read(zoho);

  it('reads 15-day intervals and > 45 Days', () => {
    expect(sheet.layout).toMatchObject({ kind: 'bucket-summary', source: 'zoho' });
    expect(sheet.layout.buckets.map((b) => [b.fromDays, b.toDays])).toEqual([[-30, 0], [1, 15], [16, 30], [31, 45], [46, null]]);
    expect(sheet.layout.reportAsOf).toBe(day('2026-11-23'));
  });

  it('zero buckets make no lines', () => {
    expect(sheet.lines.filter((l) => l.customer === 'Ashwin Traders')).toHaveLength(1);
    expect(sheet.total('Kumar Textiles')).toBe(1200 + 300 + 2200);
    expect(sheet.layout.skippedRows).toEqual([7]);
    expect(sheet.issues).toEqual([]);
  });
});

describe('Chinese invoice list (Kingdee/Yonyou style)', () => {
  const sheet = read(chineseDetail, { language: 'zh-CN' });

  it('recognises 客户名称, 发票号, 到期日, 金额 and 余额', () => {
    expect(sheet.layout).toMatchObject({ kind: 'invoice', source: 'chinese', headerRow: 3, ageBasis: 'due-date' });
    expect(sheet.layout.columns).toMatchObject({ customer: 0, invoice: 1, documentDate: 2, dueDate: 3, amount: 4, openBalance: 5, currency: 6 });
    expect(sheet.layout.reportAsOf).toBe(day('2026-11-23'));
  });

  it('reads 2026年8月20日 and 2026/10/5 and both yen signs as renminbi', () => {
    expect(sheet.line(4)).toMatchObject({ documentDate: day('2026-08-20'), dueDate: day('2026-09-19'), amount: 12000, openBalance: 8000, currency: 'CNY' });
    expect(sheet.line(5)).toMatchObject({ dueDate: day('2026-11-04'), openBalance: 3500.5 });
  });

  it('skips 小计 and 合计 and reports 2月30日 in Chinese', () => {
    expect(sheet.total('上海瑞信贸易有限公司')).toBe(8000 + 3500.5);
    expect(sheet.total('北京华通科技')).toBe(6800);
    expect(sheet.layout.skippedRows).toEqual([6, 9]);
    expect(sheet.issues).toEqual([
      { table: 'aging', row: 8, column: '到期日', code: 'bad-date', message: '第8行“到期日”：“2026-02-30”不是有效日期，请使用如 2026-02-28 的日期。该行未计入合计。' },
    ]);
  });
});

describe('Chinese aging summaries', () => {
  it('reads 往来单位, 当期余额 and the bucket columns 未到期, 1～30天, 账龄大于90天', () => {
    const sheet = read(chineseSummary);
    expect(sheet.layout).toMatchObject({ kind: 'bucket-summary', source: 'chinese', headerRow: 3 });
    expect(sheet.layout.buckets.map((b) => [b.fromDays, b.toDays])).toEqual([[-30, 0], [1, 30], [31, 60], [61, 90], [91, null]]);
    expect(sheet.layout.reportAsOf).toBe(day('2026-11-30'));
    expect(sheet.total('广州明辉电子')).toBe(5000 + 10000);
    expect(sheet.total('深圳恒达物流')).toBe(6000 + 20000);
    expect(sheet.layout.skippedRows).toEqual([6]);
    expect(sheet.issues).toEqual([]);
  });

  it('reads 已到期(1-30天) columns and skips 合计', () => {
    const sheet = read(chineseSummaryOverdue);
    expect(sheet.layout.buckets.map((b) => [b.fromDays, b.toDays])).toEqual([[-30, 0], [1, 30], [31, 60], [61, 90], [91, null]]);
    expect(sheet.total('杭州青禾食品')).toBe(3000);
    expect(sheet.customers()).toEqual(['杭州青禾食品']);
    expect(sheet.layout.skippedRows).toEqual([3]);
    expect(sheet.issues).toEqual([]);
  });
});

describe('Polish receivables (Comarch Optima style)', () => {
  const sheet = read(polish, { language: 'pl' });

  it('recognises Kontrahent, Nr faktury, Data wystawienia, Termin płatności, Kwota, Do zapłaty, Dni po terminie', () => {
    expect(sheet.layout).toMatchObject({ kind: 'invoice', source: 'polish', headerRow: 3, ageBasis: 'due-date' });
    expect(sheet.layout.columns).toMatchObject({ customer: 0, invoice: 1, documentDate: 2, dueDate: 3, amount: 4, openBalance: 5, daysPastDue: 6 });
    expect(sheet.layout.reportAsOf).toBe(day('2026-11-23'));
  });

  it('reads dotted dates day first and amounts with (narrow) no-break spaces and decimal commas', () => {
    expect(sheet.line(4)).toMatchObject({ documentDate: day('2026-10-10'), dueDate: day('2026-11-09'), openBalance: 5000, currency: 'PLN' });
    expect(sheet.line(5)).toMatchObject({ amount: 2500, openBalance: 1234.56 });
    expect(sheet.line(7)?.openBalance).toBe(1234.5);
  });

  it('skips the Razem lines and the Suma, and counts the correcting invoice', () => {
    expect(sheet.total('Kowalski Sp. z o.o.')).toBe(6234.56); // 5 000,00 + 1 234,56, summed in cents
    expect(sheet.total('Nowak i Wspólnicy s.c.')).toBe(1234.5 - 100);
    expect(sheet.layout.skippedRows).toEqual([6, 10, 11]);
  });

  it('reports "sto złotych" in Polish and leaves that invoice out', () => {
    expect(sheet.rowsOf('Nowak i Wspólnicy s.c.')).toEqual([7, 8]);
    expect(sheet.issues).toEqual([
      {
        table: 'aging', row: 9, column: 'Do zapłaty', code: 'bad-amount',
        message: 'Wiersz 9, „Do zapłaty”: „sto złotych” nie jest kwotą. Użyj liczby, np. 1234,50. Wiersz pominięto w sumach.',
      },
    ]);
  });
});

describe('Polish aging summary', () => {
  const sheet = read(polishSummary, { language: 'pl' });

  it('reads nieprzeterminowane, 1-30 dni … powyżej 90 dni, with Saldo as the row total', () => {
    expect(sheet.layout).toMatchObject({ kind: 'bucket-summary', source: 'polish', headerRow: 2 });
    expect(sheet.layout.columns.total).toBe(1);
    expect(sheet.layout.buckets.map((b) => [b.fromDays, b.toDays])).toEqual([[-30, 0], [1, 30], [31, 60], [61, 90], [91, null]]);
    expect(sheet.layout.reportAsOf).toBe(day('2026-11-30'));
  });

  it('sums each contractor, a credit included, and skips Razem', () => {
    expect(sheet.total('Kowalski Sp. z o.o.')).toBe(2500 + 5000);
    expect(sheet.total('Nowak i Wspólnicy s.c.')).toBe(1234.5 - 100);
    expect(sheet.layout.skippedRows).toEqual([5]);
    expect(sheet.issues).toEqual([]);
  });
});

describe('a hand-made sheet in its own column order', () => {
  const sheet = read(handMade);

  it('finds Customer, Invoice, Due date and Amount wherever they stand', () => {
    expect(sheet.layout).toMatchObject({ kind: 'invoice', source: 'generic', headerRow: 1, ageBasis: 'due-date' });
    expect(sheet.layout.columns).toMatchObject({ amount: 0, dueDate: 1, customer: 2, invoice: 3 });
  });

  it('sums each customer and keeps 0007900770 as typed', () => {
    expect(sheet.total('Kowalski Sp. z o.o.')).toBe(5000 + 2500);
    expect(sheet.total('Shanghai Ruixin Trading')).toBe(8000);
    expect(sheet.line(5)).toMatchObject({ invoice: '0007900770', dueDate: day('2026-09-15') });
  });

  it('reports the amount "abc" and drops only that row', () => {
    expect(sheet.customers()).not.toContain('Broken Row Ltd');
    expect(sheet.layout.skippedRows).toEqual([]);
    expect(sheet.issues).toEqual([
      { table: 'aging', row: 6, column: 'Amount', code: 'bad-amount', message: 'Row 6, "Amount": "abc" is not an amount. Use a number like 1234.50. The row was left out of the totals.' },
    ]);
  });
});
