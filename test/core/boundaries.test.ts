import { describe, expect, test } from 'vitest';
import { planCalls, type PolicyName } from '../../core/index';
import { aging, callLog } from './helpers';
import { at, daysBetween, local } from './oracle';

/**
 * Every calling rule at its edge: the last allowed and the first forbidden minute, in the
 * debtor's own zone, with a collector somewhere else. Each test sets everything but the rule under
 * test wide open, so the edge it finds is that rule's.
 */
const DAY = 86_400_000;
const wide = (policy: PolicyName, collectorTimeZone = 'UTC') => ({
  policy,
  collectorTimeZone,
  collectorHours: { start: 0, end: 1440 },
  workingHours: { start: 0, end: 1440 },
  lunch: null,
  workingDays: [1, 2, 3, 4, 5, 6, 7],
});

function debtor(zone: string, country: string, consumer: boolean) {
  return aging([['Debtor', 'D-1', '2026-01-05', 900, zone, country, consumer ? 'consumer' : 'business']], ['Time zone', 'Country', 'Type of debtor']);
}

function blocked(sheet: ReturnType<typeof debtor>, settings: object, asOf: Date, calls: { at: Date; outcome: string }[] = []) {
  const log = callLog(calls.map((c) => ({ time: c.at.toISOString(), customer: 'Debtor', outcome: c.outcome })));
  return planCalls({ aging: sheet, callLog: log, settings, asOf }).debtors[0]!;
}

describe('legal windows across a daylight-saving change', () => {
  test('New York on the spring-forward day (8 March 2026): 20:45 allowed, 20:46 not, 08:00 allowed, 07:59 not', () => {
    const sheet = debtor('America/New_York', 'US', true);
    const s = wide('us-consumer', 'Asia/Shanghai');
    expect(blocked(sheet, s, at('America/New_York', '2026-03-08', 20 * 60 + 45)).callNowBlocked).toBeNull();
    expect(blocked(sheet, s, at('America/New_York', '2026-03-08', 20 * 60 + 46)).callNowBlocked).toMatch(/hours the policy allows/);
    expect(blocked(sheet, s, at('America/New_York', '2026-03-08', 8 * 60)).callNowBlocked).toBeNull();
    expect(blocked(sheet, s, at('America/New_York', '2026-03-08', 7 * 60 + 59)).callNowBlocked).toMatch(/hours the policy allows/);
  });

  test('Sydney on the day its clocks go forward (4 October 2026): a consumer elsewhere under cn-consumer keeps 08:00–22:00', () => {
    const sheet = debtor('Australia/Sydney', 'AU', true);
    const s = wide('cn-consumer', 'Europe/Warsaw');
    expect(blocked(sheet, s, at('Australia/Sydney', '2026-10-04', 21 * 60 + 45)).callNowBlocked).toBeNull();
    expect(blocked(sheet, s, at('Australia/Sydney', '2026-10-04', 21 * 60 + 46)).callNowBlocked).toMatch(/hours the policy allows/);
    expect(blocked(sheet, s, at('Australia/Sydney', '2026-10-04', 8 * 60)).callNowBlocked).toBeNull();
    expect(blocked(sheet, s, at('Australia/Sydney', '2026-10-04', 7 * 60 + 59)).callNowBlocked).toMatch(/hours the policy allows/);
  });
});

describe('7 attempts in 7 days (Regulation F)', () => {
  const sheet = debtor('America/Chicago', 'US', true);
  const s = wide('us-consumer', 'Europe/Warsaw');
  const now = at('America/Chicago', '2026-11-18', 10 * 60);
  const attempts = (n: number, oldestAgoMs: number) =>
    Array.from({ length: n }, (_, i) => ({ at: new Date(now.getTime() - oldestAgoMs + i * 3_600_000), outcome: 'no answer' }));

  test('six attempts in the window: the 7th is allowed', () => {
    expect(blocked(sheet, s, now, attempts(6, 3 * DAY)).callNowBlocked).toBeNull();
  });
  test('seven attempts in the window: the 8th is not', () => {
    expect(blocked(sheet, s, now, attempts(7, 3 * DAY)).callNowBlocked).toMatch(/already 7 call attempts in 7 days/);
  });
  test('the oldest of seven a minute inside the 7 days still counts; exactly 7 days ago it has left', () => {
    expect(blocked(sheet, s, now, attempts(7, 7 * DAY - 60_000)).callNowBlocked).toMatch(/7 call attempts/);
    expect(blocked(sheet, s, now, attempts(7, 7 * DAY)).callNowBlocked).toBeNull();
  });
  test('with seven attempts the next slot is when the oldest leaves the window, not before', () => {
    const d = blocked(sheet, s, now, attempts(7, 3 * DAY));
    expect(d.nextCall!.start.getTime()).toBeGreaterThanOrEqual(now.getTime() + 4 * DAY);
  });
});

