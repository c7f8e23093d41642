import { describe, expect, it } from 'vitest';
import { currencyOfColumnText, currencyOfHeader, currencyOfMark, isCurrencyCode } from '../../core/coerce/currency';
import { dateOrderEvidence, dayFromExcelSerial, decideDateOrder, excelSerialFromDay, parseDateCell } from '../../core/coerce/date';
import { parseMoneyCell } from '../../core/coerce/money';
import { cellText, isEmptyCell, parseFlag } from '../../core/coerce/text';

// The oracle for days is Date.UTC, written apart from the parser's own day arithmetic.
const utcDay = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
const on = (y: number, m: number, d: number, minutes: number | null = null) => ({ ok: true, day: utcDay(y, m, d), minutes });
const badDate = { ok: false, code: 'bad-date' };
const money = (value: number, currency: string | null = null) => ({ ok: true, value, currency });
const badAmount = { ok: false, code: 'bad-amount' };

describe('Excel serials at the ends of their range', () => {
  it('serial 1 is 1900-01-01 and 2,958,465 is 9999-12-31; 0 and 2,958,466 are no day', () => {
    expect(dayFromExcelSerial(1)).toBe(utcDay(1900, 1, 1));
    expect(dayFromExcelSerial(0)).toBeNull();
    expect(dayFromExcelSerial(2_958_465)).toBe(utcDay(9999, 12, 31));
    expect(dayFromExcelSerial(2_958_466)).toBeNull();
    expect(dayFromExcelSerial(2_958_465.99)).toBe(utcDay(9999, 12, 31));
    expect(excelSerialFromDay(utcDay(9999, 12, 31))).toBe(2_958_465);
  });

  it('the serials either side of the fictitious 1900-02-29 map to 28 February and 1 March', () => {
    expect(dayFromExcelSerial(59.5)).toBe(utcDay(1900, 2, 28));
    expect(dayFromExcelSerial(60.5)).toBeNull();
    expect(dayFromExcelSerial(61)).toBe(utcDay(1900, 3, 1));
    expect(excelSerialFromDay(utcDay(1900, 1, 1))).toBe(1);
    expect(excelSerialFromDay(utcDay(1900, 3, 2))).toBe(62);
  });

  it('a serial with a time keeps the minutes; midnight is no time', () => {
    expect(parseDateCell(46349 + 1 / 1440, null)).toEqual(on(2026, 11, 23, 1));
    expect(parseDateCell(46349 + 1439 / 1440, null)).toEqual(on(2026, 11, 23, 1439));
    expect(parseDateCell(46349, null)).toEqual(on(2026, 11, 23));
  });

  it('a Date object a minute after midnight keeps the minute, at midnight has none', () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 2, 5, 0, 1)), null)).toEqual(on(2026, 3, 5, 1));
    expect(parseDateCell(new Date(Date.UTC(2026, 2, 5, 23, 59, 40)), null)).toEqual(on(2026, 3, 6));
    expect(parseDateCell(new Date(Date.UTC(1969, 11, 31, 12)), null)).toEqual(on(1969, 12, 31, 720));
  });
});

