import type { WorkCalendar } from '../calendar/working-days';
import type { PolicyRules } from '../settings/policy';
import { POLICIES } from '../settings/policy';
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

export interface RuleContext {
  readonly settings: Settings;
  readonly rules: PolicyRules;
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
 * The policy that binds calls to this debtor. A consumer is protected by the consumer law where
 * they live, whatever preset the firm chose: US rules in the US, Chinese rules in China; elsewhere
 * the chosen consumer preset, or the stricter US rules when the firm chose b2b.
 */
export function rulesForDebtor(settings: Settings, debtor: DebtorCallFacts): PolicyRules {
  const chosen = POLICIES[settings.policy];
  if (debtor.consumer) {
    if (debtor.country === 'US') return POLICIES['us-consumer'];
    if (debtor.country === 'CN') return POLICIES['cn-consumer'];
    return chosen.businessDay ? POLICIES['us-consumer'] : chosen;
  }
  if (!chosen.businessDay && !debtor.consumer) return { ...chosen, businessDay: true };
  return chosen;
}

/** Debtor-local minutes of a working day that calls may use, in order, not overlapping. */
export function allowedIntervals(ctx: RuleContext): HoursRange[] {
  const { rules, settings, debtor } = ctx;
  const work = rules.businessDay ? (debtor.workingHours ?? settings.workingHours) : settings.workingHours;
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
  if (settings.lunch) cut(settings.lunch);
  if (rules.honoursConsumerRequests) {
    debtor.inconvenientTimes.forEach(cut);
    if (debtor.noWorkplaceCalls) cut(debtor.workingHours ?? { start: 9 * 60, end: 17 * 60 });
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
  const { rules, settings, debtor, calendar, trail } = ctx;
  let out: Violation[] | null = null;
  const add = (v: Violation) => (out ??= []).push(v);

  const stamp = localStamp(startMs, debtor.timeZone);
  const day = Math.floor(stamp / 1440);
  const minutes = stamp - day * 1440;
  const endMinutes = localStamp(endMs, debtor.timeZone) - day * 1440;
  const inside = (r: HoursRange) => minutes >= r.start && endMinutes <= r.end;

  if (!inside(rules.legalHours)) add('legal-hours');
  const weekdays = settings.workingDays;
  if (!calendar.isWorkingDay(day, debtor.country, weekdays)) add('debtor-day-off');
  const work = rules.businessDay ? (debtor.workingHours ?? settings.workingHours) : settings.workingHours;
  if (!inside(work)) add('outside-working-hours');
  if (settings.lunch && minutes < settings.lunch.end && endMinutes > settings.lunch.start) add('lunch');
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
  if (!calendar.isWorkingDay(collectorDay, settings.holidayCountry, weekdays)) add('collector-day-off');
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
