import type { Cell, DateOrder } from '../model/cell';
import type { EpochDay } from '../model/day';

export type DateParse = { ok: true; day: EpochDay; minutes: number | null } | { ok: false; code: 'bad-date' | 'ambiguous-date' };

const BAD: DateParse = { ok: false, code: 'bad-date' };
const AMBIGUOUS: DateParse = { ok: false, code: 'ambiguous-date' };

/** Excel serial 25569 is 1970-01-01. Serials below 61 are off by one: Excel believes 1900 was a leap year. */
const SERIAL_EPOCH = 25569;
const LAST_SERIAL = 2_958_465; // 9999-12-31

/**
 * Excel serial → epoch day; null for the fictitious 1900-02-29 (serial 60) and out-of-range
 * serials. The fraction (time of day) is dropped.
 *
 * @example
 * dayFromExcelSerial(46349) // → 20780 (2026-11-23)
 * dayFromExcelSerial(60)    // → null (Lotus 1-2-3's 29 February 1900, kept by Excel)
 */
export function dayFromExcelSerial(serial: number): EpochDay | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > LAST_SERIAL || whole === 60) return null;
  return whole < 60 ? whole - SERIAL_EPOCH + 1 : whole - SERIAL_EPOCH;
}

/** Epoch day (and minutes after midnight) → Excel serial, the exact inverse of dayFromExcelSerial. */
export function excelSerialFromDay(day: EpochDay, minutes = 0): number {
  const whole = day + SERIAL_EPOCH;
  const serial = whole < 61 ? whole - 1 : whole;
  return serial + minutes / 1440;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  sty: 1, lut: 2, kwi: 4, maj: 5, cze: 6, lip: 7, sie: 8, wrz: 9, paź: 10, paz: 10, lis: 11, gru: 12,
  styczeń: 1, luty: 2, marzec: 3, kwiecień: 4, czerwiec: 6, lipiec: 7, sierpień: 8, wrzesień: 9, październik: 10, listopad: 11, grudzień: 12,
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, października: 10, listopada: 11, grudnia: 12,
};

/**
 * Days since 1970-01-01 of a civil date (proleptic Gregorian), by arithmetic: no Date object on the
 * hot path of a million-row sheet. (H. Hinnant's days_from_civil.)
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** A calendar date, or null when it does not exist. Two-digit years: 00–69 → 2000s, 70–99 → 1900s. */
function valid(y: number, m: number, d: number): EpochDay | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

