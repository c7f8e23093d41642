import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { broken, PRESET_DAY } from './oracle';
import { readSettings } from '../../core/settings/read-settings';
import { aging, callLog } from './helpers';
import { quickbooksDetail } from '../fixtures/aging/quickbooks-detail';
import { handMade } from '../fixtures/aging/hand-made';

// Monday 23 November 2026, 08:00 in Warsaw.
const MONDAY_8_WARSAW = new Date('2026-11-23T07:00:00Z');
const warsaw = { collectorTimeZone: 'Europe/Warsaw' } as const;

describe('the queue', () => {
  test('a promise broken yesterday puts the debtor first in today’s queue', () => {
    const sheet = aging(
      [
        ['Alpha Sp. z o.o.', 'A-1', '2026-10-20', 6000, 'PL'],
        ['Beta Sp. z o.o.', 'B-1', '2026-10-20', 6000, 'PL'],
        ['Gamma Sp. z o.o.', 'G-1', '2026-10-15', 6500, 'PL'],
      ],
      ['Country'],
    );
    const log = callLog([
      { time: '2026-11-16T09:00:00Z', customer: 'Beta Sp. z o.o.', outcome: 'promise to pay', promisedDate: '2026-11-22', balanceAtCall: 6000 },
    ]);
    const plan = planCalls({ aging: sheet, callLog: log, settings: warsaw, asOf: MONDAY_8_WARSAW });
    expect(plan.queue[0]).toBe('Beta Sp. z o.o.');
    const beta = plan.debtors.find((d) => d.customer === 'Beta Sp. z o.o.')!;
    expect(beta.history.brokenPromises).toBe(1);
    expect(beta.reasons.join(' ')).toMatch(/did not pay/);
  });

  test('a promise kept (the balance dropped by the promised amount) is not broken', () => {
    const sheet = aging([['Beta', 'B-1', '2026-10-20', 1000]]);
    const log = callLog([{ time: '2026-11-16T09:00:00Z', customer: 'Beta', outcome: 'partial payment promised', promisedAmount: 500, promisedDate: '2026-11-20', balanceAtCall: 1500 }]);
    const beta = planCalls({ aging: sheet, callLog: log, settings: warsaw, asOf: MONDAY_8_WARSAW }).debtors[0]!;
    expect(beta.history.keptPromises).toBe(1);
    expect(beta.history.brokenPromises).toBe(0);
    // Part arrived, the rest is still owed: thank them and ask when the rest comes.
    expect(beta.history.partialToChase).toBe(1000);
  });

  test('the queue never holds more calls than the daily capacity', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`Debtor ${i}`, `I-${i}`, '2026-10-01', 1000 + i, 'PL'] as const);
    const plan = planCalls({ aging: aging(rows.map((r) => [...r] as [string, string, string, number, string]), ['Country']), settings: { ...warsaw, dailyCapacity: 5 }, asOf: MONDAY_8_WARSAW });
    expect(plan.queue).toHaveLength(5);
    expect(plan.queue[0]).toBe('Debtor 39');
  });

  test('an open dispute lowers the priority and freezes the stage', () => {
    const sheet = aging([['Delta', 'D-1', '2026-09-01', 5000]]);
    const early = callLog([{ time: '2026-09-20T09:00:00Z', customer: 'Delta', outcome: 'dispute' }]);
    const before = planCalls({ aging: sheet, callLog: early, settings: warsaw, asOf: MONDAY_8_WARSAW }).debtors[0]!;
    const muchLater = planCalls({ aging: sheet, callLog: early, settings: warsaw, asOf: new Date('2027-03-01T08:00:00Z') }).debtors[0]!;
    expect(before.disputed).toBe(true);
    expect(muchLater.stage).toBe(before.stage);
    const noDispute = planCalls({ aging: sheet, settings: warsaw, asOf: MONDAY_8_WARSAW }).debtors[0]!;
    expect(before.priority).toBeLessThan(noDispute.priority / 5);
  });

  test('do-not-call gets no slot and no place in the queue', () => {
    const sheet = aging([['Echo', 'E-1', '2026-10-01', 5000, 'yes']], ['Do not call']);
    const plan = planCalls({ aging: sheet, settings: warsaw, asOf: MONDAY_8_WARSAW });
    expect(plan.debtors[0]!.nextCall).toBeNull();
    expect(plan.queue).toEqual([]);
  });
});

