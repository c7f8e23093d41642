import { countAbove, median, ownCentre, quantile, type LatenessBook, type LatenessSample } from './lateness-book';

/**
 * One debtor's payment habit, read from its own settled invoices and shrunk toward the book's
 * (seed 000: the history tells the cause — always on time and now late: a grievance; later and
 * later: tight cash; always a month late: simply slow).
 */
export type LatenessTrend = 'lengthening' | 'shortening' | 'steady' | 'unknown';

export interface PaymentBehaviour {
  /** The debtor's own habit in days late (shrunk toward the book); null with no history of its own. */
  readonly typicalDaysLate: number | null;
  /** The habit the plan assumes: the debtor's, or the book's for a debtor with no history; null when nobody has any. */
  readonly assumedDaysLate: number | null;
  /** Its usual range, lower to upper quartile; null with no history of its own. */
  readonly usual: { readonly low: number; readonly high: number } | null;
  /** Settled invoices it has (an average-days-late figure counts as a few). */
  readonly evidence: number;
  /** Share of the estimate that is the debtor's own: n / (n + k). */
  readonly ownWeight: number;
  readonly trend: LatenessTrend;
  /** Pays on time as a rule: habit within PUNCTUAL_DAYS and enough evidence to say so. */
  readonly punctual: boolean;
  /**
   * Chance that money `age` days past due (negative: not due yet) is still unpaid `days` later if
   * nothing is done; null when neither the debtor nor the book has any payment history.
   */
  stillUnpaid(age: number, days: number): number | null;
  /** Days past due at which money now `age` days past due is most likely paid; null when history shows no payment that late. */
  expectedPaymentAge(age: number): number | null;
  /** True when `age` days late is beyond this debtor's usual spread (Tukey's upper fence, at least FENCE_MIN_DAYS past its upper quartile). */
  unusual(age: number): boolean;
}

/** A habit within this many days of the due date is "on time" (bank transfers take a few days). */
export const PUNCTUAL_DAYS = 5;
/** Invoices needed before a debtor is called punctual or its trend read. */
export const MIN_OWN_EVIDENCE = 3;
/** The fence past the upper quartile is never closer than this: a few days' slack is ordinary. */
export const FENCE_MIN_DAYS = 3;
/** A trend needs its lateness to move at least this many days per invoice (Theil–Sen slope). */
const TREND_DAYS_PER_INVOICE = 2;
/** The trend reads the newest invoices only: old habits say little about this month's cash. */
const TREND_WINDOW = 6;

/** A debtor's strays are never taken as less than a tenth of the book's: no payer is a clock. */
const MIN_SCALE = 0.1;
/** The search for an expected payment day stops this far out. */
const MAX_EXPECTED_DAYS = 3650;
/**
 * Pseudo-payments added to every chance of staying unpaid; they carry the whole book's chance at
 * that age (LatenessBook.stay), so where the debtor's own history is silent the book speaks.
 */
const TAIL_PRIOR_WEIGHT = 2;

const ascending = (a: number, b: number) => a - b;

/** Theil–Sen slope: the median of the slopes of every pair; one wild payment cannot make a trend. */
function theilSen(values: readonly number[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) slopes.push((values[j]! - values[i]!) / (j - i));
  return median(slopes.sort(ascending));
}

function trendOf(days: readonly number[]): LatenessTrend {
  const recent = days.slice(-TREND_WINDOW);
  if (recent.length < MIN_OWN_EVIDENCE) return 'unknown';
  const slope = theilSen(recent);
  if (slope >= TREND_DAYS_PER_INVOICE && recent.at(-1)! > recent[0]!) return 'lengthening';
  if (slope <= -TREND_DAYS_PER_INVOICE && recent.at(-1)! < recent[0]!) return 'shortening';
  return 'steady';
}

/**
 * @example
 * // A debtor whose five paid invoices were 27–31 days late, in a book whose payers differ a lot:
 * const b = paymentBehaviour({ days: [28, 30, 27, 31, 29], average: null }, book);
 * b.typicalDaysLate  // → about 29
 * b.unusual(12)      // → false: 12 days late is normal for them
 * b.stillUnpaid(12, 7) // → close to 1: they pay around day 29, not this week
 */
