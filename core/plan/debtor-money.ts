import type { AgingLayout, AgingLine } from '../aging/types';
import type { EpochDay } from '../model/day';

export interface DebtorMoney {
  readonly open: readonly AgingLine[];
  /** Days past due of each open line as of today (same order); negative while not yet due; null when unknown. */
  readonly openAges: readonly (number | null)[];
  readonly settled: readonly AgingLine[];
  readonly balance: number;
  readonly overdue: number;
  readonly notDue: number;
  /** Oldest overdue line's days past due; else minus the days until the next due date; 0 when unknown. */
  readonly daysPastDue: number;
  /** The earliest due date among overdue lines, for counting calls "since it fell due". */
  readonly oldestDueDay: EpochDay | null;
  /** The next due date among not-yet-due lines. */
  readonly nextDueDay: EpochDay | null;
  readonly nextDueAmount: number;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Age of a line as of `today`. A due date gives it directly; a document date with the default
 * terms; a stated age (bucket or days column) is as of the report's date, so it grows with the
 * days since the report.
 */
export function lineAge(line: AgingLine, layout: AgingLayout, today: EpochDay, defaultTermsDays: number): number | null {
  if (line.dueDate !== null) return today - line.dueDate;
  if (line.statedDaysPastDue !== null) {
    const sinceReport = layout.reportAsOf !== null ? Math.max(0, today - layout.reportAsOf) : 0;
    return line.statedDaysPastDue + sinceReport;
  }
  if (line.documentDate !== null) return today - (line.documentDate + defaultTermsDays);
  return null;
}

/** Sums one debtor's lines. Settled lines never count as money owed. */
export function debtorMoney(lines: readonly AgingLine[], layout: AgingLayout, today: EpochDay, defaultTermsDays: number): DebtorMoney {
  const open: AgingLine[] = [];
  const openAges: (number | null)[] = [];
  const settled: AgingLine[] = [];
  let balance = 0;
  let overdue = 0;
  let oldest: number | null = null;
  let oldestDueDay: EpochDay | null = null;
  let nextDueDay: EpochDay | null = null;
  let nextDueAmount = 0;
  let soonest: number | null = null;
  for (const line of lines) {
    if (line.settledDate !== null || line.openBalance === 0) {
      settled.push(line);
      continue;
    }
    const age = lineAge(line, layout, today, defaultTermsDays);
    open.push(line);
    openAges.push(age);
    balance += line.openBalance;
    if (age !== null && age > 0 && line.openBalance > 0) {
      overdue += line.openBalance;
      if (oldest === null || age > oldest) {
        oldest = age;
        oldestDueDay = today - age;
      }
    } else if (age !== null && age <= 0 && line.openBalance > 0) {
      if (soonest === null || age > soonest) {
        soonest = age;
        nextDueDay = today - age;
        nextDueAmount = 0;
      }
      if (age === soonest) nextDueAmount += line.openBalance;
    }
  }
  // Credits (negative lines) reduce what is owed; never report more overdue than the balance.
  balance = cents(balance);
  overdue = cents(Math.max(0, Math.min(overdue, balance)));
  return {
    open,
    openAges,
    settled,
    balance,
    overdue,
    notDue: cents(Math.max(0, balance - overdue)),
    daysPastDue: oldest ?? (soonest !== null ? soonest : 0),
    oldestDueDay,
    nextDueDay,
    nextDueAmount: cents(nextDueAmount),
  };
}
