import type { WorkCalendar } from '../calendar/working-days';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { PolicyRules } from '../settings/policy';
import { BINDING, POLICIES, standingOf } from '../settings/policy';
import type { HoursRange, Settings } from '../settings/schema';
import { localStamp } from '../time/zone';

/** Everything about one debtor that limits when a call may be placed. */
export interface DebtorCallFacts {
  readonly timeZone: string;
  readonly country: string | null;
  readonly workingHours: HoursRange | null;
  readonly consumer: boolean;
  readonly noWorkplaceCalls: boolean;
  readonly inconvenientTimes: readonly HoursRange[];
  readonly payday: number | null;
}

/** The calls already made to this debtor, as instants, and who was reached. */
export interface CallTrail {
  readonly attempts: readonly Date[];
  readonly conversations: readonly Date[];
  readonly unanswered: readonly Date[];
}

/** The debtor's day the calls must fit, debtor-local. */
export interface DebtorDay {
  readonly hours: HoursRange;
  readonly lunch: HoursRange | null;
  /** ISO weekdays 1 (Mon) – 7 (Sun). */
  readonly workingDays: readonly number[];
}

export interface RuleContext {
  readonly settings: Settings;
  readonly rules: PolicyRules;
  readonly day: DebtorDay;
  readonly calendar: WorkCalendar;
  readonly debtor: DebtorCallFacts;
  readonly trail: CallTrail;
}

/** Rules a slot can break; each maps to a sentence in the user's language. */
export type Violation =
  | 'legal-hours'
  | 'outside-working-hours'
  | 'lunch'
  | 'debtor-day-off'
  | 'collector-day-off'
  | 'collector-hours'
  | 'weekly-cap'
  | 'after-conversation'
  | 'daily-unanswered-cap'
  | 'inconvenient-time'
  | 'workplace';

/**
 * The rules and the day that bind calls to this debtor, read from the one table of who is bound by
 * what (BINDING in settings/policy.ts).
 */
export function bindingFor(settings: Settings, debtor: DebtorCallFacts): { rules: PolicyRules; day: DebtorDay } {
  const binding = BINDING[settings.policy][standingOf(debtor.consumer, debtor.country)];
  const rules = POLICIES[binding.rules];
  const base = binding.day === 'business' ? DEFAULT_SETTINGS : settings;
  // Only a business's own hours column describes when it can be reached; a consumer's day is the
  // preset's, since the column of a consumer sheet says nothing about evenings at home.
  const hours = rules.businessDay ? (debtor.workingHours ?? base.workingHours) : base.workingHours;
  return { rules, day: { hours, lunch: base.lunch, workingDays: base.workingDays } };
}

/** Everything the rules need for one debtor. */
export function ruleContext(settings: Settings, calendar: WorkCalendar, debtor: DebtorCallFacts, trail: CallTrail): RuleContext {
  return { settings, ...bindingFor(settings, debtor), calendar, debtor, trail };
}

/** Debtor-local minutes of a working day that calls may use, in order, not overlapping. */
export function allowedIntervals(ctx: RuleContext): HoursRange[] {
  const { rules, day, debtor } = ctx;
  const work = day.hours;
  let intervals: HoursRange[] = [{ start: Math.max(rules.legalHours.start, work.start), end: Math.min(rules.legalHours.end, work.end) }];
  const cut = (hole: HoursRange) => {
    const out: HoursRange[] = [];
    for (const iv of intervals) {
      if (hole.end <= iv.start || hole.start >= iv.end) {
        out.push(iv);
        continue;
      }
      if (hole.start > iv.start) out.push({ start: iv.start, end: hole.start });
      if (hole.end < iv.end) out.push({ start: hole.end, end: iv.end });
    }
    intervals = out;
  };
  if (day.lunch) cut(day.lunch);
  if (rules.honoursConsumerRequests) {
    debtor.inconvenientTimes.forEach(cut);
    if (debtor.noWorkplaceCalls) cut(debtor.workingHours ?? OFFICE_HOURS);
  }
  return intervals.filter((iv) => iv.end - iv.start >= 15);
}

