import { civil, isoWeekday, type EpochDay } from '../model/day';
import type { DayRanking } from '../settings/schema';
import { instantMsOf, localStamp, wallTimeOf } from '../time/zone';
import { allowedIntervals, slotViolations, violationsAt, type RuleContext, type Violation } from './rules';
import { dayPart, reachLift, type ReachCounts } from './reachability';

/** Why the search wants a call soon, or not before a day. */
export interface SlotIntent {
  /** Follow-ups that should not wait: a broken promise, a consequence due, a missed call-back. */
  readonly urgent: boolean;
  /** Do not call before this debtor-local day (the morning after a promise date; the day before a due date). */
  readonly notBeforeDay: EpochDay | null;
  /** The debtor asked to be called at this instant. */
  readonly callbackAt: Date | null;
}

export type SlotNote =
  | { readonly kind: 'first-minutes' }
  | { readonly kind: 'morning' }
  | { readonly kind: 'afternoon' }
  | { readonly kind: 'good-weekday'; readonly weekday: number }
  | { readonly kind: 'payday'; readonly payday: number }
  | { readonly kind: 'callback' }
  | { readonly kind: 'urgent' }
  | { readonly kind: 'not-before'; readonly day: EpochDay }
  | { readonly kind: 'learned'; readonly basis: 'own' | 'all'; readonly reached: number; readonly attempts: number; readonly weekday: number; readonly part: 0 | 1 | 2 }
  | { readonly kind: 'skipped'; readonly violation: Violation; readonly days: number };

export interface SlotFound {
  readonly start: Date;
  readonly end: Date;
  readonly local: { readonly day: EpochDay; readonly minutes: number };
  readonly notes: readonly SlotNote[];
}

export interface SlotSearch {
  readonly slot: SlotFound | null;
  /** When there is no slot: the rules that blocked every candidate, most frequent first. */
  readonly blockedBy: readonly Violation[];
  readonly notes: readonly SlotNote[];
}

const STEP = 15;
const SLOT_LENGTH = 15;
const MS_MIN = 60_000;

/**
 * A jump forward, in debtor-local minutes, that cannot pass over an allowed slot: an hour shorter
 * than the gap (a daylight-saving change in either zone moves wall clocks by at most an hour),
 * rounded down to whole steps.
 */
function safeSkip(gapMinutes: number): number {
  return gapMinutes > 60 + STEP ? Math.floor((gapMinutes - 60) / STEP) * STEP : 0;
}

/** Minutes from `startMs` until the collector's calling hours can next begin; 0 when they are not the obstacle. */
function minutesToCollectorStart(startMs: number, endMs: number, ctx: RuleContext, violations: readonly Violation[]): number {
  const hours = ctx.settings.collectorHours;
  const stamp = localStamp(startMs, ctx.settings.collectorTimeZone);
  const minutes = stamp - Math.floor(stamp / 1440) * 1440;
  if (violations.includes('collector-day-off')) return 1440 - minutes + hours.start;
  if (!violations.includes('collector-hours')) return 0;
  if (minutes < hours.start) return hours.start - minutes;
  const endMinutes = localStamp(endMs, ctx.settings.collectorTimeZone) - (stamp - minutes);
  return endMinutes > hours.end ? 1440 - minutes + hours.start : 0;
}

/** Weekday preference, 0–1. Seed 001: Friday, Thursday, Tuesday, then Monday and Wednesday. Seed 002: Tuesday–Thursday. */
export function weekdayScore(ranking: DayRanking, weekday: number): number {
  if (ranking === 'tue-thu') return weekday >= 2 && weekday <= 4 ? 1 : weekday === 1 || weekday === 5 ? 0.4 : 0.2;
  return ({ 5: 1, 4: 0.8, 2: 0.6, 1: 0.3, 3: 0.3 } as Record<number, number>)[weekday] ?? 0.2;
}

/** The three days before the debtor's income day are good days (seed 001). */
function beforePayday(day: EpochDay, payday: number | null): boolean {
  if (payday === null) return false;
  for (let ahead = 1; ahead <= 3; ahead++) {
    const d = civil(day + ahead);
    const lastOfMonth = civil(day + ahead + 1).month !== d.month;
    if (d.day === payday || (lastOfMonth && payday > d.day)) return true;
  }
  return false;
}

/**
 * Finds the next best call slot for one debtor, computed in the debtor's own time zone and
 * checked against every rule of the active policy. Candidates are the quarter hours of each allowed
 * interval; each is scored (first 15 minutes of the debtor's day, mornings over afternoons, the
 * weekday ranking, the days before payday, what the call log learnt) and waiting costs score per
 * day, more for urgent follow-ups. A slot that breaks any rule is never returned: when every
 * candidate up to the horizon is blocked, the answer is none, with the rules that blocked it.
 *
 * @example
 * // A Warsaw debtor on Monday 2026-11-23 at 16:00 local, b2b: the answer is Tuesday 09:00 Warsaw
 * // time (first 15 minutes of their day), i.e. 08:00Z, if the collector works then.
 */
