import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dayFromExcelSerial, excelSerialFromDay, parseDateCell } from '../../core/coerce/date';
import { parseMoneyCell } from '../../core/coerce/money';
import { readAging } from '../../core/aging/read-aging';
import { guardText, looksLikeFormula } from '../../core/text/formula-guard';
import { instantOf, wallTimeOf } from '../../core/time/zone';

const anyCell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));

describe('coercion', () => {
  test('never throws on any cell', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        parseDateCell(cell, null);
        parseDateCell(cell, 'DMY');
        parseMoneyCell(cell);
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

  test('readAging never throws and never reports more money than the valid amount cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 20 }), (rows) => {
        const sheet = [['Customer', 'Invoice', 'Due date', 'Amount'], ...rows];
        const read = readAging(sheet);
        const valid = rows.reduce((s, r) => {
          const m = parseMoneyCell(r[3] ?? null);
          return s + (m?.ok ? Math.abs(m.value) : 0);
        }, 0);
        const total = read.lines.reduce((s, l) => s + Math.abs(l.openBalance), 0);
        expect(total).toBeLessThanOrEqual(valid + 1e-6);
      }),
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

test('typed text never becomes a formula', () => {
  fc.assert(fc.property(fc.string(), (s) => !looksLikeFormula(guardText(s))));
});
