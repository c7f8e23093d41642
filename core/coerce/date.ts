import type { Cell, DateOrder } from '../model/cell';
import { civil, epochDay, type EpochDay } from '../model/day';

export type DateParse = { ok: true; day: EpochDay; minutes: number | null } | { ok: false; code: 'bad-date' | 'ambiguous-date' };

/** Excel serial 25569 is 1970-01-01. Serials below 61 are off by one: Excel believes 1900 was a leap year. */
const SERIAL_EPOCH = 25569;

/** Excel serial → epoch day; null for the fictitious 1900-02-29 (serial 60) and out-of-range serials. */
export function dayFromExcelSerial(serial: number): EpochDay | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > 2_958_465 || whole === 60) return null;
  return whole < 60 ? whole - SERIAL_EPOCH + 1 : whole - SERIAL_EPOCH;
}

/** Epoch day (and minutes after midnight) → Excel serial, the inverse of dayFromExcelSerial. */
export function excelSerialFromDay(day: EpochDay, minutes = 0): number {
  const whole = day + SERIAL_EPOCH;
  const serial = whole < 61 ? whole - 1 : whole;
  return serial + minutes / 1440;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  sty: 1, lut: 2, kwi: 4, maj: 5, cze: 6, lip: 7, sie: 8, wrz: 9, paź: 10, paz: 10, lis: 11, gru: 12,
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, października: 10, listopada: 11, grudnia: 12,
};

function valid(y: number, m: number, d: number): EpochDay | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const day = epochDay(y, m, d);
  const back = civil(day);
  return back.month === m && back.day === d ? day : null;
}

function timePart(rest: string): number | null | undefined {
  const t = rest.trim();
  if (!t) return null;
  const m = /^(?:T|\s)?\s*(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[4]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
  }
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

/**
 * Reads a date cell the way both hosts deliver it. Numbers are Excel serials (fraction = time of
 * day); `Date` objects are read by their UTC fields, because each shell converts host dates to the
 * wall clock the user sees before calling the core; text may be ISO, slashed numeric (per `order`,
 * else reported as ambiguous when both readings are valid), `15 Jul 2026`, `Jul 15, 2026`,
 * `2026年3月5日`, `05.03.2026` (day first, as in Poland and Germany). Empty cells give null.
 *
 * @example
 * parseDateCell(46096, null)        // → { ok: true, day: <2026-03-15>, minutes: null }
 * parseDateCell('03/05/2026', null) // → { ok: false, code: 'ambiguous-date' }
 * parseDateCell('03/05/2026', 'DMY')// → 3 May 2026
 */
export function parseDateCell(cell: Cell, order: DateOrder | null): DateParse | null {
  if (cell === null || cell === undefined) return null;
  const bad: DateParse = { ok: false, code: 'bad-date' };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return bad;
    // Round to the minute first, so 23:59:59.9 becomes the next day's 00:00, not minute 1440.
    const total = Math.round(cell * 1440);
    const whole = Math.floor(total / 1440);
    const day = dayFromExcelSerial(whole);
    if (day === null) return bad;
    const minutes = total - whole * 1440;
    return { ok: true, day, minutes: minutes > 0 ? minutes : null };
  }
  if (cell instanceof Date) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) return bad;
    const total = Math.round(ms / 60_000);
    const day = Math.floor(total / 1440);
    const minutes = total - day * 1440;
    return { ok: true, day, minutes: minutes > 0 ? minutes : null };
  }
  if (typeof cell === 'boolean') return bad;
  let text = cell.trim();
  if (!text) return null;
  // Full-width digits (２０２６年３月５日) fold to ASCII; Polish dates may end in "r." (roku).
  if (/[^\x00-\x7f]|\sr\.?$/.test(text)) text = text.normalize('NFKC').replace(/\s+r\.?$/, '');
  const done = (day: EpochDay | null, rest: string): DateParse => {
    if (day === null) return bad;
    const minutes = timePart(rest);
    return minutes === undefined ? bad : { ok: true, day, minutes };
  };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(.*)$/.exec(text);
  if (m) return done(valid(+m[1]!, +m[2]!, +m[3]!), m[4]!);
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(.*)$/.exec(text);
  if (m) return done(valid(+m[1]!, +m[2]!, +m[3]!), m[4]!);
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(.*)$/.exec(text);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    const y = +m[4]!;
    const mdy = valid(y, a, b);
    const dmy = valid(y, b, a);
    if (order === 'MDY') return done(mdy, m[5]!);
    if (order === 'DMY') return done(dmy, m[5]!);
    // Dotted dates (05.03.2026) are day-first wherever they are written (Poland, Germany, Russia…).
    if (m[2] === '.') return done(dmy ?? mdy, m[5]!);
    if (mdy !== null && dmy !== null && a !== b) return { ok: false, code: 'ambiguous-date' };
    return done(mdy ?? dmy, m[5]!);
  }
  m = /^(\d{1,2})[\s-]+([A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]+)\.?[\s-]+(\d{4}|\d{2})(.*)$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return done(month ? valid(+m[3]!, month, +m[1]!) : null, m[4]!);
  }
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(.*)$/.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return done(month ? valid(+m[3]!, month, +m[2]!) : null, m[4]!);
  }
  return bad;
}

/**
 * Decides the order of slashed dates from a column: a first part above 12 proves DMY, a second
 * part above 12 proves MDY. Both or neither: null (the caller reports ambiguous cells).
 */
export function decideDateOrder(samples: readonly Cell[]): DateOrder | null {
  let dmy = false;
  let mdy = false;
  for (const s of samples) {
    if (typeof s !== 'string') continue;
    const m = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})/.exec(s);
    if (!m) continue;
    if (+m[1]! > 12) dmy = true;
    if (+m[2]! > 12) mdy = true;
  }
  return dmy === mdy ? null : dmy ? 'DMY' : 'MDY';
}