describe('escalation', () => {
  test('each conversation moves the debtor one stage on: aware, firm, consequences', () => {
    const sheet = aging([['Foxtrot', 'F-1', '2026-11-01', 3000]]);
    const stageAfter = (n: number) =>
      planCalls({
        aging: sheet,
        callLog: callLog(Array.from({ length: n }, (_, i) => ({ time: `2026-11-0${2 + i}T09:00:00Z`, customer: 'Foxtrot', outcome: 'not decision maker' }))),
        settings: warsaw,
        asOf: MONDAY_8_WARSAW,
      }).debtors[0]!.stage;
    expect([stageAfter(0), stageAfter(1), stageAfter(2)]).toEqual([1, 2, 3]);
  });

  test('a consequence announced for a date that has passed shows as act now', () => {
    const sheet = aging([['Golf', 'G-1', '2026-09-01', 3000]]);
    const log = callLog([{ time: '2026-11-10T09:00:00Z', customer: 'Golf', outcome: 'refused', consequence: 'stop supply', consequenceDate: '2026-11-20' }]);
    const golf = planCalls({ aging: sheet, callLog: log, settings: warsaw, asOf: MONDAY_8_WARSAW }).debtors[0]!;
    expect(golf.actNow).toBe(true);
    expect(golf.stage).toBeGreaterThanOrEqual(4);
  });

  test('a stage whose consequence the firm does not allow is never reached', () => {
    const sheet = aging([['Hotel', 'H-1', '2025-06-01', 3000]]);
    const hotel = planCalls({ aging: sheet, settings: { ...warsaw, allowedConsequences: ['final notice'] }, asOf: MONDAY_8_WARSAW }).debtors[0]!;
    expect(hotel.stage).toBe(4);
    expect(hotel.riskClass).toBe('bad');
  });

  test('nothing overdue is a reminder', () => {
    const plan = planCalls({ aging: aging([['India', 'I-1', '2026-11-25', 900]]), settings: warsaw, asOf: MONDAY_8_WARSAW });
    expect(plan.debtors[0]!.stage).toBe(0);
    expect(plan.debtors[0]!.riskClass).toBe('not-due');
    // The courtesy call comes the day before the due date.
    expect(plan.debtors[0]!.nextCall!.debtorLocal.startsWith('2026-11-24')).toBe(true);
  });
});