describe('calendar dates at the ends of what exists', () => {
  it('years 1900 and 9999 are read, 1899 is not', () => {
    expect(parseDateCell('1900-01-01', null)).toEqual(on(1900, 1, 1));
    expect(parseDateCell('1899-12-31', null)).toEqual(badDate);
    expect(parseDateCell('9999-12-31', null)).toEqual(on(9999, 12, 31));
  });

  it('month 1 and 12 exist, 0 and 13 do not; day 1 exists, day 0 does not; the last day of each month', () => {
    expect(parseDateCell('2026-12-01', null)).toEqual(on(2026, 12, 1));
    expect(parseDateCell('2026-13-01', null)).toEqual(badDate);
    expect(parseDateCell('2026-00-01', null)).toEqual(badDate);
    expect(parseDateCell('2026-01-00', null)).toEqual(badDate);
    for (const [m, last] of [[1, 31], [3, 31], [4, 30], [5, 31], [6, 30], [7, 31], [8, 31], [9, 30], [10, 31], [11, 30], [12, 31]] as const) {
      expect(parseDateCell(`2026-${m}-${last}`, null), `${m}/${last}`).toEqual(on(2026, m, last));
      expect(parseDateCell(`2026-${m}-${last + 1}`, null), `${m}/${last + 1}`).toEqual(badDate);
    }
    expect(parseDateCell('1900-02-29', null)).toEqual(badDate);
    expect(parseDateCell('2000-02-29', null)).toEqual(on(2000, 2, 29));
    expect(parseDateCell('2028-02-29', null)).toEqual(on(2028, 2, 29));
    expect(parseDateCell('2027-02-29', null)).toEqual(badDate);
  });

  it('two-digit years: 69 is 2069, 70 is 1970, 00 is 2000, 99 is 1999', () => {
    expect(parseDateCell('1/2/69', 'MDY')).toEqual(on(2069, 1, 2));
    expect(parseDateCell('1/2/70', 'MDY')).toEqual(on(1970, 1, 2));
    expect(parseDateCell('1/2/00', 'MDY')).toEqual(on(2000, 1, 2));
    expect(parseDateCell('1/2/99', 'MDY')).toEqual(on(1999, 1, 2));
    expect(parseDateCell('15 Jul 69', null)).toEqual(on(2069, 7, 15));
  });

  it('the compact YYYYMMDD span is 1900–2199, as text and as a number', () => {
    expect(parseDateCell('19000101', null)).toEqual(on(1900, 1, 1));
    expect(parseDateCell('18991231', null)).toEqual(badDate);
    expect(parseDateCell('21991231', null)).toEqual(on(2199, 12, 31));
    expect(parseDateCell('22000101', null)).toEqual(badDate);
    expect(parseDateCell(19000101, null)).toEqual(on(1900, 1, 1));
    expect(parseDateCell(21991231, null)).toEqual(on(2199, 12, 31));
    expect(parseDateCell(22000101, null)).toEqual(badDate);
    expect(parseDateCell(18991231, null)).toEqual(badDate);
    expect(parseDateCell(20260305.5, null)).toEqual(badDate);
  });
});

describe('times after a date at their edges', () => {
  it('12 AM is midnight, 12 PM noon, 1 AM one; 0 AM and 13 PM are no time', () => {
    expect(parseDateCell('2026-03-05 12:00 AM', null)).toEqual(on(2026, 3, 5, 0));
    expect(parseDateCell('2026-03-05 12:30 PM', null)).toEqual(on(2026, 3, 5, 750));
    expect(parseDateCell('2026-03-05 1:00 AM', null)).toEqual(on(2026, 3, 5, 60));
    expect(parseDateCell('2026-03-05 1:00 p.m.', null)).toEqual(on(2026, 3, 5, 780));
    expect(parseDateCell('2026-03-05 0:30 AM', null)).toEqual(badDate);
    expect(parseDateCell('2026-03-05 13:00 PM', null)).toEqual(badDate);
  });

  it('23:59 is the last minute; 24:00 and minute 60 are no time', () => {
    expect(parseDateCell('2026-03-05 23:59', null)).toEqual(on(2026, 3, 5, 1439));
    expect(parseDateCell('2026-03-05 24:00', null)).toEqual(badDate);
    expect(parseDateCell('2026-03-05 10:60', null)).toEqual(badDate);
    expect(parseDateCell('2026-03-05 00:00', null)).toEqual(on(2026, 3, 5, 0));
  });

  it('text glued to a date is no date', () => {
    expect(parseDateCell('2026-03-05x', null)).toEqual(badDate);
    expect(parseDateCell('2026-03-05 soon', null)).toEqual(badDate);
  });
});

