import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { ageBucketIndex, AGE_BUCKETS } from '../../core/summary/age-buckets';
import { isoWeekStart } from '../../core/summary/week';
import { epochDay, isoDay } from '../../core/model/day';
import { aging, callLog } from '../core/helpers';

const AS_OF = new Date('2026-12-02T10:00:00Z'); // Wednesday 2 December 2026, collector in UTC
const TODAY = epochDay(2026, 12, 2);
const dueAgo = (days: number) => isoDay(TODAY - days);
const plan = (rows: Parameters<typeof aging>[0], log: Parameters<typeof callLog>[0] = [], extra: Record<string, unknown> = {}) =>
  planCalls({ aging: aging(rows, rows[0] && rows[0].length > 4 ? ['Currency'] : []), callLog: callLog(log), settings: { collectorTimeZone: 'UTC', ...extra }, asOf: AS_OF });

describe('age buckets', () => {
  test.each([
    [-10, 'not-due'], [0, 'not-due'], [1, '1-30'], [30, '1-30'], [31, '31-60'], [60, '31-60'], [61, '61-90'], [90, '61-90'],
    [91, '91-180'], [180, '91-180'], [181, '181-365'], [365, '181-365'], [366, 'over-365'], [5000, 'over-365'],
  ] as const)('a line %i days past due is in %s, on the sheet as in the function', (days, key) => {
    expect(AGE_BUCKETS[ageBucketIndex(days)]!.key).toBe(key);
    const p = plan([[`Debtor ${days}`, 'I-1', dueAgo(days), 123.45]]);
    const row = p.summary.byAge.find((r) => r.balance !== 0)!;
    expect(row.key).toBe(key);
    expect(row.balance).toBe(123.45);
  });

  test('the bands are contiguous, cover every day and name their bounds', () => {
    const known = AGE_BUCKETS.filter((b) => b.key !== 'unknown');
    for (let i = 1; i < known.length; i++) expect(known[i]!.fromDays).toBe(known[i - 1]!.toDays! + 1);
    expect(known[0]!.fromDays).toBeNull();
    expect(known.at(-1)!.toDays).toBeNull();
    expect(ageBucketIndex(null)).toBe(AGE_BUCKETS.findIndex((b) => b.key === 'unknown'));
  });

  test('a line with no date at all is counted as of unknown age, so the table still adds up', () => {
    const p = plan([['Acme', 'I-1', '', 80], ['Acme', 'I-2', dueAgo(40), 20]]);
    expect(p.summary.byAge.map((r) => [r.key, r.balance]).filter(([, b]) => b !== 0)).toEqual([['31-60', 20], ['unknown', 80]]);
    expect(p.summary.balance).toBe(100);
  });

  test('credits reduce the band they fall in, and cents never drift', () => {
    const p = plan([['Acme', 'I-1', dueAgo(10), 0.1], ['Acme', 'I-2', dueAgo(12), 0.2], ['Acme', 'CM-1', dueAgo(15), -0.05]]);
    expect(p.summary.byAge[1]!.balance).toBe(0.25);
    expect(p.summary.byRisk.reduce((s, r) => s + r.balance, 0)).toBe(0.25);
  });
});

describe('by risk class', () => {
  test('all five classes, zeros included, in the order of the grades', () => {
    const p = plan([['Acme', 'I-1', dueAgo(-5), 500]]);
    expect(p.summary.byRisk.map((r) => [r.riskClass, r.debtors, r.balance, r.overdue])).toEqual([
      ['not-due', 1, 500, 0], ['collect', 0, 0, 0], ['doubtful', 0, 0, 0], ['bad', 0, 0, 0], ['dead', 0, 0, 0],
    ]);
  });

  test('a debtor is counted in its class, its overdue part apart from its balance; settled customers are not counted', () => {
    const p = plan([['Acme', 'I-1', dueAgo(40), 300], ['Acme', 'I-2', dueAgo(-3), 200], ['Old', 'I-3', dueAgo(800), 1000], ['Zero', 'I-4', dueAgo(3), 0]]);
    const acme = p.debtors.find((d) => d.customer === 'Acme')!;
    const old = p.debtors.find((d) => d.customer === 'Old')!;
    const rowOf = (c: string) => p.summary.byRisk.find((r) => r.riskClass === c)!;
    expect(rowOf(acme.riskClass)).toMatchObject({ debtors: 1, balance: 500, overdue: 300 });
    expect(rowOf(old.riskClass)).toMatchObject({ debtors: 1, balance: 1000, overdue: 1000 });
    expect(p.summary.debtors).toBe(2);
  });

  test('labels in the user’s language', () => {
    const zh = plan([['Acme', 'I-1', dueAgo(10), 5]], [], { language: 'zh-CN' });
    expect(zh.summary.byRisk.map((r) => r.label)).toEqual(['未收款', '催收款', '准呆账', '呆账', '死账']);
    expect(zh.summary.byAge[1]!.label).toBe('1–30天');
    const pl = plan([['Acme', 'I-1', dueAgo(10), 5]], [], { language: 'pl' });
    expect(pl.summary.byAge.at(-2)!.label).toBe('ponad 365 dni');
  });
});