describe('the next call', () => {
  test('a US consumer called 7 times this week gets no slot until the oldest attempt leaves the 7-day window', () => {
    const sheet = aging([['Jane Roe', 'J-1', '2026-09-01', 700, 'America/Chicago', 'consumer']], ['Time zone', 'Type of debtor']);
    const times = ['2026-11-17T15:00:00Z', '2026-11-18T15:00:00Z', '2026-11-18T20:00:00Z', '2026-11-19T15:00:00Z', '2026-11-20T15:00:00Z', '2026-11-21T15:00:00Z', '2026-11-22T15:00:00Z'];
    const log = callLog(times.map((time) => ({ time, customer: 'Jane Roe', outcome: 'no answer' })));
    const jane = planCalls({ aging: sheet, callLog: log, settings: { policy: 'us-consumer', collectorTimeZone: 'America/Chicago' }, asOf: new Date('2026-11-23T14:00:00Z') }).debtors[0]!;
    expect(jane.nextCall).not.toBeNull();
    // The oldest attempt (17 Nov 15:00Z) leaves the 7-day window at 24 Nov 15:00Z, not before.
    expect(jane.nextCall!.start.getTime()).toBeGreaterThanOrEqual(new Date('2026-11-24T15:00:00Z').getTime());
    expect(jane.callNowBlocked).toMatch(/7 call attempts/);
  });

  test('after a conversation a US consumer is not called again until day 8', () => {
    const sheet = aging([['John Doe', 'J-2', '2026-09-01', 700, 'America/New_York', 'consumer']], ['Time zone', 'Type of debtor']);
    const log = callLog([{ time: '2026-11-23T15:00:00Z', customer: 'John Doe', outcome: 'refused' }]);
    const john = planCalls({ aging: sheet, callLog: log, settings: { policy: 'us-consumer', collectorTimeZone: 'America/New_York' }, asOf: new Date('2026-11-23T16:00:00Z') }).debtors[0]!;
    expect(john.nextCall!.debtorLocal >= '2026-11-30').toBe(true);
  });

  test('a Warsaw debtor is called in the first 15 minutes of their day, in their time', () => {
    const sheet = aging([['Kowalski', 'K-1', '2026-11-01', 4000, 'Europe/Warsaw']], ['Time zone']);
    const k = planCalls({ aging: sheet, settings: { collectorTimeZone: 'America/New_York', collectorHours: { start: 180, end: 1080 } }, asOf: new Date('2026-11-23T06:00:00Z') }).debtors[0]!;
    expect(k.nextCall!.debtorLocal).toMatch(/09:00/);
    expect(k.nextCall!.collectorLocal).toMatch(/03:00/);
  });

  test('a debtor whose day has ended when the collector starts is called the next working morning', () => {
    const sheet = aging([['Ruixin', 'R-1', '2026-10-01', 8000, 'CN']], ['Country']);
    // 09:00 in Warsaw is 16:00 in Shanghai; their 17:30 close is near, tomorrow 09:00 Shanghai is 02:00 Warsaw.
    const r = planCalls({ aging: sheet, settings: { collectorTimeZone: 'Europe/Warsaw', collectorHours: { start: 480, end: 1080 } }, asOf: new Date('2026-11-23T08:00:00Z') }).debtors[0]!;
    expect(r.nextCall).not.toBeNull();
    expect(r.nextCall!.collectorLocal >= '2026-11-23 09:00').toBe(true);
    expect(r.nextCall!.debtorLocal.slice(11, 16) >= '09:00').toBe(true);
  });

  test('China’s Golden Week is a day off, and its make-up Saturday is a working day', () => {
    const sheet = aging([['Ruixin', 'R-1', '2026-09-01', 8000, 'CN']], ['Country']);
    const plan = planCalls({ aging: sheet, settings: { collectorTimeZone: 'Asia/Shanghai' }, asOf: new Date('2026-10-01T01:00:00Z') });
    expect(plan.debtors[0]!.nextCall!.debtorLocal >= '2026-10-08').toBe(true);
  });

  test('New York across the end of daylight saving keeps the first 15 minutes at 09:00 local', () => {
    const sheet = aging([['Acme', 'A-1', '2026-10-01', 1200, 'America/New_York']], ['Time zone']);
    const plan = planCalls({ aging: sheet, settings: { collectorTimeZone: 'America/New_York', dayRanking: 'tue-thu' }, asOf: new Date('2026-10-31T16:00:00Z') });
    const next = plan.debtors[0]!.nextCall!;
    expect(next.debtorLocal).toMatch(/^2026-11-0\d 09:00/);
    expect(next.start.toISOString()).toMatch(/T14:00:00/); // EST, UTC−5, after 1 November
  });
});

