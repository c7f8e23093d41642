import type { Cell } from '../model/cell';
import { currencyOfMark } from './currency';

export type MoneyParse = { ok: true; value: number; currency: string | null } | { ok: false; code: 'bad-amount' };

const BAD: MoneyParse = { ok: false, code: 'bad-amount' };

const enum Ch {
  Space = 32, Apostrophe = 39, LParen = 40, RParen = 41, Plus = 43, Comma = 44, Minus = 45, Dot = 46,
  Zero = 48, Nine = 57, Nbsp = 0xa0, ThinSpace = 0x2009, NarrowNbsp = 0x202f, MathMinus = 0x2212,
  EnDash = 0x2013, EmDash = 0x2014, IdeographicSpace = 0x3000, RightSingleQuote = 0x2019,
}

function isDigit(c: number): boolean {
  return c >= Ch.Zero && c <= Ch.Nine;
}

/** Characters that group thousands without being a decimal mark: spaces of every width, `'`. */
function isGroupSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Nbsp || c === Ch.NarrowNbsp || c === Ch.ThinSpace || c === Ch.Apostrophe || c === Ch.RightSingleQuote;
}

/**
 * Reads an amount of money from a cell. Numbers are taken as they are (rounded to cents). Text may
 * carry a currency mark before or after (`$4,250.00`, `1 234,56 zł`, `1.234,50 €`, `¥1,234.50`,
 * `PLN 1 234,56`), a sign (`-100.00`, `100.00-`, `(25.00)`, `−5`), and thousands grouped by `,`
 * `.` or spaces (also no-break and narrow no-break spaces). A lone `-` is the accountants' zero.
 *
 * Which mark is the decimal one, so that nothing is read silently wrong:
 * - both `,` and `.` present: the last one is decimal (`1.234,50`, `1,234.50`);
 * - one mark, once, followed by 1 or 2 digits: decimal (`1,5` = 1.50, `12.30`);
 * - one mark followed by exactly 3 digits, after 1–3 leading digits that are not `0`: thousands
 *   (`1,234` = 1234, `1.234.567` = 1234567) — money has no third decimal;
 * - anything else (`1,2345`, `0,123`, `12,34,567`, three decimals) is reported, not guessed.
 * Cents are built from the digits as integers, so no float drift enters (`0.1`+`0.2` style).
 *
 * @example
 * parseMoneyCell('(1,234.50)') // → { ok: true, value: -1234.5, currency: null }
 * parseMoneyCell('1 234,56 zł') // → { ok: true, value: 1234.56, currency: 'PLN' }
 * parseMoneyCell('')            // → null (empty)
 */
export function parseMoneyCell(cell: Cell | undefined): MoneyParse | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || Math.abs(cell) > 9e13) return BAD;
    const value = Math.round(cell * 100) / 100;
    return { ok: true, value: value === 0 ? 0 : value, currency: null };
  }
  if (typeof cell !== 'string') return BAD;
  return parseMoneyText(cell);
}

function parseMoneyText(raw: string): MoneyParse | null {
  let s = raw;
  // Full-width digits and marks (１２３，４５) fold to ASCII; ￥ is matched before folding.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      s = s.replace(/￥/g, '¥').normalize('NFKC');
      break;
    }
  }
  const n = s.length;
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (isDigit(s.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    const t = s.trim();
    if (t === '') return null;
    if (t === '-' || t === '–' || t === '—') return { ok: true, value: 0, currency: null };
    // The accounting format's zero keeps its currency: `$ -`, `₹ -`, `- zł`.
    const zero = /^(?:([^\d\s\-–—]+)\s*[\-–—]|[\-–—]\s*([^\d\s\-–—]+))$/u.exec(t);
    const mark = zero ? (zero[1] ?? zero[2])! : null;
    const currency = mark ? currencyOfMark(mark) : null;
    return currency ? { ok: true, value: 0, currency } : BAD;
  }
  // Leading and trailing decoration: sign, parentheses, currency mark.
  const before = decoration(s, 0, first);
  const after = decoration(s, last + 1, n);
  if (before === null || after === null) return BAD;
  if ((before.sign && after.sign) || before.parens + after.parens === 1 || before.parens + after.parens > 3) return BAD;
  let negative = before.sign || after.sign;
  if (before.parens === 1 && after.parens === 2) {
    if (negative) return BAD;
    negative = true;
  } else if (before.parens || after.parens) return BAD;
  // A trailing '.' belongs to an abbreviation ("zł.").
  const suffixMark = after.mark.length > 1 && after.mark.endsWith('.') ? after.mark.slice(0, -1) : after.mark;
  if (before.mark && suffixMark) return BAD;
  let currency: string | null = null;
  const written = before.mark || suffixMark;
  if (written) {
    currency = currencyOfMark(written);
    if (currency === null) return BAD;
  }
  const cents = centsOf(s, first, last);
  if (cents === null) return BAD;
  const value = (negative ? -cents : cents) / 100;
  return { ok: true, value: value === 0 ? 0 : value, currency };
}

interface Decoration {
  readonly sign: boolean;
  /** 1 for "(", 2 for ")", 3 for both. */
  readonly parens: number;
  readonly mark: string;
}