describe('promised cash by week', () => {
  test('ISO weeks start on Monday, whatever the weekday and year', () => {
    expect(isoDay(isoWeekStart(epochDay(2026, 12, 2)))).toBe('2026-11-30');
    expect(isoDay(isoWeekStart(epochDay(2026, 11, 30)))).toBe('2026-11-30');
    expect(isoDay(isoWeekStart(epochDay(2026, 12, 6)))).toBe('2026-11-30'); // Sunday
    expect(isoDay(isoWeekStart(epochDay(2027, 1, 1)))).toBe('2026-12-28');
    expect(isoDay(isoWeekStart(epochDay(1969, 12, 31)))).toBe('1969-12-29'); // before epoch day 0
  });

  test('open promises fall in the week of their date; eight weeks from the week of as_of, the rest later', () => {
    const rows: Parameters<typeof aging>[0] = [['A', 'I-1', dueAgo(20), 1000], ['B', 'I-2', dueAgo(20), 1000], ['C', 'I-3', dueAgo(20), 1000], ['D', 'I-4', dueAgo(20), 1000]];
    const p = plan(rows, [
      { time: '2026-12-01T09:00:00Z', customer: 'A', outcome: 'promise to pay', promisedAmount: 100, promisedDate: '2026-12-06' }, // Sunday: week 1
      { time: '2026-12-01T09:00:00Z', customer: 'B', outcome: 'promise to pay', promisedAmount: 200, promisedDate: '2026-12-07' }, // Monday: week 2
      { time: '2026-12-01T09:00:00Z', customer: 'C', outcome: 'promise to pay', promisedAmount: 300, promisedDate: '2027-01-24' }, // Sunday of week 8
      { time: '2026-12-01T09:00:00Z', customer: 'D', outcome: 'promise to pay', promisedAmount: 400, promisedDate: '2027-01-25' }, // week 9: later
    ]);
    const w = p.summary.promisedByWeek;
    expect(w.map((x) => x.weekStart)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18']);
    expect(w.map((x) => x.amount)).toEqual([100, 200, 0, 0, 0, 0, 0, 300]);
    expect(p.summary.promisedLater).toBe(400);
    expect(p.summary.promises).toEqual({ open: 4, kept: 0, broken: 0 });
    expect(p.summary.promiseKeptRate).toBeNull();
  });

  test('a renewed promise for the same money is not cash twice; a full promise expects the balance; money already in counts', () => {
    const p = plan([['A', 'I-1', dueAgo(20), 500], ['B', 'I-2', dueAgo(20), 800]], [
      { time: '2026-11-20T09:00:00Z', customer: 'A', outcome: 'promise to pay', promisedAmount: 400, promisedDate: '2026-12-03' },
      { time: '2026-11-25T09:00:00Z', customer: 'A', outcome: 'promise to pay', promisedAmount: 400, promisedDate: '2026-12-10' },
      // B owed 1000 at the call, promised it all, 200 has arrived since: 800 still expected.
      { time: '2026-11-25T09:00:00Z', customer: 'B', outcome: 'promise to pay', promisedDate: '2026-12-04', balanceAtCall: 1000 },
    ]);
    expect(p.summary.promisedByWeek.slice(0, 2).map((x) => x.amount)).toEqual([400 + 800, 100]);
  });

  test('promises kept ÷ judged: open ones wait for their date', () => {
    const p = plan([['A', 'I-1', dueAgo(20), 500], ['B', 'I-2', dueAgo(20), 300]], [
      { time: '2026-11-01T09:00:00Z', customer: 'A', outcome: 'promise to pay', promisedAmount: 100, promisedDate: '2026-11-05', balanceAtCall: 500 }, // broken: the balance has not moved
      { time: '2026-11-06T09:00:00Z', customer: 'A', outcome: 'promise to pay', promisedAmount: 100, promisedDate: '2026-11-10' }, // kept: paid after
      { time: '2026-11-10T09:00:00Z', customer: 'A', outcome: 'paid' },
      { time: '2026-11-11T09:00:00Z', customer: 'B', outcome: 'promise to pay', promisedAmount: 50, promisedDate: '2026-11-20' }, // broken
      { time: '2026-11-30T09:00:00Z', customer: 'B', outcome: 'promise to pay', promisedAmount: 50, promisedDate: '2026-12-20' }, // open
    ]);
    expect(p.summary.promises).toEqual({ open: 1, kept: 1, broken: 2 });
    expect(p.summary.promiseKeptRate).toBeCloseTo(1 / 3, 12);
  });
});

describe('currencies', () => {
  test('never mixed: the main currency holds the most money, the others are summed apart and complete', () => {
    const p = plan([['Acme', 'I-1', dueAgo(10), 100, 'EUR'], ['Borek', 'I-2', dueAgo(100), 5000, 'PLN'], ['Chen', 'I-3', dueAgo(5), 300, 'EUR']]);
    expect(p.summary.currency).toBe('PLN');
    expect(p.summary.balance).toBe(5000);
    expect(p.summary.others.map((o) => [o.currency, o.balance, o.debtors])).toEqual([['EUR', 400, 2]]);
    expect(p.summary.others[0]!.byAge[1]!.balance).toBe(400);
  });

  test('a tie goes to the currency the sheet names first; an empty sheet still gives the full tables', () => {
    const p = plan([['Acme', 'I-1', dueAgo(10), 100, 'USD'], ['Borek', 'I-2', dueAgo(10), 100, 'EUR']]);
    expect([p.summary.currency, p.summary.others[0]!.currency]).toEqual(['USD', 'EUR']);
    const empty = planCalls({ aging: [['Customer', 'Amount']], asOf: AS_OF, settings: { collectorTimeZone: 'UTC' } });
    expect(empty.summary).toMatchObject({ currency: null, balance: 0, debtors: 0, others: [] });
    expect(empty.summary.byRisk).toHaveLength(5);
    expect(empty.summary.byAge).toHaveLength(8);
    expect(empty.summary.promisedByWeek).toHaveLength(8);
  });
});