export function paymentBehaviour(sample: LatenessSample, book: LatenessBook): PaymentBehaviour {
  const own = ownCentre(sample);
  const n = own?.weight ?? 0;
  const k = book.priorWeight;
  const ownWeight = n / (n + k);
  const prior = book.median;
  const centre = own === null ? prior : prior === null ? own.centre : ownWeight * own.centre + (1 - ownWeight) * prior;

  // The usual range: the debtor's own quartiles, shrunk like the centre toward the book's spread
  // around that centre (three invoices cannot show how far a payer strays).
  const r = book.residuals;
  const bookLow = r.length ? quantile(r, 0.25) : 0;
  const bookHigh = r.length ? quantile(r, 0.75) : 0;
  let usual: PaymentBehaviour['usual'] = null;
  if (own !== null && centre !== null) {
    const sorted = [...sample.days].sort(ascending);
    const ownLow = sorted.length ? quantile(sorted, 0.25) - own.centre : 0;
    const ownHigh = sorted.length ? quantile(sorted, 0.75) - own.centre : 0;
    const w = sorted.length / (sorted.length + k);
    usual = { low: centre + w * ownLow + (1 - w) * bookLow, high: centre + w * ownHigh + (1 - w) * bookHigh };
  }

  // The debtor's lateness distribution, an empirical-Bayes mixture: each of its own paid invoices
  // counts once, and the book's pooled strays — around the shrunk centre, widened or narrowed to
  // the debtor's own spread — count k invoices between them. A debtor with many invoices is
  // judged by its own; a new one by the book's.
  const bookSpread = bookHigh - bookLow;
  const scale = usual !== null && bookSpread > 0 ? Math.max(MIN_SCALE, (usual.high - usual.low) / bookSpread) : 1;
  const ownSorted = Float64Array.from(sample.days).sort();
  const ownOpen = Float64Array.from(sample.open ?? []).sort();
  const poolWeight = r.length ? k : 0;
  const mass = ownSorted.length + poolWeight;
  // Open invoices weigh in the pool as paid ones do: k invoices' worth spread over all observations.
  const poolUnit = r.length ? poolWeight / r.length : 0;
  const pooledAt = (x: number) => (centre === null ? NaN : (x - centre) / scale);
  /** Weight of payments later than x days past due (own invoices count 1 each, the pool k in all). */
  const above = (x: number): number => {
    if (centre === null) return 0;
    return countAbove(ownSorted, x) + (r.length ? poolUnit * countAbove(r, pooledAt(x)) : 0);
  };
  /** Weight of open invoices already older than x: their payments are known to come later still. */
  const openAbove = (x: number): number => {
    if (centre === null) return 0;
    return countAbove(ownOpen, x) + (r.length ? poolUnit * countAbove(book.openResiduals, pooledAt(x)) : 0);
  };

  return {
    typicalDaysLate: own === null || centre === null ? null : Math.round(centre * 10) / 10,
    assumedDaysLate: centre,
    usual,
    evidence: n,
    ownWeight,
    trend: trendOf(sample.days),
    punctual: own !== null && n >= MIN_OWN_EVIDENCE && centre !== null && centre <= PUNCTUAL_DAYS,
    stillUnpaid(age, days) {
      if (centre === null) return null;
      // Among payments later than `age` whose outcome a week on is known: paid ones, and open ones
      // already older than age + days (still unpaid then). Open ones younger than that are not
      // known either way and count in neither. TAIL_PRIOR_WEIGHT payments at the book's own odds
      // keep one payment from deciding, and speak alone past what this debtor's history has seen.
      const later = above(age + days) + openAbove(age + days);
      const known = above(age) + openAbove(age + days);
      return (later + TAIL_PRIOR_WEIGHT * book.stay(age, days)) / (known + TAIL_PRIOR_WEIGHT);
    },
    expectedPaymentAge(age) {
      if (centre === null) return null;
      if (mass === 0) return centre > age ? centre : null;
      const unpaidNow = above(age);
      if (unpaidNow <= 0) return null;
      // The median payment among those later than `age`: where half that weight is still later.
      let lo = age;
      let hi = age + 1;
      while (above(hi) > unpaidNow / 2 && hi - age < MAX_EXPECTED_DAYS) hi = age + (hi - age) * 2;
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (above(mid) > unpaidNow / 2) lo = mid;
        else hi = mid;
      }
      return hi;
    },
    unusual(age) {
      if (usual === null) return false;
      const spread = usual.high - usual.low;
      return age > usual.high + Math.max(FENCE_MIN_DAYS, 1.5 * spread);
    },
  };
}