export function nextSlot(asOf: Date, ctx: RuleContext, intent: SlotIntent, reach: { own: ReachCounts | undefined; all: ReachCounts }): SlotSearch {
  const { settings, debtor } = ctx;
  const notes: SlotNote[] = [];
  const earliestMs = Math.ceil(asOf.getTime() / (5 * MS_MIN)) * 5 * MS_MIN;

  if (intent.callbackAt && intent.callbackAt.getTime() >= earliestMs) {
    const start = intent.callbackAt;
    const end = new Date(start.getTime() + SLOT_LENGTH * MS_MIN);
    if (slotViolations(start, end, ctx).length === 0) {
      const local = wallTimeOf(start, debtor.timeZone);
      return { slot: { start, end, local, notes: [{ kind: 'callback' }] }, blockedBy: [], notes };
    }
  }

  const today = wallTimeOf(new Date(earliestMs), debtor.timeZone).day;
  const firstDay = Math.max(today, intent.notBeforeDay ?? today, intent.callbackAt ? wallTimeOf(intent.callbackAt, debtor.timeZone).day : today);
  if (firstDay > today) notes.push({ kind: 'not-before', day: firstDay });
  const intervals = allowedIntervals(ctx);
  const dayStart = intervals[0]?.start ?? null;
  const delayCost = intent.urgent ? 1.5 : 0.45;
  const blocked = new Map<Violation, number>();

  // The most any slot can score: first minutes (1) + best weekday (0.5) + payday (0.4) + what
  // the log taught (0.5). Once waiting costs more than that, no later day can win.
  const learnt = reach.all.total >= 10; // reachLift's own threshold
  const maxScore = 1.5 + (debtor.payday !== null ? 0.4 : 0) + (learnt ? 0.5 : 0);
  let best: { score: number; startMs: number; endMs: number; day: EpochDay; minutes: number; notes: SlotNote[] } | null = null;
  let firstFeasibleDay: EpochDay | null = null;
  const lastDay = today + settings.horizonDays;

  for (let day = firstDay; day <= lastDay; day++) {
    if (firstFeasibleDay !== null && day > firstFeasibleDay + 7) break;
    const delay = day - today;
    // No later day can beat the best score once the waiting cost exceeds the largest bonus.
    if (best && best.score > maxScore - delay * delayCost) break;
    const weekday = isoWeekday(day);
    if (!ctx.calendar.isWorkingDay(day, debtor.country, ctx.day.workingDays)) {
      blocked.set('debtor-day-off', (blocked.get('debtor-day-off') ?? 0) + 1);
      continue;
    }
    for (const iv of intervals) {
      for (let minutes = iv.start; minutes + SLOT_LENGTH <= iv.end; minutes += STEP) {
        const startMs = instantMsOf(day, minutes, debtor.timeZone);
        const notBeforeMs = Math.max(earliestMs, intent.callbackAt?.getTime() ?? -Infinity);
        if (startMs < notBeforeMs) {
          minutes += safeSkip((notBeforeMs - startMs) / MS_MIN);
          continue;
        }
        const endMs = startMs + SLOT_LENGTH * MS_MIN;
        const violations = violationsAt(startMs, endMs, ctx);
        if (violations.length) {
          for (const v of violations) blocked.set(v, (blocked.get(v) ?? 0) + 1);
          // Outside the collector's hours or on their day off: nothing can be allowed before the
          // collector's next start, so jump towards it instead of trying every quarter hour.
          const skip = safeSkip(minutesToCollectorStart(startMs, endMs, ctx, violations));
          if (skip > 0) {
            for (const v of violations) blocked.set(v, (blocked.get(v) ?? 0) + skip / STEP);
            minutes += skip;
          }
          continue;
        }
        if (firstFeasibleDay === null) firstFeasibleDay = day;
        const slotNotes: SlotNote[] = [];
        let score = 0;
        if (ctx.rules.businessDay && minutes === dayStart) {
          score += 1;
          slotNotes.push({ kind: 'first-minutes' });
        } else if (minutes < 12 * 60) {
          score += 0.7 - (minutes - (dayStart ?? minutes)) / 1440;
          slotNotes.push({ kind: 'morning' });
        } else {
          score += 0.4 - (minutes - 12 * 60) / 2880;
          slotNotes.push({ kind: 'afternoon' });
        }
        const ws = weekdayScore(settings.dayRanking, weekday);
        score += 0.5 * ws;
        if (ws >= 0.6) slotNotes.push({ kind: 'good-weekday', weekday });
        if (beforePayday(day, debtor.payday)) {
          score += 0.4;
          slotNotes.push({ kind: 'payday', payday: debtor.payday! });
        }
        const part = dayPart(minutes);
        const learned = reachLift(reach.own, reach.all, weekday, part);
        if (learned.lift !== 0) {
          score += Math.max(-0.5, Math.min(0.5, learned.lift));
          if (Math.abs(learned.lift) >= 0.05 && learned.basis !== 'none') {
            slotNotes.push({ kind: 'learned', basis: learned.basis, reached: learned.reached, attempts: learned.attempts, weekday, part });
          }
        }
        if (intent.urgent) slotNotes.push({ kind: 'urgent' });
        // Sooner is better within a day as well: a quarter hour costs a little.
        score -= delay * delayCost + ((minutes - iv.start) / 1440) * 0.1;
        if (!best || score > best.score + 1e-9) best = { score, startMs, endMs, day, minutes, notes: slotNotes };
        // Within one part of the day every later quarter hour scores lower, so the first allowed
        // one is that part's best: jump to the next part (noon, 17:00).
        const nextPart = part === 0 ? 12 * 60 : part === 1 ? 17 * 60 : 24 * 60;
        minutes = Math.max(minutes, Math.ceil(nextPart / STEP) * STEP - STEP);
      }
    }
  }

  if (!best) {
    const blockedBy = [...blocked.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
    return { slot: null, blockedBy, notes };
  }
  return { slot: { start: new Date(best.startMs), end: new Date(best.endMs), local: { day: best.day, minutes: best.minutes }, notes: best.notes }, blockedBy: [], notes };
}
