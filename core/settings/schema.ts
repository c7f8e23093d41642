import type { DateOrder, Language } from '../model/cell';
import type { Consequence } from '../calllog/schema';

export type PolicyName = 'b2b' | 'us-consumer' | 'cn-consumer';

/**
 * Whose invoices the firm collects: its own (`creditor`) or other firms' (`agency`). A debt
 * collector calling US consumers owes them disclosures a creditor does not (FDCPA, Regulation F).
 */
export type CollectorRole = 'creditor' | 'agency';
export const COLLECTOR_ROLES: readonly CollectorRole[] = ['creditor', 'agency'];
export const POLICY_NAMES: readonly PolicyName[] = ['b2b', 'us-consumer', 'cn-consumer'];

/**
 * Which weekdays count as best. The seeds disagree: seed 001 ranks Friday, Thursday, Tuesday, then
 * Monday and Wednesday; seed 002 prefers Tuesday–Thursday over Monday and Friday.
 */
export type DayRanking = 'fri-thu-tue' | 'tue-thu';

/** Minutes after midnight, debtor-local or collector-local as the key says. */
export interface HoursRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Every setting, with the key users type in the Settings sheet's first column. The same names are
 * the fields of `Partial<Settings>` passed to `planCalls`.
 */
export interface Settings {
  readonly policy: PolicyName;
  /** IANA zone the collector works in; slots are reported in it. */
  readonly collectorTimeZone: string;
  /** Collector's own working hours, collector-local. */
  readonly collectorHours: HoursRange;
  /** Debtor-local business hours for debtors with no working-hours column (b2b). */
  readonly workingHours: HoursRange;
  /** Debtor-local lunch break to avoid. */
  readonly lunch: HoursRange | null;
  /** Days a week a business debtor works: ISO weekdays 1 (Mon) – 7 (Sun). */
  readonly workingDays: readonly number[];
  readonly dayRanking: DayRanking;
  /** Slashed numeric dates: MDY or DMY or YMD; null = decide from the column, else report. */
  readonly dateOrder: DateOrder | null;
  readonly language: Language;
  readonly dailyCapacity: number;
  /** ISO 3166 alpha-2 country whose public holidays the collector observes; null = none. */
  readonly holidayCountry: string | null;
  /** Extra closed days (ISO dates). They override the holiday calendars. */
  readonly holidays: readonly string[];
  /** Default debtor time zone when neither a time-zone nor a country column gives one. */
  readonly defaultDebtorTimeZone: string | null;
  /** Consequences the firm is prepared to carry out; the desk never offers any other. */
  readonly allowedConsequences: readonly Consequence[];
  /** How many days ahead to look for a slot. */
  readonly horizonDays: number;
  /** Payment terms (days) assumed when only a document date is known. */
  readonly defaultTermsDays: number;
  /** The caller's firm, named in the greeting and the letters; empty = not named. */
  readonly firmName: string;
  readonly collectorRole: CollectorRole;
}

/** The settings keys, in the order a new Settings sheet lists them. */
export const SETTING_KEYS = [
  'policy',
  'collectorTimeZone',
  'collectorHours',
  'workingHours',
  'lunch',
  'workingDays',
  'dayRanking',
  'dateOrder',
  'language',
  'dailyCapacity',
  'holidayCountry',
  'holidays',
  'defaultDebtorTimeZone',
  'allowedConsequences',
  'horizonDays',
  'defaultTermsDays',
  'firmName',
  'collectorRole',
] as const satisfies readonly (keyof Settings)[];

export type SettingKey = (typeof SETTING_KEYS)[number];
