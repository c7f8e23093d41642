import { describe, expect, test } from 'vitest';
import { workCalendar } from '../../core/calendar/working-days';
import { nextSlot, weekdayScore } from '../../core/schedule/next-slot';
import { addCall, dayPart, emptyCounts, reachLift } from '../../core/schedule/reachability';
import { ruleContext, type DebtorCallFacts } from '../../core/schedule/rules';
import { readSettings } from '../../core/settings/read-settings';
import type { Settings } from '../../core/settings/schema';
import { at, local } from './oracle';

/** The preferences among lawful slots: the seeds' timing advice, exactly as documented. */
const calendar = workCalendar([]);
const noIntent = { urgent: false, notBeforeDay: null, callbackAt: null } as const;
const noReach = { own: undefined, all: emptyCounts() };

function ctxFor(partial: Partial<Settings>, debtor: Partial<DebtorCallFacts> = {}, trail = { attempts: [] as Date[], conversations: [] as Date[], unanswered: [] as Date[] }) {
  const settings = readSettings({ collectorTimeZone: 'Europe/Warsaw', collectorHours: { start: 0, end: 1440 }, ...partial }).settings;
  const facts: DebtorCallFacts = { timeZone: 'Europe/Warsaw', country: 'PL', workingHours: null, consumer: false, noWorkplaceCalls: false, inconvenientTimes: [], payday: null, ...debtor };
  return ruleContext(settings, calendar, facts, trail);
}

describe('weekday ranking', () => {
  test('seed 001: Friday, Thursday, Tuesday, then Monday and Wednesday; weekends last', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayScore('fri-thu-tue', d))).toEqual([0.3, 0.6, 0.3, 0.8, 1, 0.2, 0.2]);
  });
  test('seed 002: Tuesday to Thursday, then Monday and Friday', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayScore('tue-thu', d))).toEqual([0.4, 1, 1, 1, 0.4, 0.2, 0.2]);
  });
});

