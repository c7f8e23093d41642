import { describe, expect, test } from 'vitest';
import { workCalendar } from '../../core/calendar/working-days';
import { parseIsoDay } from '../../core/model/day';
import { planCalls } from '../../core/index';
import { aging } from './helpers';

const day = (iso: string) => parseIsoDay(iso)!;
const MON_FRI = [1, 2, 3, 4, 5];

describe('working days', () => {
  const calendar = workCalendar(['2026-12-24']);

  test('mainland China follows the State Council schedule, not date-holidays', () => {
    expect(calendar.isWorkingDay(day('2026-10-05'), 'CN', MON_FRI)).toBe(false); // Golden Week
    expect(calendar.isWorkingDay(day('2026-10-10'), 'CN', MON_FRI)).toBe(true); // make-up Saturday
    expect(calendar.isWorkingDay(day('2026-03-09'), 'CN', MON_FRI)).toBe(true); // 8 March is an observance, not a day off
    expect(calendar.isWorkingDay(day('2026-06-01'), 'CN', MON_FRI)).toBe(true); // Children's Day: schools, not firms
  });

  test('Poland closes on its public holidays', () => {
    expect(calendar.isWorkingDay(day('2026-11-11'), 'PL', MON_FRI)).toBe(false); // Independence Day
    expect(calendar.isWorkingDay(day('2026-11-12'), 'PL', MON_FRI)).toBe(true);
  });

  test('the US closes on federal holidays such as Thanksgiving', () => {
    expect(calendar.isWorkingDay(day('2026-11-26'), 'US', MON_FRI)).toBe(false);
    expect(calendar.isWorkingDay(day('2026-11-25'), 'US', MON_FRI)).toBe(true);
  });

  test('the user’s own list closes a day in every country', () => {
    expect(calendar.isWorkingDay(day('2026-12-24'), 'CN', MON_FRI)).toBe(false);
    expect(calendar.isWorkingDay(day('2026-12-24'), null, MON_FRI)).toBe(false);
  });
});

test('Warsaw across the end of summer time (25 October 2026) keeps calls at 09:00 local', () => {
  const sheet = aging([['Nowak', 'N-1', '2026-09-01', 2000, 'Europe/Warsaw']], ['Time zone']);
  // Friday 23 October, after hours: the next working morning is Monday 26 October, now UTC+1.
  const plan = planCalls({ aging: sheet, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: new Date('2026-10-23T16:00:00Z') });
  const next = plan.debtors[0]!.nextCall!;
  expect(next.debtorLocal).toBe('2026-10-26 09:00 (Mon)');
  expect(next.start.toISOString()).toBe('2026-10-26T08:00:00.000Z');
});

test('the three days before a debtor’s income day are preferred', () => {
  const sheet = aging([['Payday Ltd', 'P-1', '2026-10-01', 3000, 'Europe/Warsaw', 27]], ['Time zone', 'Payday']);
  const plan = planCalls({ aging: sheet, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: new Date('2026-11-23T07:00:00Z') });
  expect(plan.debtors[0]!.nextCall!.debtorLocal.slice(0, 10)).toBe('2026-11-24');
  expect(plan.debtors[0]!.nextCallWhy).toMatch(/before their money comes in \(day 27 of the month\)/);
});

test('a requested call-back is honoured at the time asked', () => {
  const sheet = aging([['Callback Co', 'C-1', '2026-10-01', 3000, 'Europe/Warsaw']], ['Time zone']);
  const log = [
    ['Time', 'Customer', 'Collector', 'Outcome', 'Promised amount', 'Promised date', 'Callback at', 'Excuse', 'Consequence', 'Consequence date', 'Balance at call', 'Notes'],
    ['2026-11-23T08:00:00Z', 'Callback Co', 'Ann', 'callback requested', '', '', '2026-11-25T13:00:00Z', 'decision maker away', '', '', 3000, ''],
  ];
  const plan = planCalls({ aging: sheet, callLog: log, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: new Date('2026-11-23T09:00:00Z') });
  expect(plan.debtors[0]!.nextCall!.start.toISOString()).toBe('2026-11-25T13:00:00.000Z');
});