const TIME = /^(?:T|\s|,)?\s*(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** Minutes after midnight of the time written after a date; null when none; undefined when unreadable. */
function timePart(rest: string): number | null | undefined {
  const t = rest.trim();
  if (!t) return null;
  const m = TIME.exec(t);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[4]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (m[4].toLowerCase().startsWith('p') ? 12 : 0);
  }
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

function done(day: EpochDay | null, rest: string): DateParse {
  if (day === null) return BAD;
  const minutes = timePart(rest);
  return minutes === undefined ? BAD : { ok: true, day, minutes };
}

/**
 * Reads a date cell the way both hosts deliver it.
 * - Numbers are Excel serials, the fraction being the time of day (1900 leap-year quirk kept).
 * - `Date` objects are read by their UTC fields: each shell converts host dates at its boundary
 *   into a Date whose UTC fields show the wall clock the user sees (Apps Script hands over real
 *   instants; the Sheets shell shifts them by the spreadsheet's zone before calling the core).
 * - Text: ISO (`2026-03-05`, `2026-03-05T09:30`, an offset is ignored and the wall time kept as
 *   written), `2026/3/5`, `2026年3月5日`, slashed or dashed `M/D/YYYY` / `D/M/YYYY` per `order`
 *   (without one, a date readable both ways is reported as ambiguous, never guessed; one with a
 *   part above 12 is read the only way it can be), dotted `05.03.2026` day first, `15 Jul 2026`,
 *   `Jul 15, 2026`, `15-Jul-26`, `5 marca 2026 r.`; a time may follow (`09:30`, `9:30 AM`, `14.30`);
 *   compact `20260305` (also `20260305.0`, and as a number).
 * Empty cells (`null`, `""`, whitespace) give null.
 *
 * @example
 * parseDateCell(46096, null)         // → { ok: true, day: <2026-03-15>, minutes: null }
 * parseDateCell('03/05/2026', null)  // → { ok: false, code: 'ambiguous-date' }
 * parseDateCell('03/05/2026', 'DMY') // → { ok: true, day: <2026-05-03>, minutes: null }
 */
export function parseDateCell(cell: Cell | undefined, order: DateOrder | null): DateParse | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return BAD;
    // Round to the minute first, so 23:59:59.9 becomes the next day's 00:00, not minute 1440.
    const total = Math.round(cell * 1440);
    const whole = Math.floor(total / 1440);
    const day = dayFromExcelSerial(whole) ?? (Number.isInteger(cell) ? compactDay(cell) : null);
    if (day === null) return BAD;
    const minutes = total - whole * 1440;
    return { ok: true, day, minutes: minutes > 0 ? minutes : null };
  }
  if (cell instanceof Date) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) return BAD;
    const total = Math.round(ms / 60_000);
    const day = Math.floor(total / 1440);
    const minutes = total - day * 1440;
    return { ok: true, day, minutes: minutes > 0 ? minutes : null };
  }
  if (typeof cell !== 'string') return BAD;
  let text = cell.trim();
  if (!text) return null;
  // Full-width digits (２０２６年３月５日) fold to ASCII; Polish dates may end in "r." (roku).
  if (needsFolding(text)) text = text.normalize('NFKC').replace(/\s+r\.?$/, '');
  return numericDate(text, order) ?? compactDate(text) ?? wordedDate(text);
}

/** Compact dates are read only in this span: outside it eight digits are a code, not a day. */
const COMPACT_FIRST_YEAR = 1900;
const COMPACT_LAST_YEAR = 2199;

/**
 * `YYYYMMDD` as a number: SAP, SQL and ERP exports write dates so (`20190307`, often as a float,
 * `20190307.0`). No Excel serial is that large (the last, 9999-12-31, is 2,958,465), so the two
 * readings never compete.
 */
function compactDay(value: number): EpochDay | null {
  const y = Math.floor(value / 10_000);
  if (y < COMPACT_FIRST_YEAR || y > COMPACT_LAST_YEAR) return null;
  return valid(y, Math.floor(value / 100) % 100, value % 100);
}

/** `20190307` or `20190307.0` as text; undefined when the text is not eight digits. */
function compactDate(text: string): DateParse | undefined {
  const m = /^(\d{8})(?:\.0+)?$/.exec(text);
  if (!m) return undefined;
  const day = compactDay(Number(m[1]));
  return day === null ? BAD : { ok: true, day, minutes: null };
}

function needsFolding(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return text.endsWith(' r.') || text.endsWith(' r');
}

/**
 * All-digit dates, scanned by hand (a regex chain costs several times more on a million rows):
 * `YYYY-M-D` with `-`, `/` or `.`, and `A/B/Y` with `/`, `-` or `.`. Undefined when the text is
 * not of this shape.
 */