describe('6 unanswered calls a day (cn-consumer)', () => {
  const sheet = debtor('Asia/Shanghai', 'CN', true);
  // The collector in Los Angeles: its day is the day before Shanghai's for most of the day.
  const s = wide('cn-consumer', 'America/Los_Angeles');
  const now = at('Asia/Shanghai', '2026-11-18', 15 * 60);
  const unanswered = (n: number, firstMinute = 9 * 60) =>
    Array.from({ length: n }, (_, i) => ({ at: at('Asia/Shanghai', '2026-11-18', firstMinute + i * 20), outcome: i % 2 ? 'voicemail' : 'no answer' }));

  test('five unanswered today: the 6th is allowed', () => {
    expect(blocked(sheet, s, now, unanswered(5)).callNowBlocked).toBeNull();
  });
  test('six unanswered today: the 7th is not, and the next slot is tomorrow in Shanghai', () => {
    const d = blocked(sheet, s, now, unanswered(6));
    expect(d.callNowBlocked).toMatch(/already 6 unanswered calls today/);
    expect(local(d.nextCall!.start, 'Asia/Shanghai').date).toBe('2026-11-19');
  });
  test('the day is Shanghai’s: calls at 23:50 Shanghai yesterday do not count, though the collector’s date is the same', () => {
    const yesterday = Array.from({ length: 6 }, (_, i) => ({ at: at('Asia/Shanghai', '2026-11-17', 23 * 60 + i * 2), outcome: 'no answer' }));
    expect(blocked(sheet, s, at('Asia/Shanghai', '2026-11-18', 8 * 60), yesterday).callNowBlocked).toBeNull();
  });
  test('answered calls do not count towards the cap', () => {
    const calls = [...unanswered(5), { at: at('Asia/Shanghai', '2026-11-18', 12 * 60), outcome: 'refused' }];
    expect(blocked(sheet, s, now, calls).callNowBlocked).toBeNull();
  });
});

describe('no call within 7 days after a conversation (Regulation F), the conversation day being day 1', () => {
  const sheet = debtor('America/Los_Angeles', 'US', true);
  const s = wide('us-consumer', 'Europe/Warsaw');
  // Monday 14 September 2026 to Sunday 20 September: no US holiday in the fortnight.
  for (let w = 0; w < 7; w++) {
    const talkDay = new Date(Date.UTC(2026, 8, 14 + w)).toISOString().slice(0, 10);
    const day8 = new Date(Date.UTC(2026, 8, 21 + w)).toISOString().slice(0, 10);
    const day7 = new Date(Date.UTC(2026, 8, 20 + w)).toISOString().slice(0, 10);
    test(`a conversation on ${talkDay} (weekday ${w + 1}): day 7 (${day7}) closed to its last minute, day 8 (${day8}) open at 08:00`, () => {
      const talk = [{ at: at('America/Los_Angeles', talkDay, 20 * 60 + 50), outcome: 'refused' }];
      expect(blocked(sheet, s, at('America/Los_Angeles', day7, 20 * 60 + 45), talk).callNowBlocked).toMatch(/within 7 days after a conversation/);
      expect(blocked(sheet, s, at('America/Los_Angeles', day8, 8 * 60), talk).callNowBlocked).toBeNull();
      const next = blocked(sheet, s, at('America/Los_Angeles', talkDay, 21 * 60), talk).nextCall!;
      expect(daysBetween(talkDay, local(next.start, 'America/Los_Angeles').date)).toBeGreaterThanOrEqual(7);
    });
  }
  test('a conversation at 00:30 in Los Angeles counts for that Los Angeles day, not the collector’s', () => {
    const talk = [{ at: at('America/Los_Angeles', '2026-11-18', 30), outcome: 'promise to pay' }];
    expect(blocked(sheet, s, at('America/Los_Angeles', '2026-11-24', 20 * 60), talk).callNowBlocked).toMatch(/within 7 days/);
    expect(blocked(sheet, s, at('America/Los_Angeles', '2026-11-25', 8 * 60), talk).callNowBlocked).toBeNull();
  });
});

