import type { RiskClass } from '../plan/types';
import type { LatenessTrend } from '../behaviour/payment-behaviour';

export interface RiskSignals {
  readonly daysPastDue: number;
  readonly overdue: number;
  readonly brokenPromises: number;
  readonly trend: LatenessTrend;
  readonly refusals: number;
  readonly unreachableStreak: number;
  readonly wrongNumber: boolean;
}

export interface RiskFactor {
  readonly factor: number;
  readonly why: 'broken-promises' | 'lengthening' | 'refused' | 'unreachable' | 'wrong-number';
}

/** What lowers the chance of collecting beyond age alone, each as a multiplying factor. */
export function riskFactors(s: RiskSignals): RiskFactor[] {
  const out: RiskFactor[] = [];
  if (s.brokenPromises > 0) out.push({ factor: Math.max(0.5, Math.pow(0.85, s.brokenPromises)), why: 'broken-promises' });
  if (s.trend === 'lengthening') out.push({ factor: 0.9, why: 'lengthening' });
  if (s.refusals > 0) out.push({ factor: 0.8, why: 'refused' });
  if (s.unreachableStreak >= 3) out.push({ factor: 0.85, why: 'unreachable' });
  if (s.wrongNumber) out.push({ factor: 0.7, why: 'wrong-number' });
  return out;
}

/**
 * The five grades of seed 002. Seed 002 names them but gives no cut-offs; ours follow the
 * collectability curve: doubtful past 90 days (collectability below about 70%), bad past a year,
 * dead past two years (under 10%), or earlier when the adjusted collectability says so.
 * `ageBeyondHabit` defaults to the age itself for a debtor with no history.
 */
export function riskClass(daysPastDue: number, overdue: number, adjustedCollectability: number, ageBeyondHabit: number = daysPastDue): RiskClass {
  if (overdue <= 0 || daysPastDue <= 0) return 'not-due';
  // The day cut-offs read the age beyond the debtor's own habit: a payer who always pays 60 days
  // late is not doubtful at 100 days. Past two years money is dead whatever the habit.
  if (daysPastDue > 730 || adjustedCollectability < 0.1) return 'dead';
  if (ageBeyondHabit > 365 || adjustedCollectability < 0.3) return 'bad';
  if (ageBeyondHabit > 90 || adjustedCollectability < 0.6) return 'doubtful';
  return 'collect';
}