describe('reading real sheets', () => {
  test('a QuickBooks TOTAL row never becomes a debtor, and credit memos reduce the balance', () => {
    const plan = planCalls({ aging: quickbooksDetail, settings: { collectorTimeZone: 'America/New_York' }, asOf: new Date('2026-11-23T14:00:00Z') });
    expect(plan.layout.source).toBe('quickbooks-detail');
    expect(plan.debtors.map((d) => d.customer).sort()).toEqual(['Blue Harbor Cafe', 'Granite Peak Builders', 'Harlow & Sons']);
    expect(plan.debtors.find((d) => d.customer === 'Granite Peak Builders')!.balance).toBe(4250 - 25);
    expect(plan.debtors.reduce((s, d) => s + d.balance, 0)).toBe(15225);
    expect(plan.debtors.find((d) => d.customer === 'Harlow & Sons')!.invoices[0]!.invoice).toBe('0007900770');
    expect(plan.issues).toEqual([]);
  });

  test('a bad amount is reported on its row and the rest of the sheet still computes', () => {
    const plan = planCalls({ aging: handMade, settings: warsaw, asOf: MONDAY_8_WARSAW });
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]).toMatchObject({ row: 6, column: 'Amount', code: 'bad-amount' });
    expect(plan.debtors.map((d) => d.customer)).not.toContain('Broken Row Ltd');
    expect(plan.debtors).toHaveLength(3);
  });

  test('03/05/2026 with no date order is reported as ambiguous, not guessed', () => {
    const plan = planCalls({ aging: aging([['Lima', 'L-1', '03/05/2026', 100]]), settings: warsaw, asOf: MONDAY_8_WARSAW });
    expect(plan.issues[0]!.code).toBe('ambiguous-date');
    expect(plan.debtors).toHaveLength(0);
    const dmy = planCalls({ aging: aging([['Lima', 'L-1', '03/05/2026', 100]]), settings: { ...warsaw, dateOrder: 'DMY' }, asOf: MONDAY_8_WARSAW });
    expect(dmy.debtors[0]!.invoices[0]!.dueDate).toBe('2026-05-03');
  });

  test('messages speak the user’s language', () => {
    const plan = planCalls({ aging: handMade, settings: { ...warsaw, language: 'pl' }, asOf: MONDAY_8_WARSAW });
    expect(plan.issues[0]!.message).toMatch(/nie jest kwotą/);
    expect(plan.debtors[0]!.stageName).toBe('pierwszy monit');
  });

  test('a settings typo is reported and the default kept', () => {
    const read = readSettings([['Setting', 'Value'], ['collectorTimeZone', 'Europe/Warsw'], ['dailyCapacity', '30']]);
    expect(read.settings.collectorTimeZone).toBe('UTC');
    expect(read.settings.dailyCapacity).toBe(30);
    expect(read.issues[0]).toMatchObject({ table: 'settings', row: 2, code: 'bad-setting' });
  });
});

test('a returned slot breaks no rule of the policy (checked by the rule oracle of oracle.ts, which shares no code with the scheduler)', () => {
  const sheet = aging(
    [
      ['A', 'A-1', '2026-10-01', 100, 'US', 'consumer'],
      ['B', 'B-1', '2026-10-01', 100, 'CN', 'consumer'],
      ['C', 'C-1', '2026-10-01', 100, 'PL', 'business'],
      ['D', 'D-1', '2026-10-01', 100, 'PL', 'consumer'],
    ],
    ['Country', 'Type of debtor'],
  );
  const zones: Record<string, [string, string, boolean]> = { A: ['America/New_York', 'US', true], B: ['Asia/Shanghai', 'CN', true], C: ['Europe/Warsaw', 'PL', false], D: ['Europe/Warsaw', 'PL', true] };
  let checked = 0;
  for (const policy of ['b2b', 'us-consumer', 'cn-consumer'] as const) {
    for (const asOf of [MONDAY_8_WARSAW, new Date('2026-11-20T19:55:00Z'), new Date('2026-09-30T23:00:00Z')]) {
      const plan = planCalls({ aging: sheet, settings: { policy, collectorTimeZone: 'Europe/Warsaw', collectorHours: { start: 0, end: 1440 } }, asOf });
      for (const d of plan.debtors) {
        const [zone, country, consumer] = zones[d.customer]!;
        expect(d.timeZone).toBe(zone);
        expect(d.nextCall, d.customer).not.toBeNull();
        expect(d.nextCall!.start.getTime()).toBeGreaterThanOrEqual(asOf.getTime());
        const setup = { policy, ...PRESET_DAY[policy], collectorZone: 'Europe/Warsaw', collectorHours: [0, 1440] as const };
        expect(broken(d.nextCall!.start, d.nextCall!.end, { zone, country, consumer, hours: null }, setup, []), `${policy} ${d.customer}`).toEqual([]);
        checked++;
      }
    }
  }
  expect(checked).toBe(36);
});
