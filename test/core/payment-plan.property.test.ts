import fc from 'fast-check';
import { expect, test } from 'vitest';
import { CONSEQUENCES } from '../../core/calllog/schema';
import { planCalls } from '../../core/index';
import { epochDay, isoDay } from '../../core/model/day';
import { aging, callLog } from './helpers';

/**
 * For random plans and payment histories, judged by an oracle written here from the promise rule
 * (kept when the money up to and including the instalment arrived, else missed once its day has
 * passed, else due), sharing no code with core/history/debtor-log.ts:
 * - kept, due and missed partition the instalments, and the counts agree with the list;
 * - each instalment's state is the oracle's;
 * - while the plan runs, the stage is where it stood before the plan (1: it was agreed on the
 *   first call) plus one step a missed instalment, capped at 5, and the history counts each missed
 *   instalment as a broken promise — exactly as it counts broken promises.
 */
const SEED = Number(process.env.PLAN_SEED ?? 20261202);
const RUNS = Number(process.env.PLAN_RUNS ?? 300);
console.log(`payment-plan properties: fast-check seed ${SEED}, ${RUNS} plans (rerun with PLAN_SEED=… PLAN_RUNS=…)`);

const ZONE = 'Europe/Warsaw';
const DUE = epochDay(2026, 9, 1);
/** The plan is agreed on the first call about the debt, 1–40 days after it fell due (age floor 1). */
const world = fc.record({
  callAfterDue: fc.integer({ min: 1, max: 40 }),
  firstAfterCall: fc.integer({ min: 0, max: 20 }),
  kind: fc.constantFrom('schedule', 'list'),
  count: fc.integer({ min: 2, max: 7 }),
  every: fc.constantFrom('every week', 'every 2 weeks', 'every month', 'co 10 dni', '每月'),
  cents: fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 7, maxLength: 7 }),
  gaps: fc.array(fc.integer({ min: 1, max: 45 }), { minLength: 7, maxLength: 7 }),
  extraCents: fc.integer({ min: 0, max: 100_000 }),
  /** Share of the balance at the call paid since: 0, everything, or anything between. */
  paidShare: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  asOfAfterCall: fc.integer({ min: 0, max: 330 }),
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function scenario(w: World) {
  const callDay = DUE + w.callAfterDue;
  const first = callDay + w.firstAfterCall;
  const amounts = w.kind === 'schedule' ? Array.from({ length: w.count }, () => w.cents[0]! / 100) : w.cents.slice(0, w.count).map((c) => c / 100);
  let cell: string;
  let days: number[];
  if (w.kind === 'schedule') {
    cell = `${w.count} × ${amounts[0]!.toFixed(2)} ${w.every} from ${isoDay(first)}`;
    days = Array.from({ length: w.count }, (_, k) => oracleScheduleDay(first, w.every, k));
  } else {
    days = [];
    let day = first;
    for (let k = 0; k < w.count; k++) {
      days.push(day);
      day += w.gaps[k]!;
    }
    cell = days.map((d, k) => `${isoDay(d)} ${amounts[k]!.toFixed(2)}`).join('; ');
  }
  const totalCents = amounts.reduce((s, a) => s + Math.round(a * 100), 0);
  const atCallCents = totalCents + w.extraCents;
  const paidCents = Math.round(atCallCents * w.paidShare);
  const balanceNow = (atCallCents - paidCents) / 100;
  const today = callDay + w.asOfAfterCall;
  return { callDay, cell, days, amounts, balanceAtCall: atCallCents / 100, paidCents, balanceNow, today };
}

/** The schedule's dates by calendar arithmetic of Date (not the core's epoch-day code). */
function oracleScheduleDay(first: number, every: string, k: number): number {
  const d = new Date(first * 86_400_000);
  if (every === 'every week') return first + 7 * k;
  if (every === 'every 2 weeks') return first + 14 * k;
  if (every === 'co 10 dni') return first + 10 * k;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last)) / 86_400_000;
}

test('kept, due and missed partition the instalments, each as the promise rule says, and misses move the stage like broken promises', () => {
  let running = 0;
  let escalated = 0;
  fc.assert(
    fc.property(world, (w) => {
      const s = scenario(w);
      const log = callLog([{ time: `${isoDay(s.callDay)}T09:00:00Z`, customer: 'Gamma', outcome: 'payment plan', balanceAtCall: s.balanceAtCall, instalments: s.cell }]);
      const result = planCalls({
        aging: aging([['Gamma', 'G-1', isoDay(DUE), s.balanceNow]]),
        callLog: log,
        settings: { collectorTimeZone: ZONE, allowedConsequences: [...CONSEQUENCES] },
        // 17:00 in Warsaw on the day: late on it, still that day.
        asOf: new Date(`${isoDay(s.today)}T15:00:00Z`),
      });
      expect(result.issues).toEqual([]);
      const d = result.debtors[0]!;
      const plan = d.history.plan!;
      const states = plan.instalments.map((i) => i.status);
      // A partition: every instalment has exactly one of the three states, and the counts add up.
      expect(plan.kept + plan.due + plan.missed).toBe(plan.instalments.length);
      expect([plan.kept, plan.due, plan.missed]).toEqual(['kept', 'due', 'missed'].map((x) => states.filter((t) => t === x).length));
      expect(plan.instalments.map((i) => [i.date, i.amount])).toEqual(s.days.map((day, k) => [isoDay(day), s.amounts[k]]));
      // The oracle: money applied oldest first.
      let upTo = 0;
      const expected = s.days.map((day, k) => {
        upTo += Math.round(s.amounts[k]! * 100);
        if (s.balanceNow <= 0 || s.paidCents >= upTo) return 'kept';
        return day < s.today ? 'missed' : 'due';
      });
      expect(states).toEqual(expected);
      const missed = expected.filter((x) => x === 'missed').length;
      expect(d.history.brokenPromises).toBe(missed);
      expect(d.history.keptPromises).toBe(expected.filter((x) => x === 'kept').length);
      if (s.balanceNow > 0 && expected.some((x) => x !== 'kept')) {
        running++;
        if (missed > 0) escalated++;
        expect(d.stage).toBe(Math.min(5, 1 + missed));
      }
    }),
    { numRuns: RUNS, seed: SEED },
  );
  // The generator reaches what the property is about.
  expect(running).toBeGreaterThan(RUNS / 4);
  expect(escalated).toBeGreaterThan(RUNS / 10);
});
