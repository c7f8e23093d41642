import fc from 'fast-check';
import Holidays from 'date-holidays';
import schedule from 'chinese-days/dist/chinese-days.json';
import { expect, test } from 'vitest';
import { greedyAgenda } from '../../core/agenda/plan-agenda';
import { maxValueAssignment, type AssignmentProblem } from '../../core/agenda/max-value-assignment';
import type { PolicyName } from '../../core/index';
import { planWithAgendaInput } from '../../core/plan/plan-calls';
import { aging, callLog } from './helpers';

/**
 * An oracle written apart from the planner: wall clocks from Intl directly, holidays from the
 * calendar packages directly, the legal limits typed in from the rules themselves, caps counted by
 * hand. Whatever agenda the planner returns for a random book, team and history, it must pass.
 */
const SEED = Number(process.env.AGENDA_SEED ?? 20261124);
console.log(`agenda properties: fast-check seed ${SEED} (rerun with AGENDA_SEED=…)`);

const PLACES = [
  { zone: 'Europe/London', country: 'GB' },
  { zone: 'Europe/Warsaw', country: 'PL' },
  { zone: 'America/New_York', country: 'US' },
  { zone: 'America/Los_Angeles', country: 'US' },
  { zone: 'Asia/Shanghai', country: 'CN' },
] as const;
const COLLECTOR_ZONES = ['Europe/London', 'Europe/Warsaw', 'America/New_York', 'UTC'] as const;
const NAMES = ['Ann', 'Ben', 'Chen'] as const;
const OUTCOMES = ['no answer', 'voicemail', 'refused', 'promise to pay', 'not decision maker', 'callback requested'] as const;
const TALKS = new Set(['refused', 'promise to pay', 'not decision maker', 'callback requested']);
const DAY = 86_400_000;

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

