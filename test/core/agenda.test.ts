import { describe, expect, test } from 'vitest';
import { greedyAgenda, planAgenda } from '../../core/agenda/plan-agenda';
import { maxValueAssignment } from '../../core/agenda/max-value-assignment';
import { planCalls } from '../../core/index';
import { planWithAgendaInput } from '../../core/plan/plan-calls';
import { aging, callLog } from './helpers';

// Tuesday 24 November 2026, 07:00 in London (UTC+0 in winter).
const TUESDAY_7_LONDON = new Date('2026-11-24T07:00:00Z');
const london = { collectorTimeZone: 'Europe/London' } as const;
type Row = [string, string, string, number, ...string[]];
const minutesOf = (d: Date, zone: string) => {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d).split(':');
  return Number(h) * 60 + Number(m);
};
const total = (calls: readonly { value: number }[]) => calls.reduce((s, c) => s + c.value, 0);

describe('the day’s agenda', () => {
  test('six London debtors who all want 09:00 get six distinct times, the most valuable first', () => {
    const rows: Row[] = [1, 2, 3, 4, 5, 6].map((i) => [`London ${i}`, `L-${i}`, '2026-10-01', 1000 * i, 'GB']);
    const plan = planCalls({ aging: aging(rows, ['Country']), settings: london, asOf: TUESDAY_7_LONDON });
    // Each of them on its own would be called at 09:00, the first minutes of their day.
    for (const d of plan.debtors) expect(d.nextCall?.debtorLocal).toBe('2026-11-24 09:00 (Tue)');
    const agenda = plan.agenda;
    expect(agenda).toHaveLength(6);
    expect(new Set(agenda.map((c) => c.start.getTime())).size).toBe(6);
    expect(agenda.map((c) => c.customer)).toEqual(['London 6', 'London 5', 'London 4', 'London 3', 'London 2', 'London 1']);
    expect(agenda[0]!.debtorLocal).toBe('2026-11-24 09:00 (Tue)');
    expect(agenda[0]!.kind).toBe('first-minutes');
    for (let i = 1; i < agenda.length; i++) expect(agenda[i]!.start.getTime()).toBeGreaterThanOrEqual(agenda[i - 1]!.end.getTime());
    expect(agenda[0]!.end.getTime() - agenda[0]!.start.getTime()).toBe(10 * 60_000);
  });

  test('a Shanghai debtor is called in the hour the two working days overlap', () => {
    const rows: Row[] = [
      ['Wang Trading', 'W-1', '2026-10-01', 8000, 'CN'],
      ['Brick Lane Ltd', 'B-1', '2026-10-01', 9000, 'GB'],
    ];
    const agenda = planCalls({ aging: aging(rows, ['Country']), settings: london, asOf: TUESDAY_7_LONDON }).agenda;
    const wang = agenda.find((c) => c.customer === 'Wang Trading')!;
    // Shanghai works 09:00–17:30 (01:00–09:30 in London); London calls from 08:00.
    expect(minutesOf(wang.start, 'Europe/London')).toBeGreaterThanOrEqual(8 * 60);
    expect(minutesOf(wang.end, 'Europe/London')).toBeLessThanOrEqual(9 * 60 + 30);
    expect(wang.debtorLocal).toMatch(/^2026-11-24 1[67]:\d\d \(Tue\)$/);
    expect(wang.why).toMatch(/Asia\/Shanghai/);
  });

  test('each collector calls the accounts they own; the rest are shared out within each one’s capacity', () => {
    const rows: Row[] = [
      ['Ann 1', 'A-1', '2026-10-01', 1000, 'GB', 'Ann'],
      ['Ann 2', 'A-2', '2026-10-01', 2000, 'GB', 'ann'],
      ['Ann 3', 'A-3', '2026-10-01', 3000, 'GB', 'Ann'],
      ['Piotr 1', 'P-1', '2026-10-01', 9000, 'GB', 'Piotr'],
      ['Piotr 2', 'P-2', '2026-10-01', 8000, 'GB', 'Piotr'],
      ['Piotr 3', 'P-3', '2026-10-01', 7000, 'GB', 'Piotr'],
      ['Shared 1', 'S-1', '2026-10-01', 500, 'GB', ''],
      ['Shared 2', 'S-2', '2026-10-01', 6000, 'GB', ''],
      ['Shared 3', 'S-3', '2026-10-01', 400, 'GB', ''],
      ['Zoe 1', 'Z-1', '2026-10-01', 5000, 'GB', 'Zoe'],
    ];
    const plan = planCalls({ aging: aging(rows, ['Country', 'Collector']), settings: { ...london, collectors: 'Ann, Piotr', dailyCapacity: 4 } as never, asOf: TUESDAY_7_LONDON });
    expect(plan.collectors).toEqual(['Ann', 'Piotr']);
    const agenda = plan.agenda;
    const owner = new Map(rows.map((r) => [r[0], r[5]]));
    for (const call of agenda) {
      const own = owner.get(call.customer);
      if (own === 'Ann' || own === 'ann') expect(call.collector).toBe('Ann');
      if (own === 'Piotr') expect(call.collector).toBe('Piotr');
    }
    expect(agenda.filter((c) => c.collector === 'Ann')).toHaveLength(4);
    expect(agenda.filter((c) => c.collector === 'Piotr')).toHaveLength(4);
    // Ann's day is full with her two best accounts and the two best shared ones; her least
    // valuable account waits for her rather than going to Piotr, whose last call is shared.
    expect(agenda.map((c) => c.customer).sort()).toEqual(['Ann 2', 'Ann 3', 'Piotr 1', 'Piotr 2', 'Piotr 3', 'Shared 1', 'Shared 2', 'Zoe 1']);
    expect(agenda.find((c) => c.customer === 'Shared 1')!.collector).toBe('Piotr');
    const zoe = plan.issues.find((i) => i.code === 'unknown-collector')!;
    expect(zoe.row).toBe(11);
    expect(zoe.message).toMatch(/"Zoe".*Ann, Piotr/);
    // One collector's calls never overlap.
    for (const name of plan.collectors) {
      const mine = agenda.filter((c) => c.collector === name);
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.start.getTime()).toBeGreaterThanOrEqual(mine[i - 1]!.end.getTime());
    }
  });

  test('a consumer at the 7-in-7 limit is not on today’s agenda; one at six is', () => {
    const rows: Row[] = [
      ['Seven Calls', 'C-7', '2026-09-01', 900, 'US', 'consumer'],
      ['Six Calls', 'C-6', '2026-09-01', 800, 'US', 'consumer'],
    ];
    // Monday's attempts stay inside any 7-day window that ends on Tuesday.
    const monday = (h: number) => new Date(Date.UTC(2026, 10, 23, 14 + h)).toISOString();
    const log = callLog([
      ...[0, 1, 2, 3, 4, 5, 6].map((h) => ({ time: monday(h), customer: 'Seven Calls', outcome: 'no answer' })),
      ...[0, 1, 2, 3, 4, 5].map((h) => ({ time: monday(h), customer: 'Six Calls', outcome: 'no answer' })),
    ]);
    const plan = planCalls({
      aging: aging(rows, ['Country', 'Type of debtor']),
      callLog: log,
      settings: { policy: 'us-consumer', collectorTimeZone: 'America/New_York' },
      asOf: new Date('2026-11-24T13:00:00Z'),
    });
    expect(plan.agenda.map((c) => c.customer)).toEqual(['Six Calls']);
  });

  test('after hours, the agenda is the next calling day', () => {
    const rows: Row[] = [['Brick Lane Ltd', 'B-1', '2026-10-01', 9000, 'GB']];
    const friday = new Date('2026-11-27T18:30:00Z');
    const agenda = planCalls({ aging: aging(rows, ['Country']), settings: london, asOf: friday }).agenda;
    expect(agenda[0]!.debtorLocal).toBe('2026-11-30 09:00 (Mon)');
    expect(agenda[0]!.collectorLocal).toBe('2026-11-30 09:00');
  });

  test('a call-back is placed at the time the debtor asked for', () => {
    const rows: Row[] = [
      ['Callback Ltd', 'C-1', '2026-10-01', 3000, 'GB'],
      ['Other Ltd', 'O-1', '2026-10-01', 90000, 'GB'],
    ];
    const log = callLog([{ time: '2026-11-23T10:00:00Z', customer: 'Callback Ltd', outcome: 'callback requested', callbackAt: '2026-11-24T14:00:00Z' }]);
    const agenda = planCalls({ aging: aging(rows, ['Country']), callLog: log, settings: london, asOf: TUESDAY_7_LONDON }).agenda;
    const call = agenda.find((c) => c.customer === 'Callback Ltd')!;
    expect(call.start.toISOString()).toBe('2026-11-24T14:00:00.000Z');
    expect(call.kind).toBe('callback');
    expect(call.why).toMatch(/asked to be called back/);
  });

  test('the morning after a broken promise, and never before the morning after an open one', () => {
    const rows: Row[] = [
      ['Broken Ltd', 'B-1', '2026-10-01', 3000, 'GB'],
      ['Open Ltd', 'O-1', '2026-10-01', 3000, 'GB'],
    ];
    const log = callLog([
      { time: '2026-11-16T10:00:00Z', customer: 'Broken Ltd', outcome: 'promise to pay', promisedDate: '2026-11-20', balanceAtCall: 3000 },
      { time: '2026-11-23T10:00:00Z', customer: 'Open Ltd', outcome: 'promise to pay', promisedDate: '2026-11-25', balanceAtCall: 3000 },
    ]);
    const agenda = planCalls({ aging: aging(rows, ['Country']), callLog: log, settings: london, asOf: TUESDAY_7_LONDON }).agenda;
    expect(agenda.map((c) => c.customer)).toEqual(['Broken Ltd']);
    expect(agenda[0]!.kind).toBe('follow-up-morning');
    expect(minutesOf(agenda[0]!.start, 'Europe/London')).toBeLessThan(12 * 60);
  });

  test('each call lasts callMinutes, and no collector makes more calls than the daily capacity', () => {
    const rows: Row[] = Array.from({ length: 12 }, (_, i) => [`Debtor ${i}`, `D-${i}`, '2026-10-01', 1000 + i * 10, 'GB'] as Row);
    const plan = planCalls({ aging: aging(rows, ['Country']), settings: { ...london, callMinutes: 30, dailyCapacity: 5, collectors: 'Ann; Ben' } as never, asOf: TUESDAY_7_LONDON });
    expect(plan.agenda).toHaveLength(10);
    for (const c of plan.agenda) expect(c.end.getTime() - c.start.getTime()).toBe(30 * 60_000);
    expect(plan.agenda.filter((c) => c.collector === 'Ann')).toHaveLength(5);
    // Shared out: the two collectors' first calls are the two first-minutes slots of the morning.
    expect(plan.agenda.filter((c) => c.kind === 'first-minutes')).toHaveLength(2);
  });

  test('the agenda earns more than filling greedily by priority when a distant debtor has one narrow window', () => {
    // Ten Warsaw debtors outrank one in Shanghai; greedy gives them every slot of 08:00–09:20 London,
    // the only time Shanghai's working day is open.
    const rows: Row[] = [
      ...Array.from({ length: 10 }, (_, i) => [`Warsaw ${i}`, `W-${i}`, '2026-10-01', 5000 + i * 100, 'PL'] as Row),
      ['Wang Trading', 'S-1', '2026-10-01', 4000, 'CN'],
    ];
    const { plan, agendaInput } = planWithAgendaInput({ aging: aging(rows, ['Country']), settings: london, asOf: TUESDAY_7_LONDON });
    const greedy = greedyAgenda(agendaInput);
    expect(greedy.some((c) => c.customer === 'Wang Trading')).toBe(false);
    expect(plan.agenda.some((c) => c.customer === 'Wang Trading')).toBe(true);
    expect(total(plan.agenda)).toBeGreaterThan(total(greedy));
    expect(planAgenda(agendaInput)).toEqual(plan.agenda);
  });

  test('texts come in the plan’s language', () => {
    const rows: Row[] = [['Kowalski', 'K-1', '2026-10-01', 3000, 'PL']];
    const pl = planCalls({ aging: aging(rows, ['Country']), settings: { collectorTimeZone: 'Europe/Warsaw', language: 'pl' }, asOf: TUESDAY_7_LONDON });
    expect(pl.collectors).toEqual(['Windykator']);
    expect(pl.agenda[0]!.why).toMatch(/pierwsze 15 minut/);
    const zh = planCalls({ aging: aging(rows, ['Country']), settings: { collectorTimeZone: 'Europe/Warsaw', language: 'zh-CN' }, asOf: TUESDAY_7_LONDON });
    expect(zh.agenda[0]!.why).toMatch(/前15分钟/);
  });
});

