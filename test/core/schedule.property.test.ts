import fc from 'fast-check';
import Holidays from 'date-holidays';
import schedule from 'chinese-days/dist/chinese-days.json';
import { expect, test } from 'vitest';
import { planCalls, type PolicyName } from '../../core/index';
import { aging, callLog } from './helpers';

/**
 * An oracle written apart from the scheduler: debtor-local time from Intl directly, holidays from
 * the calendar packages directly, caps counted by hand. Whatever slot the planner returns for a
 * random debtor, policy and history must pass it.
 */
const DEBTORS = [
  { zone: 'America/New_York', country: 'US' },
  { zone: 'America/Los_Angeles', country: 'US' },
  { zone: 'Europe/Warsaw', country: 'PL' },
  { zone: 'Asia/Shanghai', country: 'CN' },
] as const;

function local(instant: Date, zone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1 };
}

const publicHolidays = new Map<string, Set<string>>();
function isPublicHoliday(country: string, date: string): boolean {
  const key = `${country}${date.slice(0, 4)}`;
  if (!publicHolidays.has(key)) {
    publicHolidays.set(key, new Set(new Holidays(country).getHolidays(Number(date.slice(0, 4))).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10))));
  }
  return publicHolidays.get(key)!.has(date);
}

/**
 * The official schedule as chinese-days ships it, read here by hand: its own `isWorkday` converts
 * through the process zone and is wrong west of Greenwich (make-up Saturdays come out as days off).
 */
function chineseWorkday(date: string): boolean {
  if (date in schedule.workdays) return true;
  if (date in schedule.holidays) return false;
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

const OUTCOMES = ['no answer', 'voicemail', 'refused', 'promise to pay', 'not decision maker'] as const;

test('for random debtors, policies and histories, a returned slot never breaks a rule', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...DEBTORS),
      fc.boolean(),
      fc.constantFrom<PolicyName>('b2b', 'us-consumer', 'cn-consumer'),
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
      fc.array(fc.record({ hoursAgo: fc.integer({ min: 1, max: 14 * 24 }), outcome: fc.constantFrom(...OUTCOMES) }), { maxLength: 12 }),
      (debtor, consumer, policy, asOfMs, calls) => {
        const asOf = new Date(Math.floor(asOfMs / 60_000) * 60_000);
        const sheet = aging([['Debtor', 'X-1', '2025-12-01', 500, debtor.zone, debtor.country, consumer ? 'consumer' : 'business']], ['Time zone', 'Country', 'Type of debtor']);
        const times = calls.map((c) => ({ at: new Date(asOf.getTime() - c.hoursAgo * 3_600_000), outcome: c.outcome }));
        const log = callLog(times.map((c) => ({ time: c.at.toISOString(), customer: 'Debtor', outcome: c.outcome, ...(c.outcome === 'promise to pay' ? { promisedDate: '2025-12-20' } : {}) })));
        const plan = planCalls({ aging: sheet, callLog: log, settings: { policy, collectorTimeZone: 'UTC', collectorHours: { start: 0, end: 1440 } }, asOf });
        const next = plan.debtors[0]!.nextCall;
        if (!next) return;
        const start = local(next.start, debtor.zone);
        const end = local(next.end, debtor.zone);
        expect(next.start.getTime()).toBeGreaterThanOrEqual(asOf.getTime());

        // Legal hours of the law that binds this debtor.
        const consumerLaw = consumer
          ? debtor.country === 'CN' ? 'cn' : debtor.country === 'US' ? 'us' : policy === 'cn-consumer' ? 'cn' : 'us'
          : null;
        const legal = consumerLaw === 'cn' ? [8 * 60, 22 * 60] : consumerLaw === 'us' ? [8 * 60, 21 * 60] : [7 * 60, 21 * 60];
        expect(start.minutes).toBeGreaterThanOrEqual(legal[0]!);
        expect(end.minutes).toBeLessThanOrEqual(legal[1]!);

        // Working hours and lunch of the chosen preset.
        const work = policy === 'b2b' ? [9 * 60, 17 * 60 + 30] : [9 * 60, 20 * 60];
        expect(start.minutes).toBeGreaterThanOrEqual(work[0]!);
        expect(end.minutes).toBeLessThanOrEqual(work[1]!);
        const lunch = policy === 'b2b' ? [12 * 60, 13 * 60 + 30] : policy === 'cn-consumer' ? [12 * 60, 14 * 60] : null;
        if (lunch) expect(start.minutes >= lunch[1]! || end.minutes <= lunch[0]!).toBe(true);

        // Days off and public holidays where the debtor is.
        if (debtor.country === 'CN') expect(chineseWorkday(start.date)).toBe(true);
        else {
          expect(isPublicHoliday(debtor.country, start.date)).toBe(false);
          expect(start.weekday).toBeLessThanOrEqual(policy === 'b2b' ? 5 : 6);
        }

        // Frequency caps.
        const t = next.start.getTime();
        if (consumerLaw === 'us') {
          expect(times.filter((c) => c.at.getTime() > t - 7 * 86_400_000 && c.at.getTime() <= t).length).toBeLessThan(7);
          const talks = times.filter((c) => c.outcome === 'refused' || c.outcome === 'promise to pay' || c.outcome === 'not decision maker');
          for (const talk of talks) {
            const talkDay = local(talk.at, debtor.zone).date;
            const days = (Date.parse(start.date) - Date.parse(talkDay)) / 86_400_000;
            expect(days).toBeGreaterThanOrEqual(7);
          }
        }
        if (consumerLaw === 'cn') {
          const sameDayUnanswered = times.filter((c) => (c.outcome === 'no answer' || c.outcome === 'voicemail') && local(c.at, debtor.zone).date === start.date);
          expect(sameDayUnanswered.length).toBeLessThan(6);
        }
      },
    ),
    { numRuns: 300 },
  );
});
