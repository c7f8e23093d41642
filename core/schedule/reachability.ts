import type { CallRecord } from '../calllog/read-log';
import { CONVERSATION_OUTCOMES } from '../calllog/schema';
import { isoWeekday } from '../model/day';
import { wallTimeOf } from '../time/zone';

/** Answered / attempted counts by debtor-local weekday (1–7) and part of day (morning / afternoon / evening). */
export interface ReachCounts {
  readonly attempts: number[];
  readonly reached: number[];
  total: number;
  totalReached: number;
}

export type DayPart = 0 | 1 | 2;

export function dayPart(minutes: number): DayPart {
  return minutes < 12 * 60 ? 0 : minutes < 17 * 60 ? 1 : 2;
}

const cell = (weekday: number, part: DayPart) => (weekday - 1) * 3 + part;

export function emptyCounts(): ReachCounts {
  return { attempts: new Array(21).fill(0), reached: new Array(21).fill(0), total: 0, totalReached: 0 };
}

export function addCall(counts: ReachCounts, record: CallRecord, timeZone: string): void {
  const wall = wallTimeOf(record.at, timeZone);
  const i = cell(isoWeekday(wall.day), dayPart(wall.minutes));
  const reached = CONVERSATION_OUTCOMES.has(record.outcome) ? 1 : 0;
  counts.attempts[i]!++;
  counts.reached[i]! += reached;
  counts.total++;
  counts.totalReached += reached;
}

/** Calls needed before a debtor's own pattern counts as much as the seeds' rules. */
const PRIOR_WEIGHT = 6;

/**
 * How much more (or less) likely a call at this weekday and part of day is to reach someone than
 * an average call, learnt from the log: the debtor's own calls shrunk towards everyone's, and
 * everyone's shrunk towards "no difference" (the seed rules stay the prior). Range about −0.5…0.5.
 */
export function reachLift(own: ReachCounts | undefined, all: ReachCounts, weekday: number, part: DayPart): { lift: number; basis: 'own' | 'all' | 'none'; reached: number; attempts: number } {
  const i = cell(weekday, part);
  const allRate = all.total ? all.totalReached / all.total : 0;
  const allCellRate = (all.reached[i]! + PRIOR_WEIGHT * allRate) / (all.attempts[i]! + PRIOR_WEIGHT);
  const allWeight = all.attempts[i]! / (all.attempts[i]! + PRIOR_WEIGHT);
  let rate = allRate + (allCellRate - allRate) * allWeight;
  let basis: 'own' | 'all' | 'none' = all.attempts[i]! >= 3 ? 'all' : 'none';
  let reached = all.reached[i]!;
  let attempts = all.attempts[i]!;
  if (own && own.attempts[i]! > 0) {
    const ownRate = own.reached[i]! / own.attempts[i]!;
    const w = own.attempts[i]! / (own.attempts[i]! + PRIOR_WEIGHT);
    rate = rate * (1 - w) + ownRate * w;
    if (own.attempts[i]! >= 3) {
      basis = 'own';
      reached = own.reached[i]!;
      attempts = own.attempts[i]!;
    }
  }
  return { lift: all.total >= 10 ? rate - allRate : 0, basis, reached, attempts };
}