function chineseWorkday(date: string): boolean {
  if (date in schedule.workdays) return true;
  if (date in schedule.holidays) return false;
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

const debtorArb = fc.record({
  place: fc.constantFrom(...PLACES),
  consumer: fc.boolean(),
  amount: fc.integer({ min: 100, max: 50_000 }),
  daysLate: fc.integer({ min: -10, max: 400 }),
  owner: fc.constantFrom<string>('', '', 'Ann', 'Ben', 'chen', 'Stranger'),
  inconvenient: fc.constantFrom('', '', '12:00-14:00', '17:00-19:00'),
  // Unanswered attempts in the last hours: reaches the 7-in-7 and 6-a-day limits and just below them.
  hammered: fc.constantFrom(0, 0, 0, 5, 6, 7, 8),
});

test('for random books, teams and histories, no agenda call breaks a rule and no collector is double-booked', () => {
  fc.assert(
    fc.property(
      fc.array(debtorArb, { minLength: 1, maxLength: 14 }),
      fc.constantFrom<PolicyName>('b2b', 'us-consumer', 'cn-consumer'),
      fc.constantFrom(...COLLECTOR_ZONES),
      fc.subarray([...NAMES]),
      fc.integer({ min: 1, max: 8 }),
      fc.constantFrom(5, 10, 15, 30),
      fc.constantFrom<string | null>(null, 'GB', 'PL', 'US'),
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
      fc.array(fc.record({ debtor: fc.nat(), hoursAgo: fc.integer({ min: 1, max: 10 * 24 }), outcome: fc.constantFrom(...OUTCOMES), callbackIn: fc.integer({ min: 1, max: 30 }) }), { maxLength: 30 }),
      (debtors, policy, collectorZone, team, capacity, callMinutes, holidayCountry, asOfMs, calls) => {
        const asOf = new Date(Math.floor(asOfMs / 60_000) * 60_000);
        const name = (i: number) => `Debtor ${i}`;
        const due = (days: number) => new Date(asOf.getTime() - days * DAY).toISOString().slice(0, 10);
        const sheet = aging(
          debtors.map((d, i) => [name(i), `I-${i}`, due(d.daysLate), d.amount, d.place.zone, d.place.country, d.consumer ? 'consumer' : 'business', d.owner, d.inconvenient]),
          ['Time zone', 'Country', 'Type of debtor', 'Collector', 'Inconvenient times'],
        );
        const history = [
          ...calls.map((c) => ({ ...c, debtor: c.debtor % debtors.length, at: new Date(asOf.getTime() - c.hoursAgo * 3_600_000) })),
          ...debtors.flatMap((d, i) => Array.from({ length: d.hammered }, (_, k) => ({ debtor: i, outcome: 'no answer' as const, callbackIn: 0, hoursAgo: 0, at: new Date(asOf.getTime() - (10 + 20 * k) * 60_000) }))),
        ];
        const log = callLog(
          history.map((c) => ({
            time: c.at.toISOString(),
            customer: name(c.debtor),
            outcome: c.outcome,
            ...(c.outcome === 'promise to pay' ? { promisedDate: due(-3) } : {}),
            ...(c.outcome === 'callback requested' ? { callbackAt: new Date(asOf.getTime() + c.callbackIn * 3_600_000).toISOString() } : {}),
          })),
        );
        const settings = [
          ['policy', policy],
          ['collectorTimeZone', collectorZone],
          ['collectors', team.join(', ')],
          ['dailyCapacity', capacity],
          ['callMinutes', callMinutes],
          ['holidayCountry', holidayCountry ?? ''],
        ];
        const { plan, agendaInput } = planWithAgendaInput({ aging: sheet, callLog: log, settings, asOf });
        const agenda = plan.agenda;
        const collectors = team.length ? team : ['Collector'];
        expect(plan.collectors).toEqual(collectors);

        const days = new Set<string>();
        const seen = new Set<string>();
        for (const call of agenda) {
          const i = Number(call.customer.slice('Debtor '.length));
          const d = debtors[i]!;
          expect(seen.has(call.customer)).toBe(false);
          seen.add(call.customer);
          expect(call.start.getTime()).toBeGreaterThanOrEqual(asOf.getTime());
          expect(call.end.getTime() - call.start.getTime()).toBe(callMinutes * 60_000);

          // The collector's side: one working day, inside the calling hours 08:00–18:00.
          const cs = local(call.start, collectorZone);
          const ce = local(new Date(call.end.getTime() - 60_000), collectorZone);
          days.add(cs.date);
          expect(cs.minutes).toBeGreaterThanOrEqual(8 * 60);
          expect(ce.minutes + 1).toBeLessThanOrEqual(18 * 60);
          expect(cs.weekday).toBeLessThanOrEqual(policy === 'b2b' ? 5 : 6);
          if (holidayCountry) expect(isPublicHoliday(holidayCountry, cs.date)).toBe(false);

          // The debtor's side: the law that binds them, their working day, lunch, days off.
          const start = local(call.start, d.place.zone);
          const end = local(new Date(call.end.getTime() - 60_000), d.place.zone);
          const endMinutes = end.minutes + 1;
          expect(end.date).toBe(start.date);
          const law = d.consumer ? (d.place.country === 'CN' ? 'cn' : d.place.country === 'US' ? 'us' : policy === 'cn-consumer' ? 'cn' : 'us') : null;
          const legal = law === 'cn' ? [8 * 60, 22 * 60] : law === 'us' ? [8 * 60, 21 * 60] : [7 * 60, 21 * 60];
          expect(start.minutes).toBeGreaterThanOrEqual(legal[0]!);
          expect(endMinutes).toBeLessThanOrEqual(legal[1]!);
          const work = policy === 'b2b' ? [9 * 60, 17 * 60 + 30] : [9 * 60, 20 * 60];
          expect(start.minutes).toBeGreaterThanOrEqual(work[0]!);
          expect(endMinutes).toBeLessThanOrEqual(work[1]!);
          const lunch = policy === 'b2b' ? [12 * 60, 13 * 60 + 30] : policy === 'cn-consumer' ? [12 * 60, 14 * 60] : null;
          if (lunch) expect(start.minutes >= lunch[1]! || endMinutes <= lunch[0]!).toBe(true);
          if (d.place.country === 'CN') expect(chineseWorkday(start.date)).toBe(true);
          else {
            expect(isPublicHoliday(d.place.country, start.date)).toBe(false);
            expect(start.weekday).toBeLessThanOrEqual(policy === 'b2b' ? 5 : 6);
          }

          // Caps, quiet days and requests under consumer law.
          const t = call.start.getTime();
          const mine = history.filter((c) => c.debtor === i);
          if (law === 'us') {
            expect(mine.filter((c) => c.at.getTime() > t - 7 * DAY && c.at.getTime() <= t).length).toBeLessThan(7);
            for (const talk of mine.filter((c) => TALKS.has(c.outcome))) {
              expect((Date.parse(start.date) - Date.parse(local(talk.at, d.place.zone).date)) / DAY).toBeGreaterThanOrEqual(7);
            }
            if (d.inconvenient) {
              const [from, to] = d.inconvenient.split('-').map((x) => Number(x.slice(0, 2)) * 60);
              expect(start.minutes >= to! || endMinutes <= from!).toBe(true);
            }
          }
          if (law === 'cn') {
            expect(mine.filter((c) => (c.outcome === 'no answer' || c.outcome === 'voicemail') && local(c.at, d.place.zone).date === start.date).length).toBeLessThan(6);
          }

          // The owner calls the accounts they own.
          const owner = collectors.find((c) => team.length && c.toLowerCase() === d.owner.toLowerCase());
          if (owner) expect(call.collector).toBe(owner);
          else expect(collectors).toContain(call.collector);
        }
        expect(days.size).toBeLessThanOrEqual(1);

        // One collector, one call at a time, and no more than the day's capacity.
        for (const who of collectors) {
          const mine = agenda.filter((c) => c.collector === who).sort((a, b) => a.start.getTime() - b.start.getTime());
          expect(mine.length).toBeLessThanOrEqual(capacity);
          for (let k = 1; k < mine.length; k++) expect(mine[k]!.start.getTime()).toBeGreaterThanOrEqual(mine[k - 1]!.end.getTime());
        }

        // Never less expected money than filling greedily by priority.
        const sum = (xs: readonly { value: number }[]) => xs.reduce((s, c) => s + c.value, 0);
        expect(sum(agenda)).toBeGreaterThanOrEqual(sum(greedyAgenda(agendaInput)) - 1e-6);
      },
    ),
    { numRuns: 200, seed: SEED },
  );
});

/** The best total by trying every placement: the definition of the optimum, for small problems. */
function bruteForce(p: AssignmentProblem): number {
  const used = new Set<number>();
  const load = p.groupCapacity.map(() => 0);
  const walk = (call: number): number => {
    if (call === p.options.length) return 0;
    let best = walk(call + 1);
    for (const o of p.options[call]!) {
      for (const slot of p.targets[o.target]!) {
        const g = p.slotGroup[slot]!;
        if (used.has(slot) || load[g]! >= p.groupCapacity[g]!) continue;
        used.add(slot);
        load[g]!++;
        best = Math.max(best, o.value + walk(call + 1));
        used.delete(slot);
        load[g]!--;
      }
    }
    return best;
  };
  return walk(0);
}

test('the assignment reaches the best total that trying every placement finds', () => {
  const problem = fc
    .record({ slots: fc.integer({ min: 1, max: 7 }), groups: fc.integer({ min: 1, max: 3 }), targets: fc.integer({ min: 1, max: 6 }) })
    .chain(({ slots, groups, targets }) =>
      fc.record({
        slotGroup: fc.array(fc.integer({ min: 0, max: groups - 1 }), { minLength: slots, maxLength: slots }),
        groupCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: groups, maxLength: groups }),
        targets: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: slots - 1 }), { minLength: 1, maxLength: 3 }), { minLength: targets, maxLength: targets }),
        options: fc.array(fc.uniqueArray(fc.record({ target: fc.integer({ min: 0, max: targets - 1 }), value: fc.integer({ min: 1, max: 100 }) }), { selector: (o) => o.target, maxLength: targets }), { maxLength: 6 }),
      }),
    );
  fc.assert(
    fc.property(problem, (p) => {
      const result = maxValueAssignment(p);
      expect(result.total).toBe(bruteForce(p));
      // And the placement it names is a valid one worth that total.
      const used = new Set<number>();
      const load = p.groupCapacity.map(() => 0);
      let total = 0;
      result.slotOfCall.forEach((slot, call) => {
        if (slot < 0) return;
        const values = p.options[call]!.filter((o) => p.targets[o.target]!.includes(slot)).map((o) => o.value);
        expect(values.length).toBeGreaterThan(0);
        expect(used.has(slot)).toBe(false);
        used.add(slot);
        load[p.slotGroup[slot]!]!++;
        total += Math.max(...values);
      });
      load.forEach((l, g) => expect(l).toBeLessThanOrEqual(p.groupCapacity[g]!));
      expect(total).toBe(result.total);
    }),
    { numRuns: 500, seed: SEED },
  );
});