function numericDate(text: string, order: DateOrder | null): DateParse | undefined {
  const n = text.length;
  let i = digitsEnd(text, 0);
  const lenA = i;
  if (lenA === 0 || lenA > 4 || i >= n) return undefined;
  const a = digitsValue(text, 0, i);
  const sep = text.charCodeAt(i);
  if (sep !== 45 /* - */ && sep !== 47 /* / */ && sep !== 46 /* . */) return undefined;
  const startB = i + 1;
  i = digitsEnd(text, startB);
  if (i === startB || i - startB > 2 || i >= n || text.charCodeAt(i) !== sep) return undefined;
  const b = digitsValue(text, startB, i);
  const startC = i + 1;
  i = digitsEnd(text, startC);
  const lenC = i - startC;
  if (lenC === 0 || lenC > 4) return undefined;
  const c = digitsValue(text, startC, i);
  const rest = text.slice(i);
  if (rest && !/^[\sT]/.test(rest)) return undefined;
  if (lenA === 4) return lenC <= 2 ? done(valid(a, b, c), rest) : BAD;
  if (lenA > 2 || (lenC !== 4 && lenC !== 2)) return BAD;
  const mdy = valid(c, a, b);
  const dmy = valid(c, b, a);
  if (order === 'YMD') return done(valid(a, b, c), rest); // 26/03/05
  if (order === 'MDY') return done(mdy, rest);
  if (order === 'DMY') return done(dmy, rest);
  // Dotted dates (05.03.2026) are day-first wherever they are written (Poland, Germany, Russia…).
  if (sep === 46) return done(dmy ?? mdy, rest);
  if (mdy !== null && dmy !== null && a !== b) return AMBIGUOUS;
  return done(mdy ?? dmy, rest);
}

/** Index after the run of ASCII digits starting at `from`. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

function digitsValue(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (text.charCodeAt(i) - 48);
  return v;
}

const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](.*)$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\.?(?:[\s-]+|\/)([A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]+)\.?,?(?:[\s-]+|\/)(\d{4}|\d{2})(.*)$/;
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(.*)$/;

/** Dates with words: `2026年3月5日`, `15 Jul 2026`, `15-Jul-26`, `04/May/2025`, `5 marca 2026`, `Jul 15, 2026`. */
function wordedDate(text: string): DateParse {
  let m = CHINESE.exec(text);
  if (m) return done(valid(+m[1]!, +m[2]!, +m[3]!), m[4]!);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return done(month ? valid(+m[3]!, month, +m[1]!) : null, m[4]!);
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return done(month ? valid(+m[3]!, month, +m[2]!) : null, m[4]!);
  }
  return BAD;
}

/**
 * Decides the order of slashed or dashed dates from a column's cells: a first part above 12 proves
 * day-first, a second part above 12 proves month-first. Both or neither: null (the caller reports
 * the cells that stay ambiguous). Dotted and year-first dates carry no evidence.
 *
 * @example
 * decideDateOrder(['03/05/2026', '25/05/2026']) // → 'DMY'
 */
export function decideDateOrder(samples: readonly Cell[]): DateOrder | null {
  let evidence = 0;
  for (const s of samples) {
    evidence |= dateOrderEvidence(s);
    if (evidence === 3) break;
  }
  return orderFromEvidence(evidence);
}

/** What one cell proves about the column: 1 = day-first, 2 = month-first, 0 = nothing. */
export function dateOrderEvidence(cell: Cell | undefined): number {
  if (typeof cell !== 'string') return 0;
  const parts = leadingParts(cell);
  if (parts < 0) return 0;
  return (parts >> 8 > 12 ? 1 : 0) | ((parts & 0xff) > 12 ? 2 : 0);
}

/** The order proven by evidence bits gathered with dateOrderEvidence; null when none or both. */
export function orderFromEvidence(evidence: number): DateOrder | null {
  return evidence === 1 ? 'DMY' : evidence === 2 ? 'MDY' : null;
}

/** `A/B/…` or `A-B-…` with 1–2 digit parts → (A << 8) | B; -1 otherwise. */
function leadingParts(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  let a = 0;
  let digits = 0;
  for (; i < s.length && digits < 3; i++, digits++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    a = a * 10 + c - 48;
  }
  if (digits === 0 || digits > 2) return -1;
  const sep = s.charCodeAt(i);
  if (sep !== 47 && sep !== 45) return -1;
  i++;
  let b = 0;
  digits = 0;
  for (; i < s.length && digits < 3; i++, digits++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    b = b * 10 + c - 48;
  }
  if (digits === 0 || digits > 2 || s.charCodeAt(i) !== sep) return -1;
  return (a << 8) | b;
}
