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

const SEED = Number(process.env.PROPERTY_SEED ?? 20261201);
const CUSTOMERS = ['Acme', 'Bolt Sp. z o.o.', '华为', 'Delta', 'TOTAL', ''];

/** Aging rows most of which a person would call valid, in several spellings, with junk cells mixed in. */
const agingRow = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(
      fc.constantFrom(...CUSTOMERS),
      fc.string({ maxLength: 6 }),
      fc.oneof(fc.constantFrom('2026-10-01', '01.09.2026', '2026/08/15', '31/12/2026', '2026-02-30'), fc.integer({ min: 40000, max: 48000 }), fc.date({ min: new Date('2024-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })),
      fc.oneof(fc.integer({ min: -500, max: 90_000 }), fc.constantFrom('$1,234.00', '(25.00)', '1 234,50 zł', 'abc', '')),
      fc.oneof(fc.constantFrom('PL', 'US', 'CN', 'XX', ''), cell),
      fc.oneof(fc.constantFrom('Europe/Warsaw', 'Mars/Base', ''), cell),
      fc.oneof(fc.constantFrom('', '15', '40'), cell),
      fc.oneof(fc.constantFrom('09:00-17:00', '25:00-26:00', ''), cell),
    ),
  },
  { weight: 1, arbitrary: fc.array(cell, { maxLength: 9 }) },
);

/** Call-log rows, mostly for the customers above, outcomes in the three languages. */
const logRow = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(
      fc.oneof(fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString()), fc.constantFrom('yesterday', '2026-13-01')),
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom('Acme', 'Bolt Sp. z o.o.', '华为', 'Delta') }, { weight: 1, arbitrary: fc.constantFrom('Nobody', '', 'TOTAL') }),
      fc.constantFrom('Ann', ''),
      fc.constantFrom('no answer', 'promise to pay', '承诺付款', 'obietnica zapłaty', 'refused', 'cease request', 'bankruptcy', 'maybe'),
      fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 5000 })),
      fc.constantFrom('', '2026-11-30', 'soon'),
    ),
  },
  { weight: 1, arbitrary: fc.array(cell, { maxLength: 12 }) },
);

test('no table, however broken, makes the planner throw, and what it returns holds together', () => {
  const seen = { runs: 0, withDebtors: 0, withCallsRead: 0 };
  fc.assert(
    fc.property(
      fc.array(agingRow, { minLength: 3, maxLength: 12 }).map((rows) => [['Customer', 'Invoice', 'Due date', 'Amount', 'Country', 'Time zone', 'Payday', 'Working hours'], ...rows] as unknown[][]),
      fc.array(logRow, { minLength: 4, maxLength: 12 }).map((rows) => [callLogHeaders('en'), ...rows] as unknown[][]),
      fc.array(fc.tuple(fc.constantFrom('policy', 'collectorTimeZone', 'workingHours', 'dailyCapacity', 'holidays', 'language', 'nonsense'), cell), { maxLength: 6 }),
      // Mostly after the logged calls (a plan reads only calls before its as-of), sometimes anywhere.
      fc.oneof({ weight: 4, arbitrary: fc.integer({ min: Date.UTC(2027, 0, 1), max: Date.UTC(2027, 6, 1) }) }, { weight: 1, arbitrary: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }) }),
      (aging, callLog, settings, asOfMs) => {
        const asOf = new Date(asOfMs);
        const plan = planCalls({ aging: aging as never, callLog: callLog as never, settings, asOf });
        seen.runs++;
        if (plan.debtors.length) seen.withDebtors++;
        if (plan.debtors.some((d) => d.history.lastCall !== null)) seen.withCallsRead++;
        const rowsSeen = new Set<number>();
        for (const d of plan.debtors) {
          expect(Number.isFinite(d.balance)).toBe(true);
          expect(Number.isFinite(d.priority)).toBe(true);
          expect(d.priority).toBeGreaterThanOrEqual(0);
          expect(d.collectability).toBeGreaterThanOrEqual(0);
          expect(d.collectability).toBeLessThanOrEqual(1);
          expect(d.customer).not.toBe('');
          // Each aging row feeds one debtor at most, and only a data row does.
          for (const r of d.rows) {
            expect(r).toBeGreaterThanOrEqual(2);
            expect(r).toBeLessThanOrEqual(aging.length);
            expect(rowsSeen.has(r)).toBe(false);
            rowsSeen.add(r);
          }
          if (d.nextCall) {
            expect(d.doNotCall).toBe(false);
            expect(d.nextCall.start.getTime()).toBeGreaterThanOrEqual(asOf.getTime() - 60_000);
          }
          expect(d.reasons.length).toBeGreaterThan(0);
        }
        expect(plan.queue.length).toBeLessThanOrEqual(plan.settings.dailyCapacity);
        for (const q of plan.queue) expect(plan.debtors.some((d) => d.customer === q)).toBe(true);
        for (const issue of plan.issues) {
          expect(issue.message.length).toBeGreaterThan(0);
          expect(['aging', 'callLog', 'settings']).toContain(issue.table);
        }
      },
    ),
    { numRuns: 150, seed: SEED },
  );
  console.log(`robustness property: seed ${SEED}; ${seen.withDebtors} of ${seen.runs} runs produced debtors, ${seen.withCallsRead} read call-log rows into a debtor's history`);
  expect(seen.withDebtors).toBeGreaterThan(seen.runs * 0.7);
  expect(seen.withCallsRead).toBeGreaterThan(seen.runs * 0.5);
}, 120_000);

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
