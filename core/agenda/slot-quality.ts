import { isoWeekday } from '../model/day';
import { dayPart, reachLift } from '../schedule/reachability';
import { localStamp } from '../time/zone';
import type { AgendaDebtor } from './types';

/** What makes a slot good for this debtor: the rule the seeds give, in the order it is checked. */
export type SlotKind = 'callback' | 'follow-up-morning' | 'first-minutes' | 'morning' | 'afternoon' | 'evening';

export interface SlotQuality {
  /** 1 is the best slot the seeds name; what the call log learnt moves it by at most half either way. */
  readonly quality: number;
  readonly kind: SlotKind;
}

const MS_MIN = 60_000;

/**
 * How good a call to this debtor starting at `startMs` is, from the debtor's own clock: at the
 * time they asked to be called back; the morning for a follow-up that should not wait (a broken
 * promise, a consequence due, a part paid); the first 15 minutes of a business debtor's working
 * day; then mornings over afternoons (seed 001). Within each kind an earlier slot is a little
 * better, so equal debtors are never indifferent between two times and the most valuable call
 * gets the earliest of equally good slots.
 *
 * `dayStart` is the debtor-local minute their callable day begins (the first allowed interval).
 */
export function slotQuality(startMs: number, debtor: AgendaDebtor, dayStart: number): SlotQuality {
  const stamp = localStamp(startMs, debtor.rules.debtor.timeZone);
  const day = Math.floor(stamp / 1440);
  const minutes = stamp - day * 1440;
  const sinceStart = Math.max(0, minutes - dayStart);
  let base: number;
  let kind: SlotKind;
  const callback = debtor.intent.callbackAt;
  if (callback && Math.floor(localStamp(callback.getTime(), debtor.rules.debtor.timeZone) / 1440) === day) {
    // Slots before the requested time are never offered; every minute later is a worse answer.
    base = Math.max(0.3, 1 - (startMs - callback.getTime()) / MS_MIN / 120);
    kind = 'callback';
  } else if (debtor.intent.urgent && minutes < 12 * 60) {
    base = 0.98 - sinceStart / 1440 / 5;
    kind = 'follow-up-morning';
  } else if (debtor.rules.rules.businessDay && sinceStart < 15) {
    base = 0.97 - sinceStart / 1440 / 5;
    kind = 'first-minutes';
  } else if (minutes < 12 * 60) {
    base = 0.75 - sinceStart / 1440 / 2;
    kind = 'morning';
  } else if (minutes < 17 * 60) {
    base = 0.5 - (minutes - 12 * 60) / 1440 / 2;
    kind = 'afternoon';
  } else {
    base = 0.38 - (minutes - 17 * 60) / 1440 / 2;
    kind = 'evening';
  }
  const learned = reachLift(debtor.reach.own, debtor.reach.all, isoWeekday(day), dayPart(minutes)).lift;
  return { quality: base * (1 + Math.max(-0.5, Math.min(0.5, learned))), kind };
}