const NONE: Decoration = { sign: false, parens: 0, mark: '' };

/** Reads the text around the digits: at most one minus, parentheses, and one currency mark. */
function decoration(s: string, from: number, to: number): Decoration | null {
  if (from >= to) return NONE;
  let sign = false;
  let parens = 0;
  let markStart = -1;
  let markEnd = -1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === Ch.Space || c === Ch.Nbsp || c === Ch.NarrowNbsp || c === Ch.ThinSpace || c === Ch.IdeographicSpace || c === 9 || c === Ch.Plus) continue;
    if (c === Ch.Minus || c === Ch.MathMinus || c === Ch.EnDash) {
      if (sign) return null;
      sign = true;
    } else if (c === Ch.LParen) parens |= 1;
    else if (c === Ch.RParen) parens |= 2;
    else {
      if (markStart < 0) markStart = i;
      else if (markEnd < i - 1) return null; // two separate marks: "$ 5 €" or "U S"
      markEnd = i;
    }
  }
  return { sign, parens, mark: markStart < 0 ? '' : s.slice(markStart, markEnd + 1) };
}

/** Integer cents of the digits and marks between `from` and `to` (inclusive), or null. */
function centsOf(s: string, from: number, to: number): number | null {
  let commas = 0;
  let dots = 0;
  let spaces = 0;
  let lastComma = -1;
  let lastDot = -1;
  for (let i = from; i <= to; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c === Ch.Comma) {
      commas++;
      lastComma = i;
    } else if (c === Ch.Dot) {
      dots++;
      lastDot = i;
    } else if (isGroupSpace(c)) spaces++;
    else return null;
  }
  let decimalAt = -1;
  let group = -1; // char code of the grouping mark, -1 = none yet
  if (commas && dots) {
    decimalAt = Math.max(lastComma, lastDot);
    if ((decimalAt === lastComma ? commas : dots) > 1) return null;
    group = decimalAt === lastComma ? Ch.Dot : Ch.Comma;
  } else if (commas || dots) {
    const at = commas ? lastComma : lastDot;
    const count = commas || dots;
    const after = to - at;
    if (count === 1 && after <= 2) decimalAt = at;
    else if (after === 3 && !spaces && groupsValid(s, from, to, s.charCodeAt(at))) group = s.charCodeAt(at);
    else if (after === 3 && spaces) return null; // "1 234.567": a space and a dot group together
    // A lone dot before three or more digits that cannot group thousands is a decimal point with
    // more places than money has (`64982.589`, `0.125`, `12.3456`, as SQL and float exports print).
    else if (dots === 1 && !spaces) decimalAt = at;
    else return null;
  }
  if (spaces && group !== -1 && group !== Ch.Space) return null; // "1 234.567,50": two grouping styles
  const intEnd = decimalAt >= 0 ? decimalAt - 1 : to;
  if (!groupsValid(s, from, intEnd, group === -1 && spaces ? Ch.Space : group)) return null;
  let whole = 0;
  for (let i = from; i <= intEnd; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) whole = whole * 10 + (c - Ch.Zero);
  }
  let frac = 0;
  if (decimalAt >= 0) {
    const digits = to - decimalAt;
    if (digits < 1) return null;
    for (let i = decimalAt + 1; i <= to; i++) if (!isDigit(s.charCodeAt(i))) return null;
    frac = (s.charCodeAt(decimalAt + 1) - Ch.Zero) * 10 + (digits >= 2 ? s.charCodeAt(decimalAt + 2) - Ch.Zero : 0);
    // Third place and beyond: rounded half up to the cent, from the digits (no float on the way).
    if (digits >= 3 && s.charCodeAt(decimalAt + 3) >= Ch.Zero + 5) frac += 1;
  }
  const cents = whole * 100 + frac;
  return Number.isSafeInteger(cents) ? cents : null;
}

/**
 * Whether the integer part's grouping marks stand where thousands are grouped: `1,234,567`
 * (groups of three after one to three digits), or with commas the Indian lakh and crore grouping
 * `14,98,100` and `1,00,00,000` (groups of two, then a last group of three). A leading zero
 * never starts a grouped number (`0,123` is no thousands).
 */
function groupsValid(s: string, from: number, to: number, group: number): boolean {
  let run = 0;
  let groups = 0;
  let leading = -1;
  let twos = 0;
  let threes = 0;
  for (let i = from; i <= to; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      run++;
      continue;
    }
    if (c === Ch.Comma || c === Ch.Dot || isGroupSpace(c)) {
      if (group === -1 || (c !== group && !(isGroupSpace(c) && isGroupSpace(group)))) return false;
    } else return false;
    if (run === 0) return false;
    if (groups === 0) leading = run;
    else if (run === 2) twos++;
    else if (run === 3) threes++;
    else return false;
    groups++;
    run = 0;
  }
  if (groups === 0) return true;
  if (run !== 3 || leading > 3) return false;
  if (leading === 1 && s.charCodeAt(from) === Ch.Zero) return false;
  if (twos === 0) return true;
  // Indian grouping: commas only, every inner group of two, the first of one or two digits.
  return group === Ch.Comma && threes === 0 && leading <= 2;
}
