import Holidays from 'date-holidays';
import schedule from 'chinese-days/dist/chinese-days.json';

/**
 * A rule oracle written apart from the scheduler: wall time from Intl directly, holidays from the
 * calendar packages' data directly, legal windows and caps typed out from the texts of the rules.
 * It shares no code with core/schedule, core/time or core/calendar.
 */

export interface Wall {
  readonly date: string; // YYYY-MM-DD
  readonly minutes: number;
  readonly weekday: number; // 1 Mon … 7 Sun
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `instant` in `zone`. */
export function local(instant: Date, zone: string): Wall {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1,
  };
}

/** The instant whose wall clock in `zone` is `date` at `minutes` (minutes may run past 1440). */
export function at(zone: string, date: string, minutes: number): Date {
  const target = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const w = local(new Date(guess), zone);
    const seen = Date.parse(`${w.date}T00:00:00Z`) + w.minutes * 60_000;
    guess += target - seen;
  }
  return new Date(guess);
}

/** Days from `a` to `b`, both YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Years the Chinese schedule covers. */
export const CHINESE_SCHEDULE_YEARS = new Set(Object.keys(schedule.holidays).map((d) => Number(d.slice(0, 4))));

const publicHolidays = new Map<string, Set<string>>();
/** date-holidays' public holidays, by the holiday's own date text. */
export function isPublicHoliday(country: string, date: string): boolean {
  const key = `${country}${date.slice(0, 4)}`;
  if (!publicHolidays.has(key)) {
    publicHolidays.set(key, new Set(new Holidays(country).getHolidays(Number(date.slice(0, 4))).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10))));
  }
  return publicHolidays.get(key)!.has(date);
}

/**
 * The official Chinese schedule as chinese-days ships it, read by hand: its own `isWorkday`
 * converts through the process zone and is wrong west of Greenwich.
 */
export function chineseWorkday(date: string): boolean {
  if (date in schedule.workdays) return true;
  if (date in schedule.holidays) return false;
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  // Years the schedule does not cover yet: the statutory days off, Women's, Youth, Children's and
  // Army Day excepted (they close no firm).
  const year = Number(date.slice(0, 4));
  return CHINESE_SCHEDULE_YEARS.has(year) || ['03-08', '05-04', '06-01', '08-01'].includes(date.slice(5)) || !isPublicHoliday('CN', date);
}


/** Legal calling windows, debtor-local minutes, typed from the rules: [first allowed minute, end]. */
export const LEGAL = {
  b2b: [7 * 60, 21 * 60], // civil hours for business calls
  'us-consumer': [8 * 60, 21 * 60], // 12 CFR 1006.6(b)(1): 8 a.m. to 9 p.m.
  'cn-consumer': [8 * 60, 22 * 60], // no calls 22:00–08:00
} as const;

/** Who is bound by what, typed out from the README's table. */
export const BOUND = {
  b2b: { business: 'b2b', 'consumer-us': 'us-consumer', 'consumer-cn': 'cn-consumer', 'consumer-elsewhere': 'us-consumer' },
  'us-consumer': { business: 'b2b', 'consumer-us': 'us-consumer', 'consumer-cn': 'cn-consumer', 'consumer-elsewhere': 'us-consumer' },
  'cn-consumer': { business: 'b2b', 'consumer-us': 'us-consumer', 'consumer-cn': 'cn-consumer', 'consumer-elsewhere': 'cn-consumer' },
} as const;

export type Law = keyof typeof LEGAL;
export type Standing = keyof (typeof BOUND)['b2b'];

export function standing(consumer: boolean, country: string | null): Standing {
  return !consumer ? 'business' : country === 'US' ? 'consumer-us' : country === 'CN' ? 'consumer-cn' : 'consumer-elsewhere';
}

/** Regulation F's caps: 7 attempts in 7 days; no call within 7 days of a conversation, its day being day 1. */
export const US_WEEKLY_ATTEMPTS = 7;
export const US_QUIET_DAYS = 7;
/** China Banking Association guideline: 6 unanswered calls a day. */
export const CN_DAILY_UNANSWERED = 6;

export type Range = readonly [number, number];

export interface OracleDebtor {
  readonly zone: string;
  readonly country: string | null;
  readonly consumer: boolean;
  /** The sheet's Working hours column, if any. */
  readonly hours: Range | null;
}

/** The settings a test gave, as plain numbers (never read back through the core). */
export interface OracleSetup {
  readonly policy: Law;
  readonly hours: Range;
  readonly lunch: Range | null;
  readonly days: readonly number[];
  readonly collectorZone: string;
  readonly collectorHours: Range;
}

