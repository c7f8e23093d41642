import type { DebtorFacts } from '../aging/types';
import type { WorkCalendar } from '../calendar/working-days';
import { UNANSWERED_OUTCOMES } from '../calllog/schema';
import type { DebtorLog } from '../history/debtor-log';
import { say } from '../i18n/texts';
import type { Language } from '../model/cell';
import { isoDay, isoWeekday } from '../model/day';
import { nextSlot, type SlotIntent, type SlotNote } from '../schedule/next-slot';
import type { ReachCounts } from '../schedule/reachability';
import { ruleContext, slotViolations, type RuleContext } from '../schedule/rules';
import type { PolicyName, Settings } from '../settings/schema';
import { formatWall, wallTimeOf } from '../time/zone';
import type { DebtorMoney } from './debtor-money';
import { DAY_PARTS, M, POLICY_SOURCES, VIOLATIONS, WEEKDAYS } from './messages';
import type { NextCall } from './types';

export interface NextCallInput {
  readonly asOf: Date;
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  readonly facts: DebtorFacts | undefined;
  readonly zone: string;
  readonly consumer: boolean;
  readonly doNotCall: boolean;
  /** Why a logged cease request, attorney or bankruptcy forbids calls; null when none does. */
  readonly stopText: string | null;
  readonly nothingOwed: boolean;
  readonly money: DebtorMoney;
  readonly log: DebtorLog;
  /** A payment plan kept so far: no call before this day (the day after its next instalment's date). */
  readonly planWaitUntil: number | null;
  /** A follow-up that should not wait: a broken promise, a consequence due, a part paid, a call-back due. */
  readonly urgent: boolean;
  readonly reach: { readonly own: ReachCounts | undefined; readonly all: ReachCounts };
}

export interface NextCallPlan {
  readonly nextCall: NextCall | null;
  readonly nextCallWhy: string;
  /** Which rule a call right now would break, or null when it may be placed now. */
  readonly callNowBlocked: string | null;
  /** The rule set that binds calls to this debtor (BINDING in settings/policy.ts). */
  readonly rules: PolicyName;
  /** The rules and wishes the slot search honoured, for the day's agenda to honour the same. */
  readonly ruleContext: RuleContext;
  readonly intent: SlotIntent;
}

/**
 * When to call one debtor next, and why: not at all (do-not-call, nothing owed), not yet (nothing
 * falls due within the horizon), the morning after an open promise's date or a kept plan's next
 * instalment, the day before a due
 * date, at a requested call-back time, or the best allowed slot the schedule finds.
 */
