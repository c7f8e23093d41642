import { describe, expect, it } from 'vitest';
import { fieldOfHeader, matchHeader, parseBucket } from '../../core/aging/columns';
import { headerWords } from '../../core/aging/header-words';
import { readAging } from '../../core/aging/read-aging';
import { countryCode, isValidTimeZone, zoneForCountry } from '../../core/aging/country-zone';
import { customerKey } from '../../core/aging/customer-key';

describe('bucket headers of every system read as ranges of days past due', () => {
  const range = (header: string, previousUpper: number | null = null) => {
    const b = parseBucket(header, 0, previousUpper);
    return b && [b.fromDays, b.toDays];
  };

  it.each([
    ['Current', null, [-30, 0]], ['Future', null, [-30, 0]], ['未到期', null, [-30, 0]], ['nieprzeterminowane', null, [-30, 0]],
    ['1 - 30', null, [1, 30]], ['31 - 60', null, [31, 60]], ['91 and over', 90, [91, null]], ['Older', 90, [91, null]],
    ['< 1 Month', null, [1, 30]], ['1 Month', 30, [31, 60]], ['3 Months', 90, [91, 120]],
    ['Period 1', null, [1, 30]], ['Period 3', 60, [61, 90]],
    ['Age ≤ 30 d.', null, [1, 30]], ['Age ≤ 60 d.', 30, [31, 60]],
    ['1-15', null, [1, 15]], ['16-30 Days', 15, [16, 30]], ['>45', 45, [46, null]], ['> 45 Days', 45, [46, null]],
    ['账龄30天内', null, [1, 30]], ['1～30天', null, [1, 30]], ['31~60天', 30, [31, 60]], ['账龄大于90天', 90, [91, null]],
    ['已到期(1-30天)', null, [1, 30]], ['1年以内', null, [1, 365]], ['1-2年', 365, [366, 730]], ['3年以上', 1095, [1096, null]],
    ['1-30 dni', null, [1, 30]], ['powyżej 90 dni', 90, [91, null]], ['90+', 60, [90, null]],
  ] as const)('%s', (header, previous, expected) => {
    expect(range(header, previous)).toEqual(expected);
  });

  it('headers that are not buckets are not', () => {
    for (const h of ['Customer', 'Total', 'Due date', 'Phone', '30-1', '']) expect(parseBucket(h, 0, null)).toBeNull();
  });
});

