/**
 * Share of a receivable still expected to be collected, by days past due. The anchors are the
 * Commercial Collection Agency Association survey (2004) cited by collection agencies: at due date
 * 94.9%, 30 days 89.9%, 60 days 81.3%, 90 days 69.6%, 6 months 52.1%, 9 months 39.1%, 1 year 22.8%,
 * 2 years 9.3%. Between anchors the curve is linear, so it stays monotone; past two years it keeps
 * falling by half a year-on-year step per year and never reaches zero.
 */
export const COLLECTABILITY_ANCHORS: readonly (readonly [days: number, share: number])[] = [
  [0, 0.949],
  [30, 0.899],
  [60, 0.813],
  [90, 0.696],
  [182, 0.521],
  [273, 0.391],
  [365, 0.228],
  [730, 0.093],
];

/**
 * @example
 * collectability(90)  // → 0.696
 * collectability(-10) // → 0.949 (not yet due)
 * collectability(45)  // → 0.856
 */
export function collectability(daysPastDue: number): number {
  return round3(curve(daysPastDue));
}

/** The curve itself, unrounded: sums and comparisons of fractions of a day need every digit. */
function curve(daysPastDue: number): number {
  if (!Number.isFinite(daysPastDue) || daysPastDue <= 0) return 0.949;
  for (let i = 1; i < COLLECTABILITY_ANCHORS.length; i++) {
    const [d1, s1] = COLLECTABILITY_ANCHORS[i]!;
    if (daysPastDue <= d1) {
      const [d0, s0] = COLLECTABILITY_ANCHORS[i - 1]!;
      return s0 + ((s1 - s0) * (daysPastDue - d0)) / (d1 - d0);
    }
  }
  // Beyond two years: decay by a constant factor per year (the 1y→2y ratio), floor at 0.1%.
  const yearsBeyond = (daysPastDue - 730) / 365;
  return Math.max(0.001, 0.093 * Math.pow(0.093 / 0.228, yearsBeyond));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** How far ahead the behaviour-aware figures look: the plan is redone at least weekly. */
export const LOOK_AHEAD_DAYS = 7;

/** Days past due beyond the debtor's own habit: lateness normal for a payer does not age its money. */
export function habitAge(daysPastDue: number, habitDaysLate: number | null): number {
  return Math.max(0, daysPastDue - Math.max(0, habitDaysLate ?? 0));
}

/*
 * With a payment history the plan reads the curve at an age that listens to the debtor's habit
 * (core/plan/plan-calls.ts): overdue money at the age it is expected to be paid at, money not yet
 * overdue at its overdue age a week on, weighted by the chance it is still unpaid then.
 */

/** The curve at a fractional age, to four decimals. */
export function collectabilityAt(daysPastDue: number): number {
  return round4(curve(daysPastDue));
}

/**
 * The overdue age expected a week on: today's, plus the overdue days of the week times the chance
 * it is still unpaid (money paid meanwhile stops ageing).
 *
 * @example
 * ageInAWeek(12, 0)   // → 12: paid this week
 * ageInAWeek(12, 1)   // → 19: unpaid all week
 * ageInAWeek(-3, 0.5) // → 2: due in 3 days, even odds of paying late
 * ageInAWeek(-20, 1)  // → 0: not due within the week
 */
export function ageInAWeek(daysPastDue: number, stillUnpaid: number): number {
  const now = Math.max(0, daysPastDue);
  return now + (Math.max(0, daysPastDue + LOOK_AHEAD_DAYS) - now) * stillUnpaid;
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
