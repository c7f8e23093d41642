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

/** The curve at a fractional age, to four decimals. */
export function collectabilityAt(daysPastDue: number): number {
  return round4(curve(daysPastDue));
}

/**
 * Collectability with a payment history (core/plan/plan-calls.ts): money the debtor's habit says
 * is paid in the coming week is collected in full; money still overdue a week on is worth the
 * curve at its age then. So 1 − collectability is the chance of still being overdue a week on
 * times the share the curve says is lost at that age.
 *
 * @example
 * collectabilityAWeekOn(0, 40)   // → 1: paid this week
 * collectabilityAWeekOn(1, 30)   // → 0.899 (the curve at 30 days)
 * collectabilityAWeekOn(0.5, 7)  // → 0.9687 (half paid in full, half at the 7-day value 0.9373)
 */
export function collectabilityAWeekOn(overdueChance: number, ageIfUnpaid: number): number {
  const p = Math.min(1, Math.max(0, overdueChance));
  return round4(1 - p + p * curve(Math.max(0, ageIfUnpaid)));
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