test('the log teaches which weekdays reach a debtor, with the seed rules as the prior', () => {
  const sheet = aging([['Tuesday Only', 'T-1', '2026-10-01', 3000, 'Europe/Warsaw']], ['Time zone']);
  const rows: (string | number)[][] = [['Time', 'Customer', 'Collector', 'Outcome']];
  // Eight weeks: Fridays never answered, Tuesdays always.
  for (let week = 0; week < 8; week++) {
    const base = Date.UTC(2026, 8, 22) + week * 7 * 86_400_000; // Tuesdays from 22 September
    rows.push([new Date(base + 8 * 3_600_000).toISOString(), 'Tuesday Only', 'Ann', 'not decision maker']);
    rows.push([new Date(base + 3 * 86_400_000 + 8 * 3_600_000).toISOString(), 'Tuesday Only', 'Ann', 'no answer']);
  }
  // Monday 23 November, 08:00 in Warsaw: with no history Monday's first minutes win.
  const asOf = new Date('2026-11-23T07:00:00Z');
  const naive = planCalls({ aging: sheet, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf });
  expect(naive.debtors[0]!.nextCall!.debtorLocal).toMatch(/\(Mon\)/);
  const plan = planCalls({ aging: sheet, callLog: rows, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf });
  const next = plan.debtors[0]!.nextCall!;
  expect(next.debtorLocal).toMatch(/\(Tue\)/);
  expect(plan.debtors[0]!.nextCallWhy).toMatch(/reached 8 of 8 times on Tuesday mornings/);
});

describe('the Chinese calendar wherever the process runs', () => {
  const calendar = workCalendar([]);
  // Each case once failed west of Greenwich, where a `YYYY-MM-DD` string read as local midnight
  // fell on the day before in China. CI runs this file under UTC, Los Angeles and Shanghai.
  test.each([
    ['2026-03-07', false], // Saturday
    ['2026-10-31', false], // Saturday
    ['2026-03-09', true], // Monday
    ['2026-11-02', true], // Monday
    ['2026-02-14', true], // make-up Saturday before Spring Festival
    ['2026-02-16', false], // Spring Festival
    ['2026-10-10', true], // make-up Saturday after Golden Week
  ])('%s is a working day: %s', (iso, working) => {
    expect(calendar.isWorkingDay(day(iso), 'CN', MON_FRI)).toBe(working);
  });

  test('a year the official schedule does not cover yet still closes the statutory days', () => {
    expect(calendar.isWorkingDay(day('2027-01-01'), 'CN', MON_FRI)).toBe(false); // New Year, a Friday
    expect(calendar.isWorkingDay(day('2027-02-05'), 'CN', MON_FRI)).toBe(false); // Spring Festival eve
    expect(calendar.isWorkingDay(day('2027-03-08'), 'CN', MON_FRI)).toBe(true); // Women's Day: half a day for some
    expect(calendar.isWorkingDay(day('2027-01-04'), 'CN', MON_FRI)).toBe(true);
  });

  test('date-holidays days do not move with the process zone either', () => {
    expect(calendar.isWorkingDay(day('2026-12-25'), 'GB', MON_FRI)).toBe(false);
    expect(calendar.isWorkingDay(day('2026-12-24'), 'GB', MON_FRI)).toBe(true);
    expect(calendar.isWorkingDay(day('2026-11-11'), 'PL', MON_FRI)).toBe(false);
    expect(calendar.isWorkingDay(day('2026-11-10'), 'PL', MON_FRI)).toBe(true);
    expect(calendar.isWorkingDay(day('2026-07-03'), 'US', MON_FRI)).toBe(false); // Independence Day observed
  });
});
