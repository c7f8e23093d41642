import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { planCalls, type PolicyName } from '../../core/index';
import { BINDING, DEBTOR_STANDINGS, POLICIES } from '../../core/settings/policy';
import { POLICY_NAMES } from '../../core/settings/schema';
import { aging, callLog } from './helpers';
import { at, BOUND, LEGAL, type Standing } from './oracle';

/** One debtor of each standing, on a plain Wednesday (18 November 2026) in its own zone. */
const WHERE: Record<Standing, { zone: string; country: string; consumer: boolean }> = {
  business: { zone: 'Europe/Warsaw', country: 'PL', consumer: false },
  'consumer-us': { zone: 'America/Chicago', country: 'US', consumer: true },
  'consumer-cn': { zone: 'Asia/Shanghai', country: 'CN', consumer: true },
  'consumer-elsewhere': { zone: 'Europe/Warsaw', country: 'PL', consumer: true },
};

function sheetFor(s: Standing, hours = '06:00-23:30') {
  const w = WHERE[s];
  return aging([['Debtor', 'D-1', '2026-09-01', 900, w.zone, w.country, w.consumer ? 'consumer' : 'business', hours]], ['Time zone', 'Country', 'Type of debtor', 'Working hours']);
}

/** Settings that leave only the law to decide: the collector always works, debtors' day is the whole day. */
const open = (policy: PolicyName) => ({ policy, collectorTimeZone: 'UTC', collectorHours: { start: 0, end: 1440 }, workingHours: { start: 0, end: 1440 }, lunch: null, workingDays: [1, 2, 3, 4, 5, 6, 7] });

function blockedAt(policy: PolicyName, s: Standing, date: string, minutes: number, log?: ReturnType<typeof callLog>, settings: object = open(policy)) {
  return planCalls({ aging: sheetFor(s), callLog: log, settings, asOf: at(WHERE[s].zone, date, minutes) }).debtors[0]!.callNowBlocked;
}

describe('who is bound by what', () => {
  test('the table in code is the README’s table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Who is bound by what'));
    const rows = section.split('\n').filter((l) => /^\| `(b2b|us-consumer|cn-consumer)` \|/.test(l)).slice(0, 3);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const cells = row.split('|').slice(1, -1).map((c) => c.trim());
      const preset = cells[0]!.replace(/`/g, '') as PolicyName;
      DEBTOR_STANDINGS.forEach((standing, i) => {
        const cell = cells[i + 1]!;
        expect(cell.match(/`([a-z-0-9]+)`/)![1], `${preset} × ${standing}`).toBe(BINDING[preset][standing].rules);
        expect(cell.includes('business day'), `${preset} × ${standing}`).toBe(BINDING[preset][standing].day === 'business');
      });
    }
  });

  test('the table binds a business by b2b under every preset, and a consumer by the law where they live', () => {
    for (const preset of POLICY_NAMES) for (const s of DEBTOR_STANDINGS) expect(BINDING[preset][s].rules, `${preset} × ${s}`).toBe(BOUND[preset][s]);
  });

  // Every cell, proven at both edges of its legal window in the debtor's zone.
  for (const preset of POLICY_NAMES) {
    for (const s of DEBTOR_STANDINGS) {
      const law = BOUND[preset][s];
      const [from, to] = LEGAL[law];
      test(`${preset} × ${s}: ${law} hours, ${from / 60}:00 allowed and ${to / 60}:00 the end`, () => {
        expect(blockedAt(preset, s, '2026-11-18', from)).toBeNull();
        expect(blockedAt(preset, s, '2026-11-18', from - 1)).toMatch(/hours the policy allows/);
        expect(blockedAt(preset, s, '2026-11-18', to - 15)).toBeNull();
        expect(blockedAt(preset, s, '2026-11-18', to - 14)).toMatch(/hours the policy allows/);
        expect(blockedAt(preset, s, '2026-11-18', to - 14)).toContain(POLICIES[law].source);
      });
    }
  }

  test('each cell’s caps: 8 unanswered calls in a day stop only a consumer bound by US or Chinese rules', () => {
    for (const preset of POLICY_NAMES) {
      for (const s of DEBTOR_STANDINGS) {
        const zone = WHERE[s].zone;
        const log = callLog(Array.from({ length: 8 }, (_, i) => ({ time: at(zone, '2026-11-18', 9 * 60 + i * 10).toISOString(), customer: 'Debtor', outcome: 'no answer' })));
        const blocked = blockedAt(preset, s, '2026-11-18', 11 * 60, log);
        const law = BOUND[preset][s];
        if (law === 'b2b') expect(blocked, `${preset} × ${s}`).toBeNull();
        else if (law === 'us-consumer') expect(blocked, `${preset} × ${s}`).toMatch(/7 call attempts in 7 days/);
        else expect(blocked, `${preset} × ${s}`).toMatch(/6 unanswered calls today/);
      }
    }
  });

  test('under a consumer preset a business keeps a business day: no Saturday, no evening, the b2b lunch', () => {
    for (const preset of ['us-consumer', 'cn-consumer'] as const) {
      const noDay = { policy: preset, collectorTimeZone: 'UTC', collectorHours: { start: 0, end: 1440 } };
      const plain = (date: string, minutes: number, s: Standing) =>
        planCalls({ aging: sheetFor(s, ''), settings: noDay, asOf: at(WHERE[s].zone, date, minutes) }).debtors[0]!.callNowBlocked;
      // Saturday 21 November: the preset's Saturday is for consumers.
      expect(plain('2026-11-21', 10 * 60, 'business')).toMatch(/day off/);
      expect(plain('2026-11-21', 10 * 60, 'consumer-elsewhere')).toBeNull();
      // 17:30 ends a firm's day; the preset's 20:00 is a consumer's.
      expect(plain('2026-11-18', 17 * 60 + 15, 'business')).toBeNull();
      expect(plain('2026-11-18', 17 * 60 + 16, 'business')).toMatch(/working hours/);
      expect(plain('2026-11-18', 19 * 60 + 45, 'consumer-elsewhere')).toBeNull();
      // Lunch 12:00–13:30 for a firm.
      expect(plain('2026-11-18', 11 * 60 + 45, 'business')).toBeNull();
      expect(plain('2026-11-18', 11 * 60 + 46, 'business')).toMatch(/lunch/);
      expect(plain('2026-11-18', 13 * 60 + 29, 'business')).toMatch(/lunch/);
      expect(plain('2026-11-18', 13 * 60 + 30, 'business')).toBeNull();
    }
  });

  test('a Warsaw firm with hours to 22:00 under cn-consumer is called Monday 09:00, not Friday 21:15, as under b2b', () => {
    const sheet = aging([['Firma', 'F-1', '2026-09-01', 900, 'Europe/Warsaw', 'PL', 'business', '09:00-22:00']], ['Time zone', 'Country', 'Type of debtor', 'Working hours']);
    const friday = at('Europe/Warsaw', '2026-11-20', 21 * 60 + 10);
    const next = (policy: PolicyName) =>
      planCalls({ aging: sheet, settings: { policy, collectorTimeZone: 'Europe/Warsaw', collectorHours: { start: 0, end: 1440 } }, asOf: friday }).debtors[0]!.nextCall!.debtorLocal;
    expect(next('cn-consumer')).toBe('2026-11-23 09:00 (Mon)');
    expect(next('us-consumer')).toBe('2026-11-23 09:00 (Mon)');
    expect(next('b2b')).toBe('2026-11-23 09:00 (Mon)');
  });
});
