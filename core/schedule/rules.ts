import type { WorkCalendar } from '../calendar/working-days';
import type { EpochDay } from '../model/day';
import type { PolicyRules } from '../settings/policy';
import { POLICIES } from '../settings/policy';
import type { HoursRange, Settings } from '../settings/schema';
import { wallTimeOf } from '../time/zone';

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
    intervals = intervals.flatMap((iv) => {
      if (hole.end <= iv.start || hole.start >= iv.end) return [iv];
      const out: HoursRange[] = [];
      if (hole.start > iv.start) out.push({ start: iv.start, end: hole.start });
      if (hole.end < iv.end) out.push({ start: hole.end, end: iv.end });
      return out;
    });
  };
  if (settings.lunch) cut(settings.lunch);
  if (rules.honoursConsumerRequests) {
    debtor.inconvenientTimes.forEach(cut);
    if (debtor.noWorkplaceCalls) cut(debtor.workingHours ?? { start: 9 * 60, end: 17 * 60 });
  }
  return intervals.filter((iv) => iv.end - iv.start >= 15);
}

const DAY_MS = 86_400_000;

/**
 * Every rule the call at `start` (lasting until `end`) would break. Empty means the slot is
 * allowed. The search uses it as its last check, and the tests use it as the oracle.
 */
export function slotViolations(start: Date, end: Date, ctx: RuleContext): Violation[] {
  const { rules, settings, debtor, calendar, trail } = ctx;
  const out: Violation[] = [];
  const local = wallTimeOf(start, debtor.timeZone);
  const localEnd = wallTimeOf(end, debtor.timeZone);
  const endMinutes = localEnd.day === local.day ? localEnd.minutes : localEnd.minutes + 1440 * (localEnd.day - local.day);
  const inside = (r: HoursRange) => local.minutes >= r.start && endMinutes <= r.end;

  if (!inside(rules.legalHours)) out.push('legal-hours');
  const weekdays = settings.workingDays;
  if (!calendar.isWorkingDay(local.day, debtor.country, weekdays)) out.push('debtor-day-off');
  const work = rules.businessDay ? (debtor.workingHours ?? settings.workingHours) : settings.workingHours;
  if (!inside(work)) out.push('outside-working-hours');
  if (settings.lunch && local.minutes < settings.lunch.end && endMinutes > settings.lunch.start) out.push('lunch');
  if (rules.honoursConsumerRequests) {
    if (debtor.inconvenientTimes.some((r) => local.minutes < r.end && endMinutes > r.start)) out.push('inconvenient-time');
    const office = debtor.workingHours ?? { start: 9 * 60, end: 17 * 60 };
    if (debtor.noWorkplaceCalls && local.minutes < office.end && endMinutes > office.start) out.push('workplace');
  }

  const collector = wallTimeOf(start, settings.collectorTimeZone);
  const collectorEnd = wallTimeOf(end, settings.collectorTimeZone);
  if (!calendar.isWorkingDay(collector.day, settings.holidayCountry, weekdays)) out.push('collector-day-off');
  const collectorEndMinutes = collectorEnd.day === collector.day ? collectorEnd.minutes : collectorEnd.minutes + 1440;
  if (collector.minutes < settings.collectorHours.start || collectorEndMinutes > settings.collectorHours.end) out.push('collector-hours');

  const t = start.getTime();
  if (rules.maxAttemptsPer7Days !== null) {
    const inWindow = trail.attempts.filter((a) => a.getTime() > t - 7 * DAY_MS && a.getTime() <= t).length;
    if (inWindow >= rules.maxAttemptsPer7Days) out.push('weekly-cap');
  }
  if (rules.quietDaysAfterConversation !== null) {
    const last = latestBefore(trail.conversations, t);
    if (last) {
      const conversationDay = wallTimeOf(last, debtor.timeZone).day;
      // The conversation day counts as day 1: with 7 days, the next call may come on day 8.
      if (local.day < conversationDay + rules.quietDaysAfterConversation) out.push('after-conversation');
    }
  }
  if (rules.maxUnansweredPerDay !== null) {
    const sameDay = trail.unanswered.filter((a) => a.getTime() <= t && wallTimeOf(a, debtor.timeZone).day === local.day).length;
    if (sameDay >= rules.maxUnansweredPerDay) out.push('daily-unanswered-cap');
  }
  return out;
}

function latestBefore(instants: readonly Date[], t: number): Date | null {
  let best: Date | null = null;
  for (const i of instants) if (i.getTime() <= t && (!best || i > best)) best = i;
  return best;
}

/** The first debtor-local day a call may happen after the last conversation (Regulation F). */
export function firstDayAfterConversation(ctx: RuleContext, before: number): EpochDay | null {
  if (ctx.rules.quietDaysAfterConversation === null) return null;
  const last = latestBefore(ctx.trail.conversations, before);
  return last ? wallTimeOf(last, ctx.debtor.timeZone).day + ctx.rules.quietDaysAfterConversation : null;
}
