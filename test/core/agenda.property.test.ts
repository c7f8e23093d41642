import fc from 'fast-check';
import { expect, test } from 'vitest';
import { greedyAgenda } from '../../core/agenda/plan-agenda';
import { maxValueAssignment, type AssignmentProblem } from '../../core/agenda/max-value-assignment';
import type { PolicyName } from '../../core/index';
import { planWithAgendaInput } from '../../core/plan/plan-calls';
import { aging, callLog } from './helpers';
import { BOUND, broken, isPublicHoliday, local, PRESET_DAY, standing, stoppedByLog, type OracleSetup } from './oracle';

/**
 * Checked by the rule oracle of test/core/oracle.ts, which shares no code with the scheduler:
 * wall clocks from Intl, holidays from the calendar packages' data, the limits typed in from the
 * rules, caps counted by hand. Whatever agenda the planner returns for a random book, team and
 * history, it must pass.
 */
const SEED = Number(process.env.AGENDA_SEED ?? 20261124);
const RUNS = Number(process.env.AGENDA_RUNS ?? 150);
console.log(`agenda properties: fast-check seed ${SEED}, ${RUNS} books (rerun with AGENDA_SEED=… AGENDA_RUNS=…)`);

const PLACES = [
  { zone: 'Europe/London', country: 'GB' },
  { zone: 'Europe/Warsaw', country: 'PL' },
  { zone: 'America/New_York', country: 'US' },
  { zone: 'America/Los_Angeles', country: 'US' },
  { zone: 'Asia/Shanghai', country: 'CN' },
] as const;
const COLLECTOR_ZONES = ['Europe/London', 'Europe/Warsaw', 'America/New_York', 'UTC'] as const;
const NAMES = ['Ann', 'Ben', 'Chen'] as const;
const OUTCOMES = ['no answer', 'voicemail', 'refused', 'promise to pay', 'not decision maker', 'callback requested', 'cease request'] as const;
const DAY = 86_400_000;

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

          // The debtor's side and the collector's hours and days, by the oracle's own reading of
          // the rules (the law that binds them, their working day, lunch, days off, caps).
          const mine = history.filter((c) => c.debtor === i);
          const setup: OracleSetup = { policy, ...PRESET_DAY[policy], collectorZone, collectorHours: [8 * 60, 18 * 60] };
          expect(broken(call.start, call.end, { zone: d.place.zone, country: d.place.country, consumer: d.consumer, hours: null }, setup, mine)).toEqual([]);
          expect(stoppedByLog(mine, d.consumer, asOf)).toBe(false);
          // A US consumer's request not to be called at times they named (Regulation F).
          const law = BOUND[policy][standing(d.consumer, d.place.country)];
          if (law === 'us-consumer' && d.inconvenient) {
            const start = local(call.start, d.place.zone);
            const endMinutes = local(new Date(call.end.getTime() - 60_000), d.place.zone).minutes + 1;
            const [from, to] = d.inconvenient.split('-').map((x) => Number(x.slice(0, 2)) * 60);
            expect(start.minutes >= to! || endMinutes <= from!).toBe(true);
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
    { numRuns: RUNS, seed: SEED },
  );
  // Each book is planned in full (a hundred milliseconds on a loaded machine).
}, 180_000);

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
