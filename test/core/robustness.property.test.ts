import fc from 'fast-check';
import { expect, test } from 'vitest';
import { planCalls, runFunction, FUNCTION_NAMES } from '../../core/index';
import { INTERNAL_ERROR_PREFIX } from '../../core/functions/run';
import { callLogHeaders } from '../../core/calllog/schema';

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'TOTAL', 'Total for X', '$1,234.00', '(25.00)', '12/31/2026', '31/12/2026', '2026-02-30', 'Europe/Warsaw', 'Mars/Base', 'promise to pay', 'yes', '=1+1'),
  fc.double(),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
);
const table = (header: string[]) => fc.array(fc.array(cell, { maxLength: header.length + 1 }), { maxLength: 12 }).map((rows) => [header, ...rows]);

test('no table, however broken, makes the planner throw', () => {
  fc.assert(
    fc.property(
      table(['Customer', 'Invoice', 'Due date', 'Amount', 'Country', 'Time zone', 'Payday', 'Working hours']),
      table(callLogHeaders('en')),
      fc.array(fc.tuple(fc.constantFrom('policy', 'collectorTimeZone', 'workingHours', 'dailyCapacity', 'holidays', 'language', 'nonsense'), cell), { maxLength: 6 }),
      fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
      (aging, callLog, settings, asOfMs) => {
        const plan = planCalls({ aging, callLog, settings, asOf: new Date(asOfMs) });
        for (const d of plan.debtors) {
          expect(Number.isFinite(d.balance)).toBe(true);
          expect(Number.isFinite(d.priority)).toBe(true);
          expect(d.collectability).toBeGreaterThanOrEqual(0);
          expect(d.collectability).toBeLessThanOrEqual(1);
        }
      },
    ),
    { numRuns: 150 },
  );
});

test('no argument makes a spreadsheet function throw', () => {
  fc.assert(
    fc.property(fc.constantFrom(...FUNCTION_NAMES), fc.array(fc.oneof(cell, fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 })), { maxLength: 5 }), (name, args) => {
      for (const host of [{ dates: 'serial' as const }, { dates: 'date' as const, now: new Date('2026-11-23T08:00:00Z') }]) {
        const out = runFunction(name, args, host);
        expect(JSON.stringify(out) ?? '').not.toContain(INTERNAL_ERROR_PREFIX);
      }
    }),
    { numRuns: 200 },
  );
});