describe('the max-value assignment', () => {
  test('moves a flexible call out of the only slot another call can take', () => {
    const result = maxValueAssignment({
      slotGroup: [0, 0],
      groupCapacity: [2],
      targets: [[0], [1]],
      options: [
        [{ target: 0, value: 10 }, { target: 1, value: 9 }],
        [{ target: 0, value: 8 }],
      ],
    });
    expect(result.slotOfCall).toEqual([1, 0]);
    expect(result.total).toBe(17);
  });

  test('respects each group’s capacity', () => {
    const result = maxValueAssignment({
      slotGroup: [0, 0, 1],
      groupCapacity: [1, 1],
      targets: [[0], [1], [2]],
      options: [[{ target: 0, value: 5 }], [{ target: 1, value: 4 }], [{ target: 1, value: 1 }, { target: 2, value: 2 }]],
    });
    expect(result.total).toBe(7);
    expect(result.slotOfCall).toEqual([0, -1, 2]);
  });

  test('a shared target gives several calls the same time with different collectors', () => {
    // Slots 0 and 1 are 09:00 with Ann and with Ben; both calls want 09:00 and either collector will do.
    const result = maxValueAssignment({
      slotGroup: [0, 1],
      groupCapacity: [1, 1],
      targets: [[0, 1]],
      options: [[{ target: 0, value: 5 }], [{ target: 0, value: 4 }]],
    });
    expect(result.total).toBe(9);
    expect([...result.slotOfCall].sort()).toEqual([0, 1]);
  });
});