const DAY_MS = 86_400_000;

const NONE: readonly Violation[] = Object.freeze([]);

/**
 * Every rule the call at `start` (lasting until `end`) would break. Empty means the slot is
 * allowed. The search uses it as its last check, and the tests use it as the oracle.
 */
export function slotViolations(start: Date, end: Date, ctx: RuleContext): readonly Violation[] {
  return violationsAt(start.getTime(), end.getTime(), ctx);
}

/** slotViolations on epoch milliseconds; allocates nothing for an allowed slot (the search asks often). */
export function violationsAt(startMs: number, endMs: number, ctx: RuleContext): readonly Violation[] {
  const { rules, settings, debtor, calendar, trail, day: debtorDay } = ctx;
  let out: Violation[] | null = null;
  const add = (v: Violation) => (out ??= []).push(v);

  const stamp = localStamp(startMs, debtor.timeZone);
  const day = Math.floor(stamp / 1440);
  const minutes = stamp - day * 1440;
  const endMinutes = localStamp(endMs, debtor.timeZone) - day * 1440;
  const inside = (r: HoursRange) => minutes >= r.start && endMinutes <= r.end;

  if (!inside(rules.legalHours)) add('legal-hours');
  if (!calendar.isWorkingDay(day, debtor.country, debtorDay.workingDays)) add('debtor-day-off');
  if (!inside(debtorDay.hours)) add('outside-working-hours');
  const lunch = debtorDay.lunch;
  if (lunch && minutes < lunch.end && endMinutes > lunch.start) add('lunch');
  if (rules.honoursConsumerRequests) {
    for (const r of debtor.inconvenientTimes) {
      if (minutes < r.end && endMinutes > r.start) {
        add('inconvenient-time');
        break;
      }
    }
    const office = debtor.workingHours ?? OFFICE_HOURS;
    if (debtor.noWorkplaceCalls && minutes < office.end && endMinutes > office.start) add('workplace');
  }

  const collectorStamp = localStamp(startMs, settings.collectorTimeZone);
  const collectorDay = Math.floor(collectorStamp / 1440);
  const collectorMinutes = collectorStamp - collectorDay * 1440;
  const collectorEndMinutes = localStamp(endMs, settings.collectorTimeZone) - collectorDay * 1440;
  if (!calendar.isWorkingDay(collectorDay, settings.holidayCountry, settings.workingDays)) add('collector-day-off');
  if (collectorMinutes < settings.collectorHours.start || collectorEndMinutes > settings.collectorHours.end) add('collector-hours');

  if (rules.maxAttemptsPer7Days !== null) {
    let inWindow = 0;
    for (const a of trail.attempts) {
      const at = a.getTime();
      if (at > startMs - 7 * DAY_MS && at <= startMs) inWindow++;
    }
    if (inWindow >= rules.maxAttemptsPer7Days) add('weekly-cap');
  }
  if (rules.quietDaysAfterConversation !== null) {
    const last = latestBefore(trail.conversations, startMs);
    // The conversation day counts as day 1: with 7 days, the next call may come on day 8.
    if (last && day < Math.floor(localStamp(last.getTime(), debtor.timeZone) / 1440) + rules.quietDaysAfterConversation) add('after-conversation');
  }
  if (rules.maxUnansweredPerDay !== null) {
    let sameDay = 0;
    for (const a of trail.unanswered) {
      if (a.getTime() <= startMs && Math.floor(localStamp(a.getTime(), debtor.timeZone) / 1440) === day) sameDay++;
    }
    if (sameDay >= rules.maxUnansweredPerDay) add('daily-unanswered-cap');
  }
  return out ?? NONE;
}

/** A consumer's workplace hours when the sheet does not give them. */
const OFFICE_HOURS: HoursRange = { start: 9 * 60, end: 17 * 60 };

function latestBefore(instants: readonly Date[], t: number): Date | null {
  let best: Date | null = null;
  for (const i of instants) if (i.getTime() <= t && (!best || i > best)) best = i;
  return best;
}