describe('the shape of numeric dates', () => {
  it('parts too long are no date', () => {
    expect(parseDateCell('20261-03-05', null)).toEqual(badDate);
    expect(parseDateCell('2026-103-05', null)).toEqual(badDate);
    expect(parseDateCell('2026-03-105', null)).toEqual(badDate);
    expect(parseDateCell('03/05/20261', 'MDY')).toEqual(badDate);
    expect(parseDateCell('03/05/202', 'MDY')).toEqual(badDate);
    expect(parseDateCell('123/05/2026', 'MDY')).toEqual(badDate);
    expect(parseDateCell('2026-03/05', null)).toEqual(badDate);
  });

  it('year-first with a two-digit year follows only a YMD setting', () => {
    expect(parseDateCell('26/03/05', 'YMD')).toEqual(on(2026, 3, 5));
  });
});

describe('date-order evidence at 12 and 13', () => {
  it('13 proves, 12 does not', () => {
    expect(dateOrderEvidence('13/12/2026')).toBe(1);
    expect(dateOrderEvidence('12/13/2026')).toBe(2);
    expect(dateOrderEvidence('12/12/2026')).toBe(0);
    expect(dateOrderEvidence('  13-01-2026')).toBe(1);
    expect(dateOrderEvidence('13.01.2026')).toBe(0);
    expect(dateOrderEvidence('113/01/2026')).toBe(0);
    expect(dateOrderEvidence('01/113/2026')).toBe(0);
    expect(dateOrderEvidence('13/01-2026')).toBe(0);
    expect(dateOrderEvidence(13)).toBe(0);
    expect(decideDateOrder(['13/01/2026', '01/13/2026', '01/01/2026'])).toBeNull();
    expect(decideDateOrder(['01/01/2026', '01/13/2026'])).toBe('MDY');
  });
});

