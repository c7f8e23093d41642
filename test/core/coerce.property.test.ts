import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dayFromExcelSerial, excelSerialFromDay, parseDateCell } from '../../core/coerce/date';
import { parseMoneyCell } from '../../core/coerce/money';
import { readAging } from '../../core/aging/read-aging';
import { guardText, looksLikeFormula } from '../../core/text/formula-guard';
import { instantOf, wallTimeOf } from '../../core/time/zone';

const blank = (cell: unknown) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
const anyCell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));

describe('coercion', () => {
  test('any cell is read as empty, a valid value, or a named error, never a silently wrong value', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const order of [null, 'DMY'] as const) {
          const d = parseDateCell(cell, order);
          if (d === null) expect(blank(cell)).toBe(true);
          else if (d.ok) {
            expect(Number.isInteger(d.day)).toBe(true);
            expect(d.minutes === null || (Number.isInteger(d.minutes) && d.minutes >= 0 && d.minutes < 1440)).toBe(true);
          } else expect(['bad-date', 'ambiguous-date']).toContain(d.code);
        }
        const m = parseMoneyCell(cell);
        if (m === null) expect(blank(cell)).toBe(true);
        else if (m.ok) expect(Number.isFinite(m.value)).toBe(true);
        else expect(m.code).toBe('bad-amount');
        // A boolean or a date is never money.
        if (typeof cell === 'boolean' || cell instanceof Date) expect(m?.ok).not.toBe(true);
      }),
    );
  });

  test('Excel serials and days round-trip, the 1900 leap-year quirk included', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2_958_465 }).filter((s) => s !== 60), (serial) => excelSerialFromDay(dayFromExcelSerial(serial)!) === serial));
    expect(dayFromExcelSerial(60)).toBeNull();
    expect(parseDateCell(61, null)).toMatchObject({ ok: true, day: Date.UTC(1900, 2, 1) / 86_400_000 });
  });

  test('money written in each style parses back to the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), (cents) => {
        const abs = Math.abs(cents);
        const whole = Math.floor(abs / 100).toString();
        const frac = String(abs % 100).padStart(2, '0');
        const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        const value = cents / 100;
        const styles = [`$${group(',')}.${frac}`, `${group(' ')},${frac} zł`, `${group('.')},${frac} €`, `¥${group(',')}.${frac}`];
        for (const s of styles) {
          const text = cents < 0 ? `(${s})` : s;
          const parsed = parseMoneyCell(text);
          expect(parsed).toMatchObject({ ok: true, value: value === 0 ? 0 : value });
        }
      }),
    );
  });

  test('readAging counts exactly the money of the valid rows: amounts known by construction, not by the parser', () => {
    // Each row is valid (customer, ISO due date, an amount written in one of several styles whose
    // value the generator knows) or junk (no amount a person would read as money).
    const validRow = fc.record({
      customer: fc.constantFrom('Acme', 'Bolt Sp. z o.o.', '华为', 'Delta'),
      due: fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      cents: fc.integer({ min: -9_999_999, max: 99_999_999 }),
      style: fc.constantFrom('number', 'us', 'pl', 'paren'),
    });
    const junkRow = fc.record({
      customer: fc.constantFrom('Acme', 'Total', '', 'Grand total'),
      amount: fc.constantFrom('abc', 'n/a', '', 'TRUE', '--', 'twelve'),
    });
    const written = (cents: number, style: string): string | number => {
      const abs = Math.abs(cents);
      const text = `${Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, style === 'pl' ? ' ' : ',')}${style === 'pl' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
      if (style === 'number') return cents / 100;
      if (style === 'paren') return cents < 0 ? `(${text})` : text;
      return cents < 0 ? `-${text}` : text;
    };
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: validRow, weight: 4 }, { arbitrary: junkRow, weight: 1 }), { maxLength: 20 }), (rows) => {
        const sheet = [['Customer', 'Invoice', 'Due date', 'Amount'], ...rows.map((r, i) => ('cents' in r ? [r.customer, `I-${i}`, r.due, written(r.cents, r.style)] : [r.customer, `J-${i}`, '2026-01-01', r.amount]))];
        const read = readAging(sheet);
        const expected = rows.reduce((sum, r) => sum + ('cents' in r ? r.cents : 0), 0);
        const counted = Math.round(read.lines.reduce((sum, l) => sum + l.openBalance, 0) * 100);
        expect(counted).toBe(expected);
        expect(read.lines).toHaveLength(rows.filter((r) => 'cents' in r).length);
        // A junk amount on a named customer's row is reported on that row, never dropped silently.
        rows.forEach((r, i) => {
          if (!('cents' in r) && r.customer === 'Acme' && r.amount !== '') expect(read.issues.some((x) => x.row === i + 2), `row ${i + 2}`).toBe(true);
        });
      }),
      { seed: 20261201 },
    );
  });
});

describe('time zones', () => {
  const zones = ['America/New_York', 'Europe/Warsaw', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
  test('an instant read as wall time and back is the same instant (outside repeated hours)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const instant = new Date(Math.floor(ms / 60_000) * 60_000);
        const back = instantOf(wallTimeOf(instant, zone), zone);
        // In a fall-back hour the wall time occurs twice; the earlier instant is chosen.
        expect(back.getTime() === instant.getTime() || back.getTime() === instant.getTime() - 3_600_000 || back.getTime() === instant.getTime() - 1_800_000).toBe(true);
      }),
    );
  });
});

test('typed text never becomes a formula: an apostrophe before = + - @ tab and CR, nothing else changed', () => {
  // What spreadsheets treat as a formula start (OWASP CSV injection), typed out here.
  const starts = ['=', '+', '-', '@', '\t', '\r'];
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.tuple(fc.constantFrom(...starts), fc.string()).map(([a, b]) => a + b)), (s) => {
      const dangerous = starts.includes(s.charAt(0));
      expect(guardText(s)).toBe(dangerous ? `'${s}` : s);
      expect(looksLikeFormula(s)).toBe(dangerous);
    }),
    { seed: 20261201 },
  );
  for (const s of ['+48 22 555 01 02', '=SUM(A1)', '-10%', '@x', '\t=1']) expect(guardText(s)).toBe(`'${s}`);
});
