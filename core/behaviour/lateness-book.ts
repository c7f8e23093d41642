/**
 * What the whole book says about paying late: the pool every debtor's own habit is measured
 * against and shrunk toward. Built once per plan from every settled invoice (days late = settled
 * date − due date) and every debtor's average-days-late figure.
 */

/** One debtor's observed lateness, in days, oldest due date first. */
export interface LatenessSample {
  readonly days: readonly number[];
  /** An average-days-late figure from the sheet, when it has one instead of (or beside) invoices. */
  readonly average: number | null;
  /**
   * Days past due today of its open, overdue invoices: payments not made yet, so later than that
   * (censored). Without them a history of paid invoices alone says every debt is paid in the end.
   */
  readonly open?: readonly number[];
}

export interface LatenessBook {
  /** Median days late over all debtors' medians; null when the book has no payment history. */
  readonly median: number | null;
  /**
   * Every settled invoice's lateness minus its own debtor's median, sorted: the shape of "how far a
   * payment strays from its payer's habit", shared by all debtors (a debtor with three invoices
   * cannot show its own tail).
   */
  readonly residuals: Float64Array;
  /** Open invoices' ages minus their debtor's centre, sorted: payments known only to be later. */
  readonly openResiduals: Float64Array;
  /**
   * Empirical-Bayes prior weight, in invoices: a debtor with n paid invoices gets the weight
   * n / (n + k) on its own median and k / (n + k) on the book's. k = σ²/τ², the within-debtor noise
   * of one invoice over the between-debtor spread of habits (the normal–normal model's posterior
   * mean). Few debtors or no spread of habits → large k (trust the book); very different habits and
   * steady payers → small k (trust the debtor).
   */
  readonly priorWeight: number;
  /** Debtors with at least one observation. */
  readonly debtors: number;
  /**
   * The whole book's chance that money `age` days past due is still unpaid `days` later, from
   * every paid invoice and every open one (counted as unpaid up to its age), taken at face value:
   * what a debtor's own few invoices fall back on where they have seen nothing.
   */
  stay(age: number, days: number): number;
}

/** Smallest and largest prior weights: one invoice never outweighs the book; 20 always do. */
const MIN_PRIOR = 0.5;
const MAX_PRIOR = 20;
/** With fewer debtors than this, τ² cannot be estimated: the prior weight is a middle value. */
const MIN_DEBTORS_FOR_TAU = 5;
const DEFAULT_PRIOR = 3;
/**
 * An average-days-late figure counts as this many invoices: it summarises an unknown number of
 * payments, so it is worth more than one invoice but should not silence the book.
 */
export const AVERAGE_AS_INVOICES = 3;

export function median(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Linear-interpolated quantile of a sorted sample (type 7, as spreadsheets' QUARTILE.INC). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

const ascending = (a: number, b: number) => a - b;

/** The debtor's own centre: the median of its invoices, or its average figure, or both weighted. */
export function ownCentre(sample: LatenessSample): { centre: number; weight: number } | null {
  const n = sample.days.length;
  if (n === 0 && sample.average === null) return null;
  if (n === 0) return { centre: sample.average!, weight: AVERAGE_AS_INVOICES };
  const m = median([...sample.days].sort(ascending));
  if (sample.average === null) return { centre: m, weight: n };
  return { centre: (m * n + sample.average * AVERAGE_AS_INVOICES) / (n + AVERAGE_AS_INVOICES), weight: n + AVERAGE_AS_INVOICES };
}

export function latenessBook(samples: Iterable<LatenessSample>): LatenessBook {
  const centres: number[] = [];
  const sizes: number[] = [];
  const residuals: number[] = [];
  const openResiduals: number[] = [];
  const paidDays: number[] = [];
  const openDays: number[] = [];
  for (const s of samples) {
    paidDays.push(...s.days);
    openDays.push(...(s.open ?? []));
    const own = ownCentre(s);
    if (!own) continue;
    centres.push(own.centre);
    sizes.push(own.weight);
    for (const d of s.days) residuals.push(d - own.centre);
    for (const d of s.open ?? []) openResiduals.push(d - own.centre);
  }
  const stay = bookStay(Float64Array.from(paidDays).sort(), Float64Array.from(openDays).sort());
  if (centres.length === 0) return { median: null, residuals: new Float64Array(0), openResiduals: new Float64Array(0), priorWeight: DEFAULT_PRIOR, debtors: 0, stay };
  openResiduals.sort(ascending);
  residuals.sort(ascending);
  const sortedCentres = [...centres].sort(ascending);

  // Robust scales: IQR / 1.349 is σ for a normal sample and ignores the few wild payments.
  const sigma = residuals.length >= 4 ? (quantile(residuals, 0.75) - quantile(residuals, 0.25)) / 1.349 : NaN;
  let priorWeight = DEFAULT_PRIOR;
  if (centres.length >= MIN_DEBTORS_FOR_TAU && Number.isFinite(sigma)) {
    const spreadOfCentres = (quantile(sortedCentres, 0.75) - quantile(sortedCentres, 0.25)) / 1.349;
    const meanSize = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    // A median of n draws varies by about (π/2)·σ²/n: take that sampling noise out of the spread of
    // the debtors' centres to leave the spread of their true habits, τ².
    const tau2 = spreadOfCentres * spreadOfCentres - ((Math.PI / 2) * sigma * sigma) / meanSize;
    priorWeight = tau2 > 0 ? (sigma * sigma) / tau2 : MAX_PRIOR;
    // σ = 0 (every payment exactly on its payer's habit): the debtors' own figures are exact.
    if (sigma === 0) priorWeight = MIN_PRIOR;
  }
  priorWeight = Math.min(MAX_PRIOR, Math.max(MIN_PRIOR, priorWeight));
  return { median: median(sortedCentres), residuals: Float64Array.from(residuals), openResiduals: Float64Array.from(openResiduals), priorWeight, debtors: centres.length, stay };
}

/** Values greater than x in a sorted array, by binary search. */
export function countAbove(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

/**
 * Among payments later than `age` whose outcome `days` later is known (paid ones, and open ones
 * already older than age + days), the share still unpaid then; one pseudo-payment each way keeps
 * an empty tail at even odds.
 */
function bookStay(paid: Float64Array, open: Float64Array): (age: number, days: number) => number {
  return (age, days) => {
    const stillOpen = countAbove(open, age + days);
    return (countAbove(paid, age + days) + stillOpen + 1) / (countAbove(paid, age) + stillOpen + 2);
  };
}