export function planNextCall(input: NextCallInput): NextCallPlan {
  const { asOf, settings, calendar, facts, zone, consumer, doNotCall, stopText, nothingOwed, money, log, urgent, reach, planWaitUntil } = input;
  const language = settings.language;
  const callFacts = {
    timeZone: zone,
    country: facts?.country ?? null,
    workingHours: facts?.workingHours ?? null,
    consumer,
    noWorkplaceCalls: facts?.noWorkplaceCalls ?? false,
    inconvenientTimes: facts?.inconvenientTimes ?? [],
    payday: facts?.payday ?? null,
  };
  const ruleCtx: RuleContext = ruleContext(settings, calendar, callFacts, {
    attempts: log.attempts,
    conversations: log.conversations,
    unanswered: log.records.filter((r) => UNANSWERED_OUTCOMES.has(r.outcome)).map((r) => r.at),
  });
  const rules = ruleCtx.rules;
  const debtorToday = wallTimeOf(asOf, zone).day;
  let notBeforeDay: number | null = null;
  if (log.history.openPromise) notBeforeDay = log.lastPromise!.date + 1;
  else if (money.overdue <= 0 && money.nextDueDay !== null) notBeforeDay = Math.max(debtorToday, money.nextDueDay - 1);
  // A debtor keeping a plan is not chased before the next instalment had its day to arrive.
  if (planWaitUntil !== null) notBeforeDay = Math.max(notBeforeDay ?? planWaitUntil, planWaitUntil);
  const callbackFuture = log.callbackAt && log.callbackAt.getTime() > asOf.getTime() ? new Date(log.callbackAt.getTime()) : null;
  const intent: SlotIntent = { urgent, notBeforeDay, callbackAt: callbackFuture };

  let nextCall: NextCall | null = null;
  let nextCallWhy: string;
  if (stopText) nextCallWhy = stopText;
  else if (doNotCall) nextCallWhy = say(M.doNotCall, language);
  else if (nothingOwed) nextCallWhy = say(M.nothingOwed, language);
  else if (money.overdue <= 0 && money.nextDueDay !== null && money.nextDueDay - 1 - debtorToday > settings.horizonDays) {
    nextCallWhy = say(M.courtesyLater, language, { date: isoDay(money.nextDueDay - 1) });
  } else if (planWaitUntil !== null && planWaitUntil - debtorToday > settings.horizonDays) {
    nextCallWhy = say(M.planWait, language, { date: isoDay(planWaitUntil) });
  } else {
    const found = nextSlot(asOf, ruleCtx, intent, reach);
    if (found.slot) {
      const debtorWall = found.slot.local;
      const collectorWall = wallTimeOf(found.slot.start, settings.collectorTimeZone);
      const weekday = say(WEEKDAYS[isoWeekday(debtorWall.day) - 1]!, 'en').slice(0, 3);
      const debtorText = formatWall(debtorWall);
      const collectorText = formatWall(collectorWall);
      nextCall = {
        start: found.slot.start,
        end: found.slot.end,
        debtorTimeZone: zone,
        debtorLocal: `${debtorText} (${weekday})`,
        collectorLocal: collectorText,
      };
      nextCallWhy = say(M.slotAt, language, {
        collector: collectorText,
        debtor: debtorText,
        zone: zone,
        why: [...found.notes, ...found.slot.notes].map((n) => noteText(n, language)).join('; '),
      });
    } else {
      const policyName = say(POLICY_SOURCES[rules.name], language);
      nextCallWhy = say(M.noSlot, language, {
        days: settings.horizonDays,
        why: found.blockedBy
          .slice(0, 3)
          .map((v) => say(VIOLATIONS[v], language, { policy: policyName, max: rules.maxAttemptsPer7Days ?? rules.maxUnansweredPerDay ?? '' }))
          .join('; '),
      });
    }
  }

  const nowViolations = doNotCall ? [] : slotViolations(asOf, new Date(asOf.getTime() + 15 * 60_000), ruleCtx);
  const callNowBlocked = doNotCall
    ? (stopText ?? say(M.doNotCall, language))
    : nowViolations.length
      ? nowViolations.map((v) => say(VIOLATIONS[v], language, { policy: say(POLICY_SOURCES[rules.name], language), max: rules.maxAttemptsPer7Days ?? rules.maxUnansweredPerDay ?? '' })).join('; ')
      : null;

  return { nextCall, nextCallWhy, callNowBlocked, rules: rules.name, ruleContext: ruleCtx, intent };
}

function noteText(note: SlotNote, language: Language): string {
  switch (note.kind) {
    case 'good-weekday':
      return say(M['note-good-weekday'], language, { weekday: say(WEEKDAYS[note.weekday - 1]!, language) });
    case 'payday':
      return say(M['note-payday'], language, { payday: note.payday });
    case 'not-before':
      return say(M['note-not-before'], language, { date: isoDay(note.day) });
    case 'learned':
      return say(note.basis === 'own' ? M['note-learned-own'] : M['note-learned-all'], language, {
        reached: note.reached,
        attempts: note.attempts,
        weekday: say(WEEKDAYS[note.weekday - 1]!, language),
        part: say(DAY_PARTS[note.part]!, language),
      });
    case 'skipped':
      return '';
    default:
      return say(M[`note-${note.kind}`], language);
  }
}
