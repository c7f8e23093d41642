import type { PolicyName, Settings } from './schema';

/** The b2b preset: the default for a small firm collecting from other businesses. */
export const DEFAULT_SETTINGS: Settings = {
  policy: 'b2b',
  collectorTimeZone: 'UTC',
  collectorHours: { start: 8 * 60, end: 18 * 60 },
  workingHours: { start: 9 * 60, end: 17 * 60 + 30 },
  lunch: { start: 12 * 60, end: 13 * 60 + 30 },
  workingDays: [1, 2, 3, 4, 5],
  dayRanking: 'fri-thu-tue',
  dateOrder: null,
  language: 'en',
  dailyCapacity: 25,
  holidayCountry: null,
  holidays: [],
  defaultDebtorTimeZone: null,
  allowedConsequences: ['final notice', 'late interest', 'stop supply'],
  horizonDays: 21,
  defaultTermsDays: 30,
  firmName: '',
  collectorRole: 'creditor',
};

/**
 * What each preset changes from the b2b defaults. Consumers are reached outside office hours, on
 * Saturdays too, and no lunch break is assumed; the legal limits live in POLICIES.
 */
export const PRESET_OVERRIDES: Readonly<Record<PolicyName, Partial<Settings>>> = {
  b2b: {},
  'us-consumer': {
    workingHours: { start: 9 * 60, end: 20 * 60 },
    lunch: null,
    workingDays: [1, 2, 3, 4, 5, 6],
    allowedConsequences: ['final notice', 'collection agency'],
  },
  'cn-consumer': {
    workingHours: { start: 9 * 60, end: 20 * 60 },
    lunch: { start: 12 * 60, end: 14 * 60 },
    workingDays: [1, 2, 3, 4, 5, 6],
    allowedConsequences: ['final notice', 'collection agency'],
  },
};