/** The preset values a test relies on when it leaves hours, lunch and days unset. */
export const PRESET_DAY: Record<Law, Pick<OracleSetup, 'hours' | 'lunch' | 'days'>> = {
  b2b: { hours: [9 * 60, 17 * 60 + 30], lunch: [12 * 60, 13 * 60 + 30], days: [1, 2, 3, 4, 5] },
  'us-consumer': { hours: [9 * 60, 20 * 60], lunch: null, days: [1, 2, 3, 4, 5, 6] },
  'cn-consumer': { hours: [9 * 60, 20 * 60], lunch: [12 * 60, 14 * 60], days: [1, 2, 3, 4, 5, 6] },
};

export interface OracleCall {
  readonly at: Date;
  readonly outcome: string;
}

/** Outcomes where someone was reached, and where nobody was, typed from the call-log rules. */
const TALKED = new Set(['not decision maker', 'callback requested', 'promise to pay', 'partial payment promised', 'paid', 'dispute', 'refused']);
const UNANSWERED = new Set(['no answer', 'voicemail', 'wrong number']);

/** Every rule a call from `start` to `end` breaks, by the oracle's own reading of the rules. */
export function broken(start: Date, end: Date, debtor: OracleDebtor, setup: OracleSetup, calls: readonly OracleCall[]): string[] {
  const out: string[] = [];
  const law = BOUND[setup.policy][standing(debtor.consumer, debtor.country)];
  const s = local(start, debtor.zone);
  const e = local(end, debtor.zone);
  const endMinutes = e.date === s.date ? e.minutes : e.minutes + 1440 * daysBetween(s.date, e.date);
  const inside = (r: Range) => s.minutes >= r[0] && endMinutes <= r[1];
  if (!inside(LEGAL[law])) out.push('legal-hours');

  // A business under a consumer preset keeps the b2b day.
  const businessDayOnly = law === 'b2b' && setup.policy !== 'b2b';
  const day = businessDayOnly ? PRESET_DAY.b2b : setup;
  const hours = law === 'b2b' ? (debtor.hours ?? day.hours) : day.hours;
  if (!inside(hours)) out.push('outside-working-hours');
  if (day.lunch && s.minutes < day.lunch[1] && endMinutes > day.lunch[0]) out.push('lunch');
  const works = debtor.country === 'CN' ? chineseWorkday(s.date) : day.days.includes(s.weekday) && !(debtor.country && isPublicHoliday(debtor.country, s.date));
  if (!works) out.push('debtor-day-off');

  const c = local(start, setup.collectorZone);
  const ce = local(end, setup.collectorZone);
  const cEnd = ce.date === c.date ? ce.minutes : ce.minutes + 1440;
  if (c.minutes < setup.collectorHours[0] || cEnd > setup.collectorHours[1]) out.push('collector-hours');
  if (!setup.days.includes(c.weekday)) out.push('collector-day-off');

  const t = start.getTime();
  const past = calls.filter((x) => x.at.getTime() <= t);
  if (law === 'us-consumer') {
    if (past.filter((x) => x.at.getTime() > t - 7 * 86_400_000).length >= US_WEEKLY_ATTEMPTS) out.push('weekly-cap');
    if (past.some((x) => TALKED.has(x.outcome) && daysBetween(local(x.at, debtor.zone).date, s.date) < US_QUIET_DAYS)) out.push('after-conversation');
  }
  if (law === 'cn-consumer') {
    if (past.filter((x) => UNANSWERED.has(x.outcome) && local(x.at, debtor.zone).date === s.date).length >= CN_DAILY_UNANSWERED) out.push('daily-unanswered-cap');
  }
  return out;
}

/**
 * Whether the log forbids calls, read from the rules: a bankruptcy or an attorney stops them; a
 * consumer's cease request stops them for good; a business's until a later row where it agreed
 * to go on (a call-back asked for, a promise, a payment).
 */
export function stoppedByLog(calls: readonly OracleCall[], consumer: boolean, asOf: Date): boolean {
  const past = [...calls].filter((c) => c.at.getTime() <= asOf.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
  if (past.some((c) => c.outcome === 'bankruptcy' || c.outcome === 'attorney')) return true;
  const lastCease = past.map((c) => c.outcome).lastIndexOf('cease request');
  if (lastCease < 0) return false;
  if (consumer) return true;
  return !past.slice(lastCease + 1).some((c) => ['callback requested', 'promise to pay', 'partial payment promised', 'paid'].includes(c.outcome));
}
