import type { AgingLine } from '../aging/types';

export type PaymentTrend = 'punctual' | 'steady' | 'lengthening' | 'unknown';

/**
 * Reads the payment habit from settled lines (days late = settled date − due date, oldest due date
 * first) or an average-days-late column. Seed 000: a payer who always paid on time and is now late
 * probably has a grievance; lateness growing month by month means tight cash.
 */
export function paymentTrend(lines: readonly AgingLine[], avgDaysLate: number | null): { trend: PaymentTrend; lateness: number[] } {
  const lateness = lines
    .filter((l) => l.settledDate !== null && l.dueDate !== null)
    .sort((a, b) => a.dueDate! - b.dueDate!)
    .map((l) => l.settledDate! - l.dueDate!);
  if (lateness.length >= 3) {
    const last3 = lateness.slice(-3);
    if (lateness.every((d) => d <= 5)) return { trend: 'punctual', lateness };
    if (last3[0]! < last3[1]! && last3[1]! < last3[2]! && last3[2]! - last3[0]! >= 7) return { trend: 'lengthening', lateness };
    return { trend: 'steady', lateness };
  }
  if (avgDaysLate !== null) {
    if (avgDaysLate <= 5) return { trend: 'punctual', lateness };
    return { trend: avgDaysLate > 30 ? 'lengthening' : 'steady', lateness };
  }
  return { trend: 'unknown', lateness };
}