describe('money at its bounds', () => {
  it('90 trillion is the largest amount, as a number and as text', () => {
    expect(parseMoneyCell(9e13)).toEqual(money(9e13));
    expect(parseMoneyCell(-9e13)).toEqual(money(-9e13));
    expect(parseMoneyCell(9e13 + 0.02)).toEqual(badAmount);
    expect(parseMoneyCell('90000000000000')).toEqual(money(9e13));
    expect(parseMoneyCell('90000000000000.01')).toEqual(badAmount);
    expect(parseMoneyCell('-90000000000000.01')).toEqual(badAmount);
  });

  it('the third decimal rounds half up: .125 → .13, .124 → .12, .1249 → .12, .995 → 1.00', () => {
    expect(parseMoneyCell('0.125')).toEqual(money(0.13));
    expect(parseMoneyCell('0.124')).toEqual(money(0.12));
    expect(parseMoneyCell('0.1249')).toEqual(money(0.12));
    expect(parseMoneyCell('0.995')).toEqual(money(1));
    expect(parseMoneyCell('1.5')).toEqual(money(1.5));
    expect(parseMoneyCell('1.05')).toEqual(money(1.05));
  });

  it('a dash alone, a currency alone, and two signs', () => {
    expect(parseMoneyCell('–')).toEqual(money(0));
    expect(parseMoneyCell('—')).toEqual(money(0));
    expect(parseMoneyCell('$ -')).toEqual(money(0, 'USD'));
    expect(parseMoneyCell('- zł')).toEqual(money(0, 'PLN'));
    expect(parseMoneyCell('pcs -')).toEqual(badAmount);
    expect(parseMoneyCell('$')).toEqual(badAmount);
    expect(parseMoneyCell('--5')).toEqual(badAmount);
    expect(parseMoneyCell('-5-')).toEqual(badAmount);
    expect(parseMoneyCell('+5')).toEqual(money(5));
    expect(parseMoneyCell('−5')).toEqual(money(-5));
    expect(parseMoneyCell('–5')).toEqual(money(-5));
    expect(parseMoneyCell('-0.00')).toEqual(money(0));
  });

  it('parentheses must open before and close after, once', () => {
    expect(parseMoneyCell('(5)')).toEqual(money(-5));
    expect(parseMoneyCell('($5.00)')).toEqual(money(-5, 'USD'));
    expect(parseMoneyCell('(5')).toEqual(badAmount);
    expect(parseMoneyCell('5)')).toEqual(badAmount);
    expect(parseMoneyCell(')5(')).toEqual(badAmount);
    expect(parseMoneyCell('-(5)')).toEqual(badAmount);
    expect(parseMoneyCell('()5')).toEqual(badAmount);
  });

  it('a currency on both sides, or two marks on one side, is no amount; zł. keeps its dot', () => {
    expect(parseMoneyCell('$5 zł')).toEqual(badAmount);
    expect(parseMoneyCell('$ 5 $')).toEqual(badAmount);
    expect(parseMoneyCell('U S 5')).toEqual(badAmount);
    expect(parseMoneyCell('5 zł.')).toEqual(money(5, 'PLN'));
    expect(parseMoneyCell('5 r.')).toEqual(money(5, 'ZAR'));
    expect(parseMoneyCell('5 R')).toEqual(money(5, 'ZAR'));
  });

  it('grouping marks: valid groups, mixed styles and bad runs', () => {
    expect(parseMoneyCell('1,234')).toEqual(money(1234));
    expect(parseMoneyCell('1.234')).toEqual(money(1234));
    expect(parseMoneyCell('1 234')).toEqual(money(1234));
    expect(parseMoneyCell('123,456,789')).toEqual(money(123456789));
    expect(parseMoneyCell('1234,567')).toEqual(badAmount);
    expect(parseMoneyCell('1,23,456')).toEqual(money(123456));
    expect(parseMoneyCell('1.23.456')).toEqual(badAmount);
    expect(parseMoneyCell('1,2345')).toEqual(badAmount);
    expect(parseMoneyCell('0,123')).toEqual(badAmount);
    expect(parseMoneyCell('1 234.567')).toEqual(badAmount);
    expect(parseMoneyCell('1 234.567,50')).toEqual(badAmount);
    expect(parseMoneyCell('1 234,50')).toEqual(money(1234.5));
    expect(parseMoneyCell('1,234.5')).toEqual(money(1234.5));
    expect(parseMoneyCell('1,234,567.50')).toEqual(money(1234567.5));
    expect(parseMoneyCell('1.234,5,0')).toEqual(badAmount);
    expect(parseMoneyCell('1,,234')).toEqual(badAmount);
    expect(parseMoneyCell('5x5')).toEqual(badAmount);
    expect(parseMoneyCell('12,34,567')).toEqual(money(1234567)); // lakh grouping
    expect(parseMoneyCell('1,00,00,000')).toEqual(money(10000000));
    expect(parseMoneyCell('100,00,000')).toEqual(badAmount);
    expect(parseMoneyCell('64982.589')).toEqual(money(64982.59));
  });

  it('full-width digits and ￥ fold first', () => {
    expect(parseMoneyCell('１２３，４５')).toEqual(money(123.45));
    expect(parseMoneyCell('￥1,234.50')).toEqual(money(1234.5, 'CNY'));
  });

  it('numbers that are no amount', () => {
    expect(parseMoneyCell(Number.POSITIVE_INFINITY)).toEqual(badAmount);
    expect(parseMoneyCell(true)).toEqual(badAmount);
    expect(parseMoneyCell(0.005)).toEqual(money(0.01));
    expect(parseMoneyCell(-0.004)).toEqual(money(0));
  });
});