describe('one table of header synonyms', () => {
  it.each([
    ['Customer full name', 'customer'], ['ContactName', 'customer'], ['Partner', 'customer'], ['客户名称', 'customer'], ['往来单位', 'customer'], ['Kontrahent', 'customer'],
    ['Num', 'invoice'], ['InvoiceNumber', 'invoice'], ['发票号', 'invoice'], ['Nr faktury', 'invoice'],
    ['Due date', 'dueDate'], ['DueDate', 'dueDate'], ['到期日', 'dueDate'], ['Termin płatności', 'dueDate'],
    ['Date', 'documentDate'], ['InvoiceDate', 'documentDate'], ['Data wystawienia', 'documentDate'],
    ['Amount', 'amount'], ['Total', 'amount'], ['金额', 'amount'], ['Kwota', 'amount'],
    ['Open balance', 'openBalance'], ['InvoiceAmountDue', 'openBalance'], ['Residual', 'openBalance'], ['余额', 'openBalance'], ['当期余额', 'openBalance'], ['Do zapłaty', 'openBalance'],
    ['Days past due', 'daysPastDue'], ['Dni po terminie', 'daysPastDue'], ['Paid date', 'settledDate'],
    ['Time zone', 'timeZone'], ['Country', 'country'], ['Payday', 'payday'], ['Do not call', 'doNotCall'], ['合计', 'total'],
    ['  CUSTOMER  NAME: ', 'customer'], ['Ｃｕｓｔｏｍｅｒ', 'customer'],
  ] as const)('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });
});

describe('customer keys', () => {
  it('match the same customer however it is typed', () => {
    expect(customerKey('  ＡＣＭＥ   Ltd ')).toBe('acme ltd');
    expect(customerKey('Acme\u00a0Ltd')).toBe(customerKey('acme ltd'));
    expect(customerKey('上海瑞信贸易有限公司')).toBe('上海瑞信贸易有限公司');
  });
});

describe('countries and time zones', () => {
  it('codes and names in three languages give the capital\'s or main business zone', () => {
    expect(zoneForCountry('PL')).toBe('Europe/Warsaw');
    expect(zoneForCountry('Polska')).toBe('Europe/Warsaw');
    expect(zoneForCountry('中国')).toBe('Asia/Shanghai');
    expect(zoneForCountry('China')).toBe('Asia/Shanghai');
    expect(zoneForCountry('USA')).toBe('America/New_York');
    expect(zoneForCountry('us')).toBe('America/New_York');
    expect(zoneForCountry('Niemcy')).toBe('Europe/Berlin');
  });

  it('unknown countries give nothing rather than a guess', () => {
    expect(countryCode('XX')).toBeNull();
    expect(zoneForCountry('Atlantis')).toBeNull();
  });

  it('every default zone is one the runtime knows', () => {
    for (const code of ['US', 'PL', 'CN', 'GB', 'DE', 'JP', 'AU', 'BR', 'IN', 'ZA', 'UA', 'VN']) expect(isValidTimeZone(zoneForCountry(code)!), code).toBe(true);
  });

  it('IANA names are checked with Intl', () => {
    expect(isValidTimeZone('Europe/Warsaw')).toBe(true);
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('headers with a unit or currency attached', () => {
  it.each([
    ['Amount (USD)', 'amount'], ['Kwota [PLN]', 'amount'], ['金额（元）', 'amount'], ['Open balance*', 'openBalance'], ['Due\ndate', 'dueDate'],
  ] as const)('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('an unknown header stays unknown with or without brackets', () => {
    expect(fieldOfHeader('Notes (internal)')).toBeNull();
    expect(fieldOfHeader('(blank)')).toBeNull();
  });
});

describe('headers read as words, however they are glued', () => {
  it.each([
    ['name_customer', 'customer'], ['CustomerName', 'customer'], ['due_in_date', 'dueDate'], ['clear_date', 'settledDate'],
    ['total_amount', 'amount'], ['InvoiceAmount', 'amount'], ['InvoiceDate', 'documentDate'], ['SettledDate', 'settledDate'],
    ['DaysLate', 'daysPastDue'], ['total_open_amount', 'openBalance'], ['invoice-number', 'invoice'], ['Invoice.No', 'invoice'],
    ['DUE_DATE', 'dueDate'], ['posting_date', 'documentDate'], ['invoice_currency', 'currency'], ['Outstanding Amount', 'openBalance'],
    ['Balance Due', 'openBalance'], ['Amount Due', 'openBalance'], ['Remaining', 'openBalance'], ['Open Amount', 'openBalance'],
    ['AmountPaid', 'paidAmount'], ['cust_payment_terms', 'terms'], ['Arrears after net due date', 'daysPastDue'], ['Name 1', 'customer'],
  ] as const)('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('a customer number, a conversion and a flag are read only as fallbacks or not at all', () => {
    expect(matchHeader('cust_number')).toEqual({ field: 'customer', score: 1 });
    expect(matchHeader('customerID')).toEqual({ field: 'customer', score: 1 });
    expect(matchHeader('converted_usd')).toEqual({ field: 'amount', score: 1 });
    expect(matchHeader('isOpen')).toBeNull();
    expect(matchHeader('business_code')).toBeNull();
  });

  it('splits camelCase, acronyms and digits into words', () => {
    expect(headerWords('customerID')).toEqual(['customer', 'id']);
    expect(headerWords('USDAmount')).toEqual(['usd', 'amount']);
    expect(headerWords('over_31_60_amount')).toEqual(['over', '31', '60', 'amount']);
    expect(headerWords('Kwota [PLN]')).toEqual(['kwota', 'pln']);
  });

  it('bucket headers glued into words are buckets', () => {
    expect(parseBucket('over_31_60_amount', 0, null)).toMatchObject({ fromDays: 31, toDays: 60 });
    expect(parseBucket('days_1_30', 0, null)).toMatchObject({ fromDays: 1, toDays: 30 });
    expect(parseBucket('current_amount', 0, null)).toMatchObject({ fromDays: -30, toDays: 0 });
    expect(parseBucket('over_90_amount', 0, 60)).toMatchObject({ fromDays: 91, toDays: null });
  });
});

describe('a header row picks each field\'s surest column', () => {
  it('the name beats the customer number wherever it stands', () => {
    const read = readAging([['cust_number', 'name_customer', 'due_in_date', 'total_open_amount'], ['0200769623', 'WAL-MAR corp', '2026-10-11', 10]]);
    expect(read.layout.columns).toMatchObject({ customer: 1, dueDate: 2, openBalance: 3 });
    expect(read.lines[0]?.customer).toBe('WAL-MAR corp');
  });

  it('a customer number alone is the customer', () => {
    const read = readAging([['customerID', 'DueDate', 'InvoiceAmount'], ['C-0379', '2026-10-11', 10]]);
    expect(read.lines[0]).toMatchObject({ customer: 'C-0379', openBalance: 10 });
  });
});
