import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { aging, callLog, type LogRow } from './helpers';

// Gamma owes 3,000 on one invoice due 1 October 2026. The first call about it, on 10 October,
// agrees a plan of three monthly instalments of 1,000 from 20 October. Times are Warsaw's.
const ZONE = 'Europe/Warsaw';
const PLAN: LogRow = { time: '2026-10-10T08:00:00Z', customer: 'Gamma', outcome: 'payment plan', balanceAtCall: 3000, instalments: '3 × 1000.00 every month from 2026-10-20' };

function plan(asOf: string, balanceNow: number, rows: LogRow[] = [PLAN]) {
  const result = planCalls({ aging: aging([['Gamma', 'G-1', '2026-10-01', balanceNow]]), callLog: callLog(rows), settings: { collectorTimeZone: ZONE }, asOf: new Date(asOf) });
  return { debtor: result.debtors[0]!, issues: result.issues };
}
const states = (asOf: string, balanceNow: number, rows?: LogRow[]) => plan(asOf, balanceNow, rows).debtor.history.plan!.instalments.map((i) => i.status);
/** 18:00 in Warsaw on a day: late on the day, still that day. */
const evening = (day: string) => `${day}T17:00:00Z`;

describe('payment plans escalate like broken promises', () => {
  test('the third missed instalment moves to final notice', () => {
    // Nothing paid. The plan holds the stage at 1 (friendly reminder: it was agreed on the first call).
    expect(plan(evening('2026-10-20'), 3000).debtor.stage).toBe(1); // first instalment due today, not missed yet
    expect(plan(evening('2026-10-21'), 3000).debtor.stage).toBe(2); // one missed
    expect(plan(evening('2026-11-21'), 3000).debtor.stage).toBe(3); // two missed
    const beforeThird = plan(evening('2026-12-20'), 3000).debtor;
    const afterThird = plan(evening('2026-12-21'), 3000).debtor;
    expect(beforeThird.history.plan!.missed).toBe(2);
    expect(beforeThird.stage).toBe(3);
    expect(afterThird.history.plan!.missed).toBe(3);
    expect(afterThird.stage).toBe(4);
    expect(afterThird.stageName).toBe('final notice / stop supply');
    // A missed instalment is a broken promise for the history and the reasons too.
    expect(afterThird.history.brokenPromises).toBe(3);
    expect(afterThird.reasons.some((r) => r.includes('missed (3 of 3 missed)'))).toBe(true);
  });

  test('a plan whose instalments are all kept does not escalate, though the debt ages past the floors', () => {
    // 55 days past due would floor the stage at 2 (over 45 days), and the plan call is a conversation.
    const d = plan(evening('2026-11-25'), 1000).debtor;
    expect(d.history.plan!.instalments.map((i) => i.status)).toEqual(['kept', 'kept', 'due']);
    expect(d.daysPastDue).toBe(55);
    expect(d.stage).toBe(1);
    expect(d.reasons.join(' ')).toContain('held where it stood when the payment plan was agreed');
    // The same debtor and calls with a plain promise instead would be at stage 2.
    const promised = plan(evening('2026-11-25'), 1000, [{ ...PLAN, outcome: 'promise to pay', instalments: undefined, promisedDate: '2026-11-30' }]).debtor;
    expect(promised.stage).toBe(2);
  });
});

describe('an instalment is judged by the promise rule', () => {
  test('paid on its last allowed day it is kept; unpaid it is due that day and missed the day after', () => {
    expect(states(evening('2026-10-20'), 2000)).toEqual(['kept', 'due', 'due']);
    expect(states(evening('2026-10-20'), 3000)).toEqual(['due', 'due', 'due']);
    expect(states('2026-10-20T22:30:00Z', 3000)).toEqual(['missed', 'due', 'due']); // 00:30 on the 21st in Warsaw
    expect(states(evening('2026-10-21'), 3000)).toEqual(['missed', 'due', 'due']);
  });

  test('money is applied oldest first: a cent short of two instalments keeps only the first', () => {
    expect(states(evening('2026-11-21'), 1000.01)).toEqual(['kept', 'missed', 'due']);
    expect(states(evening('2026-11-21'), 1000)).toEqual(['kept', 'kept', 'due']);
  });

  test('everything paid keeps every instalment, those not yet due included', () => {
    expect(states(evening('2026-10-25'), 0)).toEqual(['kept', 'kept', 'kept']);
  });

  test('with no balance at the call, each later "paid" call stands for one instalment', () => {
    const rows: LogRow[] = [{ ...PLAN, balanceAtCall: undefined }, { time: '2026-10-20T09:00:00Z', customer: 'Gamma', outcome: 'paid' }];
    expect(states(evening('2026-11-21'), 2000, rows)).toEqual(['kept', 'missed', 'due']);
  });
});

