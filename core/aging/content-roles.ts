import { parseDateCell } from '../coerce/date';
import { parseMoneyCell } from '../coerce/money';
import { cellText, isEmptyCell } from '../coerce/text';
import type { Cell, Table } from '../model/cell';
import type { AgingField } from './types';

/** Why a column was taken for a role, shown to the user (texts in messages.ts, GUESS_REASONS). */
export type GuessReason = 'repeatedNames' | 'names' | 'codes' | 'dates' | 'laterDates' | 'amounts' | 'lastAmount' | 'days';

export interface ColumnGuess {
  readonly field: AgingField;
  readonly column: number;
  readonly reason: GuessReason;
}

/** Rows looked at per column: enough to see repeats, few enough to stay cheap on a million rows. */
const SAMPLE_ROWS = 200;
/** Excel serials of 2000-01-01 and 2050-12-31: whole numbers between them may be dates. */
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 55_153;

interface Profile {
  filled: number;
  texts: number;
  codes: number; // texts holding a digit (INV-0042), as invoice numbers do
  dates: number;
  money: number;
  integers: number;
  smallIntegers: number; // |v| ≤ 2000, as days are
  serials: number;
  distinct: Set<string>;
  serialMin: number;
  serialMax: number;
}

function profile(table: Table, from: number, column: number): Profile {
  const p: Profile = { filled: 0, texts: 0, codes: 0, dates: 0, money: 0, integers: 0, smallIntegers: 0, serials: 0, distinct: new Set(), serialMin: Infinity, serialMax: -Infinity };
  const end = Math.min(table.length, from + SAMPLE_ROWS);
  for (let r = from; r < end; r++) {
    const row = table[r];
    if (!Array.isArray(row)) continue;
    const cell = (row as readonly Cell[])[column];
    if (isEmptyCell(cell)) continue;
    p.filled++;
    if (cell instanceof Date) {
      p.dates++;
      continue;
    }
    if (typeof cell === 'number') {
      p.money++;
      if (Number.isInteger(cell)) {
        p.integers++;
        if (Math.abs(cell) <= 2000) p.smallIntegers++;
        if (cell >= FIRST_SERIAL && cell <= LAST_SERIAL) {
          p.serials++;
          p.serialMin = Math.min(p.serialMin, cell);
          p.serialMax = Math.max(p.serialMax, cell);
        }
      }
      continue;
    }
    if (typeof cell !== 'string') continue;
    const date = parseDateCell(cell, 'DMY');
    if (date?.ok && /\D/.test(cell.trim())) {
      p.dates++;
      continue;
    }
    const money = parseMoneyCell(cell);
    if (money?.ok) {
      p.money++;
      if (Number.isInteger(money.value) && !/[.,]\d{1,2}\s*\D*$/.test(cell)) {
        p.integers++;
        if (Math.abs(money.value) <= 2000) p.smallIntegers++;
      }
      continue;
    }
    p.texts++;
    if (/\d/.test(cell)) p.codes++;
    p.distinct.add(cellText(cell).toLowerCase());
  }
  return p;
}

const most = (part: number, whole: number) => whole > 0 && part >= 0.8 * whole;

/**
 * Roles of the columns whose headers said nothing, read from what they hold: a column of names that
 * repeat is the customer; codes that never repeat are invoice numbers; columns of dates are the
 * document date and, when a date column precedes it, the due date; columns of amounts are the
 * amount and (the last of several) the open balance; whole numbers of days beside money are days
 * past due. Only roles not already `known` are guessed, and only where the contents leave no
 * doubt: a column that is a mix stays unread.
 *
 * @example
 * guessRoles([['A', 'B', 'C'], ['Acme', '2026-10-01', '1,200.00'], ['Acme', '2026-10-15', '80.00']], 0, {}, [])
 * // → [{ field: 'customer', column: 0, reason: 'repeatedNames' }, { field: 'documentDate', column: 1, … }, { field: 'amount', column: 2, … }]
 */
export function guessRoles(table: Table, headerIndex: number, known: Partial<Record<AgingField, number>>, taken: readonly number[]): ColumnGuess[] {
  let width = 0;
  const end = Math.min(table.length, headerIndex + 1 + SAMPLE_ROWS);
  for (let r = Math.max(0, headerIndex); r < end; r++) {
    const row = table[r];
    if (Array.isArray(row)) width = Math.max(width, row.length);
  }
  const used = new Set<number>([...(Object.values(known) as number[]), ...taken]);
  // Rows with anything in them: a customer column is filled on (nearly) every one, a comment is not.
  let rows = 0;
  for (let r = headerIndex + 1; r < end; r++) {
    const row = table[r];
    if (Array.isArray(row) && (row as readonly Cell[]).some((c) => !isEmptyCell(c))) rows++;
  }
  const texts: { column: number; p: Profile }[] = [];
  const dates: number[] = [];
  const money: number[] = [];
  const days: number[] = [];
  for (let c = 0; c < width; c++) {
    if (used.has(c)) continue;
    const p = profile(table, headerIndex + 1, c);
    if (p.filled === 0) continue;
    const serialDates = p.serials === p.filled && p.filled >= 2 && p.serialMax - p.serialMin <= 3650;
    if (most(p.dates, p.filled) || serialDates) dates.push(c);
    else if (most(p.money, p.filled)) (p.smallIntegers === p.filled && p.integers === p.filled ? days : money).push(c);
    else if (most(p.texts, p.filled)) texts.push({ column: c, p });
  }
  const out: ColumnGuess[] = [];
  if (known.customer === undefined) {
    const filled = texts.filter((t) => most(t.p.filled, rows));
    const repeated = filled.find((t) => t.p.distinct.size < t.p.texts && t.p.codes < t.p.texts);
    const named = repeated ?? filled.find((t) => t.p.codes < t.p.texts / 2);
    if (named) out.push({ field: 'customer', column: named.column, reason: repeated ? 'repeatedNames' : 'names' });
  }
  if (known.invoice === undefined) {
    const codes = texts.find((t) => !out.some((g) => g.column === t.column) && t.p.distinct.size === t.p.texts && most(t.p.codes, t.p.texts));
    if (codes) out.push({ field: 'invoice', column: codes.column, reason: 'codes' });
  }
  if (known.dueDate === undefined && known.documentDate === undefined) {
    if (dates.length >= 2) {
      out.push({ field: 'documentDate', column: dates[0]!, reason: 'dates' });
      out.push({ field: 'dueDate', column: dates[1]!, reason: 'laterDates' });
    } else if (dates.length === 1) out.push({ field: 'documentDate', column: dates[0]!, reason: 'dates' });
  } else if (known.dueDate === undefined && dates.length > 0 && dates[0]! > known.documentDate!) {
    out.push({ field: 'dueDate', column: dates[0]!, reason: 'laterDates' });
  }
  const moneyKnown = known.amount !== undefined || known.openBalance !== undefined || taken.length > 0;
  if (!moneyKnown && money.length > 0) {
    out.push({ field: 'amount', column: money[0]!, reason: 'amounts' });
    if (money.length >= 2) out.push({ field: 'openBalance', column: money[money.length - 1]!, reason: 'lastAmount' });
  }
  // Small whole numbers are days only beside money; alone they are the money.
  if (!moneyKnown && money.length === 0 && days.length > 0) out.push({ field: 'amount', column: days.shift()!, reason: 'amounts' });
  if (known.daysPastDue === undefined && days.length > 0 && (moneyKnown || money.length > 0)) out.push({ field: 'daysPastDue', column: days[0]!, reason: 'days' });
  return out;
}