describe('parts of the day', () => {
  test('morning to 11:59, afternoon 12:00–16:59, evening from 17:00', () => {
    expect([0, 719, 720, 1019, 1020, 1439].map(dayPart)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('the slot the search prefers', () => {
  test('a business is called in the first 15 minutes of its day, the next morning when today is over', () => {
    const found = nextSlot(at('Europe/Warsaw', '2026-11-24', 16 * 60), ctxFor({}), noIntent, noReach);
    expect(local(found.slot!.start, 'Europe/Warsaw')).toMatchObject({ date: '2026-11-25', minutes: 9 * 60 });
    expect(found.slot!.notes.map((n) => n.kind)).toContain('first-minutes');
    expect(found.slot!.local.minutes).toBe(9 * 60);
  });
  test('the best weekday beats an earlier poor one when the wait is short: Thursday 09:00 over Wednesday afternoon', () => {
    // Wednesday 14:00: the afternoon (0.4 − …) + Wednesday (0.15) loses to Thursday's first minutes (1 + 0.4 − 0.45).
    const found = nextSlot(at('Europe/Warsaw', '2026-11-25', 14 * 60), ctxFor({}), noIntent, noReach);
    expect(local(found.slot!.start, 'Europe/Warsaw')).toMatchObject({ date: '2026-11-26', minutes: 9 * 60 });
    expect(found.slot!.notes).toContainEqual({ kind: 'good-weekday', weekday: 4 });
  });
  test('an urgent follow-up does not wait for a better day: this afternoon it is', () => {
    const found = nextSlot(at('Europe/Warsaw', '2026-11-25', 14 * 60), ctxFor({}), { ...noIntent, urgent: true }, noReach);
    expect(local(found.slot!.start, 'Europe/Warsaw')).toMatchObject({ date: '2026-11-25', minutes: 14 * 60 });
    expect(found.slot!.notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['afternoon', 'urgent']));
  });
  test('a consumer day has no first-minutes rule: the earliest morning quarter hour, noted as morning', () => {
    const found = nextSlot(at('Europe/Warsaw', '2026-11-24', 6 * 60), ctxFor({ policy: 'us-consumer' }, { consumer: true }), noIntent, noReach);
    expect(found.slot!.notes.map((n) => n.kind)).toContain('morning');
    expect(found.slot!.notes.map((n) => n.kind)).not.toContain('first-minutes');
    expect(local(found.slot!.start, 'Europe/Warsaw')).toMatchObject({ date: '2026-11-24', minutes: 9 * 60 });
  });
  test('the three days before payday are good days, the last day of a short month standing in for the 31st', () => {
    // Payday 25: Sunday 22nd to Tuesday 24th November count; Monday 23rd is the first working one.
    const found = nextSlot(at('Europe/Warsaw', '2026-11-20', 18 * 60), ctxFor({}, { payday: 25 }), noIntent, noReach);
    expect(found.slot!.notes).toContainEqual({ kind: 'payday', payday: 25 });
    expect(local(found.slot!.start, 'Europe/Warsaw').date).toBe('2026-11-23');
    // Payday 31 in November (30 days): the 27th–29th are before the month's last day.
    const end = nextSlot(at('Europe/Warsaw', '2026-11-26', 18 * 60), ctxFor({}, { payday: 31 }), noIntent, noReach);
    expect(end.slot!.notes).toContainEqual({ kind: 'payday', payday: 31 });
    expect(local(end.slot!.start, 'Europe/Warsaw').date).toBe('2026-11-27');
    const none = nextSlot(at('Europe/Warsaw', '2026-11-26', 18 * 60), ctxFor({}, { payday: 10 }), noIntent, noReach);
    expect(none.slot!.notes.map((n) => n.kind)).not.toContain('payday');
  });
  test('a requested call-back at an allowed time is taken as asked', () => {
    const callbackAt = at('Europe/Warsaw', '2026-11-26', 10 * 60 + 20);
    const found = nextSlot(at('Europe/Warsaw', '2026-11-24', 10 * 60), ctxFor({}), { ...noIntent, callbackAt }, noReach);
    expect(found.slot!.start).toEqual(callbackAt);
    expect(found.slot!.end.getTime() - callbackAt.getTime()).toBe(15 * 60_000);
    expect(found.slot!.notes).toEqual([{ kind: 'callback' }]);
  });
  test('a call-back asked for lunchtime is moved, never before it', () => {
    const callbackAt = at('Europe/Warsaw', '2026-11-26', 12 * 60 + 30);
    const found = nextSlot(at('Europe/Warsaw', '2026-11-24', 10 * 60), ctxFor({}), { ...noIntent, callbackAt }, noReach);
    expect(found.slot!.start.getTime()).toBeGreaterThan(callbackAt.getTime());
    expect(found.slot!.notes.map((n) => n.kind)).not.toContain('callback');
  });
  test('not before a given day: the search starts there and says so', () => {
    const ctx = ctxFor({});
    const day = local(at('Europe/Warsaw', '2026-12-01', 600), 'Europe/Warsaw').date;
    const notBeforeDay = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    const found = nextSlot(at('Europe/Warsaw', '2026-11-24', 10 * 60), ctx, { ...noIntent, notBeforeDay }, noReach);
    expect(found.notes).toContainEqual({ kind: 'not-before', day: notBeforeDay });
    expect(local(found.slot!.start, 'Europe/Warsaw').date).toBe('2026-12-01');
  });
  test('the search starts at the next five minutes, never before the as-of time', () => {
    const asOf = at('Europe/Warsaw', '2026-11-26', 9 * 60 + 1);
    const found = nextSlot(asOf, ctxFor({}), { ...noIntent, urgent: true }, noReach);
    expect(local(found.slot!.start, 'Europe/Warsaw')).toMatchObject({ date: '2026-11-26', minutes: 9 * 60 + 15 });
  });
  test('no slot: the rules that blocked, most frequent first', () => {
    // The collector works 00:00–05:00 Warsaw time: never inside a Warsaw firm's day.
    const found = nextSlot(at('Europe/Warsaw', '2026-11-24', 10 * 60), ctxFor({ collectorHours: { start: 0, end: 300 } }), noIntent, noReach);
    expect(found.slot).toBeNull();
    expect(found.blockedBy[0]).toBe('collector-hours');
    expect(found.blockedBy).toContain('debtor-day-off');
  });
  test('the collector’s day off blocks, and the search jumps to their next day', () => {
    const found = nextSlot(at('Europe/Warsaw', '2026-11-27', 18 * 60), ctxFor({ workingDays: [1, 2, 3, 4, 5] }), noIntent, noReach);
    expect(local(found.slot!.start, 'Europe/Warsaw')).toMatchObject({ date: '2026-11-30', minutes: 9 * 60 });
  });
});

describe('what the call log teaches', () => {
  const zone = 'Europe/Warsaw';
  const rec = (iso: string, minutes: number, outcome: string) => ({ at: at(zone, iso, minutes), outcome }) as never;
  test('under 10 calls in all the log nothing is learnt', () => {
    const all = emptyCounts();
    for (let i = 0; i < 9; i++) addCall(all, rec('2026-11-02', 9 * 60, 'refused'), zone);
    expect(reachLift(undefined, all, 1, 0)).toMatchObject({ lift: 0, basis: 'all', attempts: 9, reached: 9 });
  });
  test('a weekday and part that always answers lifts, one that never does lowers; the debtor’s own calls weigh in', () => {
    const all = emptyCounts();
    for (let i = 0; i < 6; i++) addCall(all, rec('2026-11-02', 9 * 60, 'promise to pay'), zone); // Monday morning: reached
    for (let i = 0; i < 6; i++) addCall(all, rec('2026-11-04', 15 * 60, 'no answer'), zone); // Wednesday afternoon: not
    expect(all.total).toBe(12);
    expect(all.totalReached).toBe(6);
    const monday = reachLift(undefined, all, 1, 0);
    const wednesday = reachLift(undefined, all, 3, 1);
    expect(monday.lift).toBeGreaterThan(0.1);
    expect(wednesday.lift).toBeLessThan(-0.1);
    expect(monday.lift).toBeCloseTo(-wednesday.lift, 10);
    expect(reachLift(undefined, all, 2, 0)).toMatchObject({ lift: 0, basis: 'none' });
    const own = emptyCounts();
    for (let i = 0; i < 3; i++) addCall(own, rec('2026-11-04', 15 * 60, 'refused'), zone);
    const ownWednesday = reachLift(own, all, 3, 1);
    expect(ownWednesday).toMatchObject({ basis: 'own', attempts: 3, reached: 3 });
    expect(ownWednesday.lift).toBeGreaterThan(wednesday.lift);
  });
  test('the slot search follows it and says so', () => {
    const all = emptyCounts();
    for (let i = 0; i < 60; i++) addCall(all, rec('2026-11-05', 15 * 60, 'promise to pay'), zone); // Thursday afternoons answer
    for (let i = 0; i < 60; i++) addCall(all, rec('2026-11-05', 9 * 60, 'no answer'), zone); // Thursday mornings do not
    const found = nextSlot(at(zone, '2026-11-25', 18 * 60), ctxFor({}), noIntent, { own: undefined, all });
    expect(local(found.slot!.start, zone)).toMatchObject({ date: '2026-11-26' });
    expect(local(found.slot!.start, zone).minutes).toBeGreaterThanOrEqual(12 * 60);
    expect(found.slot!.notes).toContainEqual(expect.objectContaining({ kind: 'learned', basis: 'all', weekday: 4, part: 1 }));
  });
});
