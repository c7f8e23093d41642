import type { Cell } from '../model/cell';

export type MoneyParse = { ok: true; value: number; currency: string | null } | { ok: false; code: 'bad-amount' };

const SYMBOLS: readonly (readonly [RegExp, string])[] = [
  [/zł|pln/i, 'PLN'],
  [/€|eur/i, 'EUR'],
  [/£|gbp/i, 'GBP'],
  // ¥ and ￥ are read as renminbi: this product's yen users are expected to write JPY.
  [/[¥￥]|cny|rmb|元/i, 'CNY'],
  [/jpy/i, 'JPY'],
  [/us\$|usd|\$/i, 'USD'],
  [/chf/i, 'CHF'],
];

/**
 * Reads an amount of money. Accepts numbers and text such as `$4,250.00`, `(25.00)`, `-100.00`,
 * `100.00-`, `1 234,56 zł`, `1.234,50 €`, `¥1,234.50`. The decimal separator is the last `.` or
 * `,` followed by one or two digits; a single separator followed by exactly three digits is a
 * thousands separator (`1,234` = 1234). Values are rounded to cents from the digits, never through
 * float arithmetic. Empty cells give null.
 */
export function parseMoneyCell(cell: Cell): MoneyParse | null {
  if (cell === null || cell === undefined) return null;
  const bad: MoneyParse = { ok: false, code: 'bad-amount' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: Math.round(cell * 100) / 100, currency: null } : bad;
  if (typeof cell !== 'string') return bad;
  let text = cell.trim();
  if (!text) return null;
  let currency: string | null = null;
  for (const [re, code] of SYMBOLS) {
    if (re.test(text)) {
      currency = code;
      break;
    }
  }
  text = text.replace(/zł|pln|€|eur|£|gbp|[¥￥]|cny|rmb|元|jpy|us\$|usd|\$|chf/gi, '').replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-') || text.startsWith('−')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return bad;
  const lastSep = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  let intPart = text;
  let fracPart = '';
  if (lastSep >= 0) {
    const sepChar = text[lastSep]!;
    const after = text.slice(lastSep + 1);
    const sameKind = text.split(sepChar).length - 1;
    const mixed = text.includes(sepChar === '.' ? ',' : '.');
    // The last separator is the decimal one when it is the only one of its kind and is followed
    // by one or two digits, or when both kinds appear (1.234,50 / 1,234.50).
    if (sameKind === 1 && (after.length <= 2 || (mixed && after.length !== 3))) {
      intPart = text.slice(0, lastSep);
      fracPart = after;
    } else if (after.length !== 3) {
      return bad;
    }
  }
  const groups = intPart.split(/[.,]/);
  if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) return bad;
  const digits = groups.join('');
  if (!/^\d+$/.test(digits) || (fracPart && !/^\d{1,2}$/.test(fracPart))) return bad;
  const cents = Number(digits) * 100 + Number((fracPart + '00').slice(0, 2));
  if (!Number.isSafeInteger(cents)) return bad;
  const value = (negative ? -cents : cents) / 100;
  return { ok: true, value: value === 0 ? 0 : value, currency };
}
