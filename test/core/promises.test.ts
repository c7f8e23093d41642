import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { aging, callLog, type LogRow } from './helpers';

// Monday 23 November 2026, 10:00 in Warsaw; the promises below fell due on Friday the 20th.
const AS_OF = new Date('2026-11-23T09:00:00Z');

function judged(balanceNow: number, promise: Omit<LogRow, 'customer' | 'time' | 'outcome'> & { outcome?: string }) {
  const sheet = aging([['Beta', 'B-1', '2026-10-20', balanceNow]]);
  const log = callLog([{ time: '2026-11-16T09:00:00Z', customer: 'Beta', outcome: 'promise to pay', ...promise }]);
  const d = planCalls({ aging: sheet, callLog: log, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: AS_OF }).debtors[0]!;
  return { status: d.history.promises[0]!.status, kept: d.history.keptPromises, broken: d.history.brokenPromises, chase: d.history.partialToChase };
}

describe('a promise is kept only when the promised money arrived', () => {
  test('a full promise (no amount) with half the balance paid is broken, and the rest is to chase', () => {
    expect(judged(500, { promisedDate: '2026-11-20', balanceAtCall: 1000 })).toEqual({ status: 'broken', kept: 0, broken: 1, chase: 500 });
  });
  test('a promise of 600 with 300 paid is broken', () => {
    expect(judged(700, { outcome: 'partial payment promised', promisedAmount: 600, promisedDate: '2026-11-20', balanceAtCall: 1000 })).toMatchObject({ status: 'broken', broken: 1, chase: 700 });
  });
  test('a cent short is broken; the promised amount to the cent is kept', () => {
    expect(judged(400.01, { promisedAmount: 600, promisedDate: '2026-11-20', balanceAtCall: 1000 }).status).toBe('broken');
    expect(judged(400, { promisedAmount: 600, promisedDate: '2026-11-20', balanceAtCall: 1000 })).toMatchObject({ status: 'kept', kept: 1, broken: 0 });
  });
  test('everything paid keeps any promise', () => {
    expect(judged(0, { promisedAmount: 600, promisedDate: '2026-11-20', balanceAtCall: 1000 }).status).toBe('kept');
  });
  test('a promise for today is open, for yesterday (Sunday) broken', () => {
    expect(judged(1000, { promisedDate: '2026-11-23', balanceAtCall: 1000 }).status).toBe('open');
    expect(judged(1000, { promisedDate: '2026-11-22', balanceAtCall: 1000 }).status).toBe('broken');
  });
});

describe('how late promised money comes (typical slip)', () => {
  test('the first settlement after each promise, against the promised day: median of −1 and 3 is 1', () => {
    const sheet = aging(
      [
        ['Beta', 'B-1', '2026-09-01', 400, '2026-10-08'], // settled 3 days after the promise of 5 October
        ['Beta', 'B-2', '2026-10-01', 600, '2026-11-04'], // settled a day before the promise of 5 November
        ['Beta', 'B-3', '2026-11-10', 900, ''],
      ],
      ['Paid date'],
    );
    const log = callLog([
      { time: '2026-10-01T09:00:00Z', customer: 'Beta', outcome: 'promise to pay', promisedDate: '2026-10-05', balanceAtCall: 1000 },
      { time: '2026-11-02T09:00:00Z', customer: 'Beta', outcome: 'promise to pay', promisedDate: '2026-11-05', balanceAtCall: 1500 },
    ]);
    const d = planCalls({ aging: sheet, callLog: log, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: AS_OF }).debtors[0]!;
    expect(d.behaviour).toMatchObject({ typicalPromiseSlipDays: 1, promisesSettled: 2 });
    expect(d.reasons).toContain('Promised money usually comes 1 day after the promised day.');
  });

  test('no settlement after the promise: nothing to measure', () => {
    const sheet = aging([['Beta', 'B-1', '2026-09-01', 400, '2026-09-20'], ['Beta', 'B-3', '2026-11-10', 900, '']], ['Paid date']);
    const log = callLog([{ time: '2026-10-01T09:00:00Z', customer: 'Beta', outcome: 'promise to pay', promisedDate: '2026-10-05', balanceAtCall: 900 }]);
    const d = planCalls({ aging: sheet, callLog: log, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: AS_OF }).debtors[0]!;
    expect(d.behaviour).toMatchObject({ typicalPromiseSlipDays: null, promisesSettled: 0 });
  });

  test('a promise made late in the evening west of Greenwich counts from the collector’s own day', () => {
    // 05:30 UTC on 5 October is 22:30 on the 4th in Los Angeles: there the promise was made the day
    // the invoice was settled, which counts (4 − 6 = −2). In Warsaw it was made on the 5th, after.
    const sheet = aging([['Beta', 'B-1', '2026-09-01', 400, '2026-10-04'], ['Beta', 'B-3', '2026-11-10', 900, '']], ['Paid date']);
    const log = callLog([{ time: '2026-10-05T05:30:00Z', customer: 'Beta', outcome: 'promise to pay', promisedDate: '2026-10-06', balanceAtCall: 1300 }]);
    const la = planCalls({ aging: sheet, callLog: log, settings: { collectorTimeZone: 'America/Los_Angeles' }, asOf: AS_OF }).debtors[0]!;
    expect(la.behaviour).toMatchObject({ typicalPromiseSlipDays: -2, promisesSettled: 1 });
    expect(la.reasons.join(' ')).not.toMatch(/Promised money usually comes/); // one early settlement says nothing
    const warsaw = planCalls({ aging: sheet, callLog: log, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: AS_OF }).debtors[0]!;
    expect(warsaw.behaviour).toMatchObject({ typicalPromiseSlipDays: null, promisesSettled: 0 });
  });
});
