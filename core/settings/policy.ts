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
