import { describe, expect, it } from 'vitest';
import { parseMoneyCell } from '../../core/coerce/money';

const money = (value: number, currency: string | null = null) => ({ ok: true, value, currency });
const bad = { ok: false, code: 'bad-amount' };

describe('amounts of money', () => {
  it('numbers pass through, rounded to cents', () => {
    expect(parseMoneyCell(4250)).toEqual(money(4250));
    expect(parseMoneyCell(0.1 + 0.2)).toEqual(money(0.3));
    expect(parseMoneyCell(-0)).toEqual(money(0));
    expect(parseMoneyCell(Number.NaN)).toEqual(bad);
  });

  it('empty cells are not errors', () => {
    for (const empty of [null, '', '  ', '\u202f']) expect(parseMoneyCell(empty)).toBeNull();
  });

  it('US style with a dollar sign', () => {
    expect(parseMoneyCell('$4,250.00')).toEqual(money(4250, 'USD'));
    expect(parseMoneyCell('-$25.00')).toEqual(money(-25, 'USD'));
    expect(parseMoneyCell('USD 1,234,567.89')).toEqual(money(1234567.89, 'USD'));
  });

  it('negatives in parentheses, with a leading or a trailing minus', () => {
    expect(parseMoneyCell('(25.00)')).toEqual(money(-25));
    expect(parseMoneyCell('($1,234.50)')).toEqual(money(-1234.5, 'USD'));
    expect(parseMoneyCell('-100.00')).toEqual(money(-100));
    expect(parseMoneyCell('100.00-')).toEqual(money(-100));
    expect(parseMoneyCell('−5')).toEqual(money(-5));
  });

  it('Polish złoty with spaces of every width and a decimal comma', () => {
    expect(parseMoneyCell('1 234,56 zł')).toEqual(money(1234.56, 'PLN'));
    expect(parseMoneyCell('1\u00a0234,56 zł')).toEqual(money(1234.56, 'PLN'));
    expect(parseMoneyCell('1\u202f234,56 zł')).toEqual(money(1234.56, 'PLN'));
    expect(parseMoneyCell('PLN 1 234,56')).toEqual(money(1234.56, 'PLN'));
  });

  it('euro with dots grouping thousands', () => {
    expect(parseMoneyCell('1.234,50 €')).toEqual(money(1234.5, 'EUR'));
    expect(parseMoneyCell('€1,234.50')).toEqual(money(1234.5, 'EUR'));
  });

  it('¥ and ￥ are renminbi unless the cell says JPY', () => {
    expect(parseMoneyCell('¥1,234.50')).toEqual(money(1234.5, 'CNY'));
    expect(parseMoneyCell('￥1,234.50')).toEqual(money(1234.5, 'CNY'));
    expect(parseMoneyCell('1,234.50元')).toEqual(money(1234.5, 'CNY'));
    expect(parseMoneyCell('JPY 120,000')).toEqual(money(120000, 'JPY'));
    expect(parseMoneyCell('£99.99')).toEqual(money(99.99, 'GBP'));
  });

  it('a single mark before three digits groups thousands; before one or two it is the decimal', () => {
    expect(parseMoneyCell('1,234')).toEqual(money(1234));
    expect(parseMoneyCell('1.234')).toEqual(money(1234));
    expect(parseMoneyCell('1,5')).toEqual(money(1.5));
    expect(parseMoneyCell('12.30')).toEqual(money(12.3));
    expect(parseMoneyCell('1.234.567')).toEqual(money(1234567));
  });

  it('forms that could be read two ways are reported, not guessed', () => {
    for (const t of ['1,2345', '0,123', '1.234.56', '1 234.567,50', '1,234,56', '12,34,5678', '1,23,45', '123,45,678']) expect(parseMoneyCell(t), t).toEqual(bad);
  });

  it('words, percentages and unknown currencies are not amounts', () => {
    for (const t of ['abc', 'sto złotych', '12%', '1e5', 'XYZ 100', '$100 €', '--5', '(5']) expect(parseMoneyCell(t), t).toEqual(bad);
    expect(parseMoneyCell(true)).toEqual(bad);
    expect(parseMoneyCell(new Date(0))).toEqual(bad);
  });

  it('a lone dash is the accountants\' zero', () => {
    expect(parseMoneyCell('-')).toEqual(money(0));
  });

  it('cents come from the digits, so long amounts have no float drift', () => {
    expect(parseMoneyCell('1,000,000,000.07')).toEqual(money(1000000000.07));
    expect(parseMoneyCell('0.29')).toEqual(money(0.29));
  });

  it('three or more decimals after a point that cannot group thousands are rounded to the cent', () => {
    expect(parseMoneyCell('64982.589')).toEqual(money(64982.59));
    expect(parseMoneyCell('0.125')).toEqual(money(0.13));
    expect(parseMoneyCell('12.3449')).toEqual(money(12.34));
    expect(parseMoneyCell('1,234.567')).toEqual(money(1234.57));
    expect(parseMoneyCell('-64982.584')).toEqual(money(-64982.58));
  });

  it('rupees in Indian lakh and crore grouping', () => {
    expect(parseMoneyCell('₹14,98,100')).toEqual(money(1498100, 'INR'));
    expect(parseMoneyCell('INR 1,00,00,000.50')).toEqual(money(10000000.5, 'INR'));
    expect(parseMoneyCell('Rs. 2,50,000')).toEqual(money(250000, 'INR'));
    expect(parseMoneyCell('12,34,567')).toEqual(money(1234567));
  });

  it('the accounting zero keeps its currency', () => {
    expect(parseMoneyCell('₹ -')).toEqual(money(0, 'INR'));
    expect(parseMoneyCell('$ -')).toEqual(money(0, 'USD'));
    expect(parseMoneyCell(' $-   ')).toEqual(money(0, 'USD'));
    expect(parseMoneyCell('- zł')).toEqual(money(0, 'PLN'));
    expect(parseMoneyCell('abc -')).toEqual(bad);
  });

  it('every currency people write is a currency: ISO codes, symbols, and signs kept as written', () => {
    expect(parseMoneyCell('1 234,50 Kč')).toEqual(money(1234.5, 'CZK'));
    expect(parseMoneyCell('R$ 1.234,56')).toEqual(money(1234.56, 'BRL'));
    expect(parseMoneyCell('US$ 99')).toEqual(money(99, 'USD'));
    expect(parseMoneyCell("CHF 1'234.50")).toEqual(money(1234.5, 'CHF'));
    expect(parseMoneyCell('ZAR 100')).toEqual(money(100, 'ZAR'));
    expect(parseMoneyCell('₨ 500')).toEqual(money(500, 'INR')); // NFKC folds the rupee sign into Rs
    expect(parseMoneyCell('₲ 50.000')).toEqual(money(50000, '₲'));
  });
});
