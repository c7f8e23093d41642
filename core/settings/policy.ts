import type { HoursRange, PolicyName } from './schema';

/**
 * The legal and practical limits of a calling policy. These are not user settings: they are what
 * the chosen preset means, and the schedule may never return a slot that breaks them.
 */
export interface PolicyRules {
  readonly name: PolicyName;
  /** Debtor-local hours outside which no call may be placed at all. */
  readonly legalHours: HoursRange;
  /** Business debtors: working hours, lunch, working days and the first-15-minutes rule apply. */
  readonly businessDay: boolean;
  /** Call attempts allowed in any 7 consecutive days, per debt (Regulation F: 7). */
  readonly maxAttemptsPer7Days: number | null;
  /**
   * Days during which no call may follow a telephone conversation, the conversation day counting as
   * day 1 (Regulation F: 7, so the next call is allowed on day 8).
   */
  readonly quietDaysAfterConversation: number | null;
  /** Unanswered attempts allowed per number per day (China Banking Association guideline: 6). */
  readonly maxUnansweredPerDay: number | null;
  /** The consumer's "not at work" and "inconvenient times" requests are honoured. */
  readonly honoursConsumerRequests: boolean;
  /** Where the rule comes from, for the reasons shown to the user. */
  readonly source: string;
}

export const POLICIES: Readonly<Record<PolicyName, PolicyRules>> = {
  b2b: {
    name: 'b2b',
    // Business calls still stay inside civil hours, whatever a debtor's hours column says.
    legalHours: { start: 7 * 60, end: 21 * 60 },
    businessDay: true,
    maxAttemptsPer7Days: null,
    quietDaysAfterConversation: null,
    maxUnansweredPerDay: null,
    honoursConsumerRequests: false,
    source: 'business-to-business practice',
  },
  'us-consumer': {
    name: 'us-consumer',
    legalHours: { start: 8 * 60, end: 21 * 60 },
    businessDay: false,
    maxAttemptsPer7Days: 7,
    quietDaysAfterConversation: 7,
    maxUnansweredPerDay: null,
    honoursConsumerRequests: true,
    source: 'Regulation F, 12 CFR 1006.6 and 1006.14',
  },
  'cn-consumer': {
    name: 'cn-consumer',
    legalHours: { start: 8 * 60, end: 22 * 60 },
    businessDay: false,
    maxAttemptsPer7Days: null,
    quietDaysAfterConversation: null,
    maxUnansweredPerDay: 6,
    honoursConsumerRequests: false,
    source: 'China Banking Association collection guideline (2026)',
  },
};

/** Where a debtor stands before the law: a business, or a consumer by the country they live in. */
export type DebtorStanding = 'business' | 'consumer-us' | 'consumer-cn' | 'consumer-elsewhere';
export const DEBTOR_STANDINGS: readonly DebtorStanding[] = ['business', 'consumer-us', 'consumer-cn', 'consumer-elsewhere'];

/**
 * Whose day a call must fit: `settings` is the Settings sheet's workingHours, lunch and
 * workingDays (the preset's unless typed); `business` is a firm's day — the debtor's own Working
 * hours column, else the b2b defaults — because a consumer preset's evening and Saturday hours
 * describe consumers, not firms.
 */
export type DayOf = 'settings' | 'business';

export interface Binding {
  /** The rule set that binds: its legal hours, caps and quiet days. */
  readonly rules: PolicyName;
  readonly day: DayOf;
}

/**
 * Which rules bind whom under each preset: the one table the scheduler reads and the README
 * states. Consumer law protects consumers only, so a business debtor is always held to
 * business-to-business practice, whatever preset the firm chose. A consumer is protected by the
 * consumer law where they live (US rules in the US, Chinese rules in China); elsewhere the chosen
 * consumer preset applies, or the stricter US rules when the firm chose b2b.
 */
export const BINDING: Readonly<Record<PolicyName, Readonly<Record<DebtorStanding, Binding>>>> = {
  b2b: {
    business: { rules: 'b2b', day: 'settings' },
    'consumer-us': { rules: 'us-consumer', day: 'settings' },
    'consumer-cn': { rules: 'cn-consumer', day: 'settings' },
    'consumer-elsewhere': { rules: 'us-consumer', day: 'settings' },
  },
  'us-consumer': {
    business: { rules: 'b2b', day: 'business' },
    'consumer-us': { rules: 'us-consumer', day: 'settings' },
    'consumer-cn': { rules: 'cn-consumer', day: 'settings' },
    'consumer-elsewhere': { rules: 'us-consumer', day: 'settings' },
  },
  'cn-consumer': {
    business: { rules: 'b2b', day: 'business' },
    'consumer-us': { rules: 'us-consumer', day: 'settings' },
    'consumer-cn': { rules: 'cn-consumer', day: 'settings' },
    'consumer-elsewhere': { rules: 'cn-consumer', day: 'settings' },
  },
};

/** A debtor's standing from whether it is a consumer and its ISO country. */
export function standingOf(consumer: boolean, country: string | null): DebtorStanding {
  if (!consumer) return 'business';
  return country === 'US' ? 'consumer-us' : country === 'CN' ? 'consumer-cn' : 'consumer-elsewhere';
}