describe('lunch edges, debtor-local', () => {
  test('b2b lunch 12:00–13:30 in Warsaw, collector in New York: 11:45 ends at noon, 13:30 starts after', () => {
    const sheet = debtor('Europe/Warsaw', 'PL', false);
    const s = { policy: 'b2b', collectorTimeZone: 'America/New_York', collectorHours: { start: 0, end: 1440 } };
    const b = (m: number) => blocked(sheet, s, at('Europe/Warsaw', '2026-11-18', m)).callNowBlocked;
    expect(b(11 * 60 + 45)).toBeNull();
    expect(b(11 * 60 + 46)).toMatch(/lunch/);
    expect(b(13 * 60 + 29)).toMatch(/lunch/);
    expect(b(13 * 60 + 30)).toBeNull();
  });
  test('cn-consumer lunch 12:00–14:00 in Shanghai', () => {
    const sheet = debtor('Asia/Shanghai', 'CN', true);
    const s = { policy: 'cn-consumer', collectorTimeZone: 'Europe/Warsaw', collectorHours: { start: 0, end: 1440 } };
    const b = (m: number) => blocked(sheet, s, at('Asia/Shanghai', '2026-11-18', m)).callNowBlocked;
    expect(b(11 * 60 + 45)).toBeNull();
    expect(b(11 * 60 + 46)).toMatch(/lunch/);
    expect(b(13 * 60 + 59)).toMatch(/lunch/);
    expect(b(14 * 60)).toBeNull();
  });
});

describe('holidays begin at midnight where they are kept', () => {
  test('Poland’s Independence Day starts at Warsaw midnight, not at the collector’s in Auckland, 11 hours earlier', () => {
    const sheet = debtor('Europe/Warsaw', 'PL', false);
    const s = { policy: 'b2b', collectorTimeZone: 'Pacific/Auckland', collectorHours: { start: 0, end: 1440 }, workingHours: { start: 0, end: 1440 }, lunch: null };
    // 20:45 on the 10th in Warsaw is already the 11th in Auckland: still a working day for the debtor.
    const eve = at('Europe/Warsaw', '2026-11-10', 20 * 60 + 45);
    expect(local(eve, 'Pacific/Auckland').date).toBe('2026-11-11');
    expect(blocked(sheet, s, eve).callNowBlocked).toBeNull();
    const holiday = blocked(sheet, s, at('Europe/Warsaw', '2026-11-11', 7 * 60));
    expect(holiday.callNowBlocked).toMatch(/a day off or holiday for the debtor/);
    expect(holiday.callNowBlocked).not.toMatch(/your day off/);
    expect(holiday.nextCall!.debtorLocal).toBe('2026-11-12 07:00 (Thu)');
  });

  test('Thanksgiving starts at New York midnight for the collector while it is already the 27th in Shanghai', () => {
    const sheet = debtor('Asia/Shanghai', 'CN', false);
    const s = { policy: 'b2b', collectorTimeZone: 'America/New_York', holidayCountry: 'US', collectorHours: { start: 0, end: 1440 }, lunch: null };
    // Friday 27 November 09:00 Shanghai is Thursday 26 November 20:00 in New York: Thanksgiving.
    expect(blocked(sheet, s, at('Asia/Shanghai', '2026-11-27', 9 * 60)).callNowBlocked).toMatch(/your day off or a holiday/);
    // 13:00 Shanghai is 00:00 on the 27th in New York: the collector's holiday is over.
    expect(blocked(sheet, s, at('Asia/Shanghai', '2026-11-27', 13 * 60)).callNowBlocked).toBeNull();
    expect(blocked(sheet, s, at('Asia/Shanghai', '2026-11-27', 12 * 60 + 59)).callNowBlocked).toMatch(/your day off or a holiday/);
  });

  test('Golden Week in Shanghai seen from Los Angeles: 30 September open to its end, 1 October closed from 09:00 Shanghai, the make-up Saturday 10 October open', () => {
    const sheet = debtor('Asia/Shanghai', 'CN', false);
    const s = { policy: 'b2b', collectorTimeZone: 'America/Los_Angeles', collectorHours: { start: 0, end: 1440 }, lunch: null };
    expect(blocked(sheet, s, at('Asia/Shanghai', '2026-09-30', 17 * 60 + 15)).callNowBlocked).toBeNull();
    expect(blocked(sheet, s, at('Asia/Shanghai', '2026-10-01', 9 * 60)).callNowBlocked).toMatch(/a day off or holiday for the debtor/);
    expect(blocked(sheet, s, at('Asia/Shanghai', '2026-10-10', 9 * 60)).callNowBlocked).toBeNull();
    expect(blocked(sheet, s, at('Asia/Shanghai', '2026-10-11', 9 * 60)).callNowBlocked).toMatch(/a day off or holiday for the debtor/);
  });
});