describe('a plan governs the next call', () => {
  test('a debtor keeping a plan is not called before the day after the next instalment', () => {
    const d = plan(evening('2026-11-10'), 2000).debtor; // first kept; second due on 20 November
    expect(d.nextCall).not.toBeNull();
    expect(d.nextCall!.collectorLocal.slice(0, 10) >= '2026-11-21').toBe(true);
    expect(d.reasons.some((r) => r.includes('next 1,000.00 due 2026-11-20'))).toBe(true);
  });

  test('after a missed instalment the next call is the first slot from the day after, urgent', () => {
    const d = plan('2026-10-21T07:00:00Z', 3000).debtor; // Wednesday 09:00 in Warsaw
    expect(d.nextCall!.collectorLocal.slice(0, 10)).toBe('2026-10-21');
    expect(d.priority).toBeGreaterThan(plan('2026-10-21T07:00:00Z', 2000).debtor.priority);
  });

  test('a plan far ahead says when the next call is due rather than that no slot was found', () => {
    const rows: LogRow[] = [{ ...PLAN, instalments: '3 × 1000.00 every 2 months from 2026-10-20' }];
    const d = plan(evening('2026-10-22'), 2000, rows).debtor; // next instalment 20 December
    expect(d.nextCall).toBeNull();
    expect(d.nextCallWhy).toContain('2026-12-21');
  });
});

describe('a new plan replaces an older one for the same debtor', () => {
  test('only the newest plan is judged; the older plan’s misses no longer count, its call does', () => {
    const renegotiated: LogRow = { time: '2026-11-25T09:00:00Z', customer: 'Gamma', outcome: 'payment plan', balanceAtCall: 3000, instalments: '2026-12-01 1500; 2027-01-01 1500' };
    const d = plan(evening('2026-12-02'), 3000, [PLAN, renegotiated]).debtor;
    expect(d.history.plan!.row).toBe(3);
    expect(d.history.plan!.instalments).toEqual([
      { date: '2026-12-01', amount: 1500, status: 'missed' },
      { date: '2027-01-01', amount: 1500, status: 'due' },
    ]);
    expect(d.history.brokenPromises).toBe(1);
    // Held before the new plan's call: one conversation since due (the first plan's) → 2, one miss → 3.
    expect(d.stage).toBe(3);
  });

  test('an unreadable new plan is reported and leaves the older one standing', () => {
    const bad: LogRow = { time: '2026-11-25T09:00:00Z', customer: 'Gamma', outcome: 'payment plan', balanceAtCall: 3000, instalments: '3 × 1000 every fortnight from 2026-12-01' };
    const { debtor, issues } = plan(evening('2026-11-26'), 1000, [PLAN, bad]);
    expect(debtor.history.plan!.row).toBe(2);
    expect(issues.map((i) => [i.row, i.code])).toEqual([[3, 'bad-plan']]);
    expect(issues[0]!.message).toBe(
      'Call log row 3, "Instalments": "3 × 1000 every fortnight from 2026-12-01" is not a payment plan: "fortnight" is not an interval: write every N days, weeks or months. ' +
        'Write it as "3 × 500.00 every month from 2026-12-01" or "2026-12-01 500.00; 2027-01-15 750.00". The call counts; no plan was read from it.',
    );
  });
});

describe('plans in the summary', () => {
  test('due instalments are promised cash of their weeks; kept and missed ones count in promises kept', () => {
    const result = planCalls({ aging: aging([['Gamma', 'G-1', '2026-10-01', 2000]]), callLog: callLog([PLAN]), settings: { collectorTimeZone: ZONE }, asOf: new Date(evening('2026-11-10')) });
    const s = result.summary;
    expect(s.promises).toEqual({ open: 2, kept: 1, broken: 0 });
    expect(s.promisedByWeek.find((w) => w.weekStart === '2026-11-16')!.amount).toBe(1000);
  });
});

describe('a plan agreed after a broken promise', () => {
  test('takes its place: the broken promise still counts for the stage, but is no longer chased', () => {
    const promise: LogRow = { time: '2026-10-05T08:00:00Z', customer: 'Gamma', outcome: 'promise to pay', promisedDate: '2026-10-08', balanceAtCall: 3000 };
    const d = plan(evening('2026-10-25'), 2000, [promise, PLAN]).debtor; // first instalment kept
    expect(d.history.promises[0]!.status).toBe('broken');
    // Held before the plan's call: one conversation (the promise) → 2, its broken promise → 3.
    expect(d.stage).toBe(3);
    expect(d.reasons.some((r) => r.includes('did not pay: call the morning after'))).toBe(false);
    expect(d.nextCall).toBeNull();
    expect(d.nextCallWhy).toBe('Keeping a payment plan: next call 2026-11-21, the day after the next instalment, if it has not arrived.');
  });
});