describe('currency marks at their edges', () => {
  it('ISO codes are three letters in any case', () => {
    expect(isCurrencyCode('usd')).toBe(true);
    expect(isCurrencyCode('USDX')).toBe(false);
    expect(isCurrencyCode('US')).toBe(false);
    expect(currencyOfMark('usd.')).toBe('USD');
    expect(currencyOfMark('  ')).toBeNull();
    expect(currencyOfMark('kr')).toBe('KR');
    expect(currencyOfMark('Kr.')).toBe('KR');
    expect(currencyOfMark('￥')).toBe('CNY');
    expect(currencyOfMark('₲')).toBe('₲');
    expect(currencyOfMark('pcs')).toBeNull();
    expect(currencyOfMark('Rs.')).toBe('INR');
    expect(currencyOfMark('CHF.')).toBe('CHF');
  });

  it('a currency column keeps short words up to 12 characters, in upper case', () => {
    expect(currencyOfColumnText(' Dollar ')).toBe('DOLLAR');
    expect(currencyOfColumnText('abcdefghijkl')).toBe('ABCDEFGHIJKL');
    expect(currencyOfColumnText('abcdefghijklm')).toBeNull();
    expect(currencyOfColumnText('  ')).toBeNull();
    expect(currencyOfColumnText('zł')).toBe('PLN');
  });

  it('a header names its currency by a code, a sign or a bracketed abbreviation, not by R or Ft', () => {
    expect(currencyOfHeader('Amount (EUR)')).toBe('EUR');
    expect(currencyOfHeader('Kwota (zł)')).toBe('PLN');
    expect(currencyOfHeader('金额（元）')).toBe('CNY');
    expect(currencyOfHeader('Amount_$')).toBe('USD');
    expect(currencyOfHeader('Amount (R)')).toBeNull();
    expect(currencyOfHeader('Amount Ft')).toBeNull();
    expect(currencyOfHeader('Amount')).toBeNull();
    expect(currencyOfHeader('')).toBeNull();
  });
});

describe('cell text and flags at their edges', () => {
  it('numbers: whole, huge, tiny and a fraction cut at nine decimals', () => {
    expect(cellText(-7)).toBe('-7');
    expect(cellText(1e21)).toBe('1000000000000000000000');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(0.1234567891)).toBe('0.123456789');
    expect(cellText(1e-10)).toBe('0');
    expect(cellText(1.5e21 + 0.5)).toBe('1500000000000000000000');
    expect(cellText(Number.POSITIVE_INFINITY)).toBe('');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(new Date(Number.NaN))).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  it('empty cells: leading tab, no-break and narrow spaces; text after a space is not empty', () => {
    for (const empty of ['\t', '\u00a0 ', '\u202f', '\u3000\u3000', undefined]) expect(isEmptyCell(empty), JSON.stringify(empty)).toBe(true);
    for (const full of [' x', '\u00a0x', '\u3000x', '\u202fx', '!', true]) expect(isEmptyCell(full), JSON.stringify(full)).toBe(false);
  });

  it('flags: full-width and mixed case fold, numbers other than 0 and 1 are invalid', () => {
    expect(parseFlag('ＹＥＳ')).toBe(true);
    expect(parseFlag(' Prawda ')).toBe(true);
    expect(parseFlag('FAŁSZ')).toBe(false);
    expect(parseFlag(-1)).toBe('invalid');
    expect(parseFlag(0.5)).toBe('invalid');
    expect(parseFlag('   ')).toBeNull();
    expect(parseFlag(null)).toBeNull();
  });
});

describe('edges the first mutation pass found unguarded', () => {
  it('an undefined cell is empty, for every reader', () => {
    expect(parseDateCell(undefined, null)).toBeNull();
    expect(parseMoneyCell(undefined)).toBeNull();
    expect(parseFlag(undefined)).toBeNull();
  });

  it('a fraction with more significant digits than nine decimals show is cut, not printed exactly', () => {
    expect(cellText(123456789.123456789)).toBe('123456789.12345679');
    expect(cellText(1e-7)).toBe('0.0000001');
    expect(cellText(-2.5e-8)).toBe('-0.000000025');
  });

  it('a flag number is 1 or 0 exactly, not what its text rounds to', () => {
    expect(parseFlag(1.0000000001)).toBe('invalid');
    expect(parseFlag(1e-10)).toBe('invalid');
  });

  it('a mark is trimmed, a trailing dot dropped, a dot inside kept', () => {
    expect(currencyOfMark(' $ ')).toBe('USD');
    expect(currencyOfMark('zł.')).toBe('PLN');
    expect(currencyOfMark('د.إ.')).toBe('AED');
    expect(currencyOfMark('u.sd')).toBeNull();
  });

  it('Polish "r." after a worded date, and separators that are no date separator', () => {
    expect(parseDateCell('5 marca 2026 r.', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('5 marca 2026 r', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('2026x03x05', null)).toEqual(badDate);
    expect(parseDateCell('2026 03 05', null)).toEqual(badDate);
    expect(parseDateCell('x20260305', null)).toEqual(badDate);
    expect(parseDateCell('03/05/5', 'MDY')).toEqual(badDate);
  });

  it('date-order evidence reads digits only, and both parts', () => {
    expect(dateOrderEvidence('19/01/2026')).toBe(1);
    expect(dateOrderEvidence('01/19/2026')).toBe(2);
    expect(dateOrderEvidence('ab/01/2026')).toBe(0);
    expect(dateOrderEvidence('01/ab/2026')).toBe(0);
    expect(dateOrderEvidence('/13/2026')).toBe(0);
    expect(dateOrderEvidence('13//2026')).toBe(0);
  });

  it('every grouping space and apostrophe groups thousands', () => {
    for (const g of ['\u00a0', '\u202f', '\u2009', "'", '\u2019', ' ']) expect(parseMoneyCell(`1${g}234`), JSON.stringify(g)).toEqual(money(1234));
  });

  it('a space of any kind around the digits is no currency', () => {
    for (const sp of [' ', '\u00a0', '\u202f', '\u2009', '\u3000', '\t']) expect(parseMoneyCell(`${sp}5${sp}`), JSON.stringify(sp)).toEqual(money(5));
  });

  it('groups stand where thousands are grouped, also before a decimal mark', () => {
    expect(parseMoneyCell('1,23.50')).toEqual(badAmount);
    expect(parseMoneyCell('1,2,345')).toEqual(badAmount);
    expect(parseMoneyCell('1,23,456,789')).toEqual(badAmount); // lakh groups, then a thousands group
    expect(parseMoneyCell('12,34,567.89')).toEqual(money(1234567.89));
  });

  it('a year written with leading zeros is that year, not a two-digit one', () => {
    expect(parseDateCell('0100-01-01', null)).toEqual(badDate);
  });

  it('an opening parenthesis is closed only by a closing one', () => {
    expect(parseMoneyCell('(5(')).toEqual(badAmount);
  });

  it('two currency signs apart on one side are two marks, not one', () => {
    expect(parseMoneyCell('$ $5')).toEqual(badAmount);
  });

  it('full-width digits alone fold too', () => {
    expect(parseMoneyCell('１２３')).toEqual(money(123));
  });

  it('the accounting zero is the whole cell: a mark, then a dash, or a dash, then a mark', () => {
    expect(parseMoneyCell('zł -')).toEqual(money(0, 'PLN'));
    expect(parseMoneyCell('-zł')).toEqual(money(0, 'PLN'));
    expect(parseMoneyCell('x $ -')).toEqual(badAmount);
    expect(parseMoneyCell('$ - x')).toEqual(badAmount);
  });

  it('a lone dot after the digits is no currency; a mark after them is', () => {
    expect(parseMoneyCell('5.')).toEqual(badAmount);
    expect(parseMoneyCell('5 $')).toEqual(money(5, 'USD'));
  });

  it('zero is written +0, never -0', () => {
    expect(Object.is(parseMoneyCell('-0.00')!.ok && (parseMoneyCell('-0.00') as { value: number }).value, 0)).toBe(true);
    expect(Object.is((parseMoneyCell(-0.001) as { value: number }).value, 0)).toBe(true);
  });
});
