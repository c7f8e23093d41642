import { beforeEach, describe, expect, test } from 'vitest';
import { workCalendar } from '../../core/calendar/working-days';
import { parseIsoDay } from '../../core/model/day';

const day = (iso: string) => parseIsoDay(iso)!;
const MON_FRI = [1, 2, 3, 4, 5];
// Built before each test, not at import: a calendar made while the module loads is made once, so a
// bug planted in workCalendar for one run of the tests would never reach it.
let calendar: ReturnType<typeof workCalendar>;
beforeEach(() => {
  calendar = workCalendar(['2026-12-28', 'not a date']);
});

describe('calendar edges', () => {
  test('only public holidays close a day: Tax Day and the day after Thanksgiving are US working days, Christmas Eve (optional) too', () => {
    expect(calendar.isWorkingDay(day('2026-04-15'), 'US', MON_FRI)).toBe(true);
    expect(calendar.isWorkingDay(day('2026-11-27'), 'US', MON_FRI)).toBe(true);
    expect(calendar.isWorkingDay(day('2026-12-24'), 'US', MON_FRI)).toBe(true);
    expect(calendar.isWorkingDay(day('2026-12-25'), 'US', MON_FRI)).toBe(false);
  });
  test('China in a year the official schedule does not cover yet (2027): statutory days off, the observances not', () => {
    expect(calendar.isWorkingDay(day('2027-10-01'), 'CN', MON_FRI)).toBe(false); // National Day, a Friday
    expect(calendar.isWorkingDay(day('2027-09-15'), 'CN', MON_FRI)).toBe(false); // Mid-autumn, a Wednesday
    expect(calendar.isWorkingDay(day('2027-03-08'), 'CN', MON_FRI)).toBe(true); // Women's Day, a Monday
    expect(calendar.isWorkingDay(day('2027-05-04'), 'CN', MON_FRI)).toBe(true); // Youth Day, a Tuesday
    expect(calendar.isWorkingDay(day('2027-06-01'), 'CN', MON_FRI)).toBe(true); // Children's Day, a Tuesday
    expect(calendar.isWorkingDay(day('2027-10-06'), 'CN', MON_FRI)).toBe(true); // after the statutory three days
    expect(calendar.isWorkingDay(day('2027-10-09'), 'CN', MON_FRI)).toBe(false); // a Saturday
  });
  test('the Chinese observances are skipped for China alone: Women’s Day is a public holiday in Russia', () => {
    expect(calendar.isWorkingDay(day('2027-03-08'), 'RU', MON_FRI)).toBe(false);
    expect(calendar.isWorkingDay(day('2027-03-09'), 'RU', MON_FRI)).toBe(true);
  });
  test('in a covered year the schedule alone decides: a statutory date-holidays observance is a working day', () => {
    expect(calendar.isWorkingDay(day('2026-05-04'), 'CN', MON_FRI)).toBe(false); // inside the Labour Day bridge
    expect(calendar.isWorkingDay(day('2026-08-03'), 'CN', MON_FRI)).toBe(true); // an ordinary Monday
  });
  test('China follows its own week, whatever weekdays the settings give', () => {
    expect(calendar.isWorkingDay(day('2026-11-21'), 'CN', [1, 2, 3, 4, 5, 6, 7])).toBe(false); // Saturday
    expect(calendar.isWorkingDay(day('2026-10-10'), 'CN', [1, 2, 3])).toBe(true); // make-up Saturday
    expect(calendar.isWorkingDay(day('2026-11-20'), 'CN', [1, 2, 3])).toBe(true); // an ordinary Friday
    expect(calendar.isWorkingDay(day('2027-11-19'), 'CN', [1, 2, 3])).toBe(true); // one past the schedule
    expect(calendar.isWorkingDay(day('2027-11-20'), 'CN', [1, 2, 3, 4, 5, 6])).toBe(false); // its Saturday
  });
  test('elsewhere the settings’ weekdays decide, then the holidays', () => {
    expect(calendar.isWorkingDay(day('2026-11-21'), 'PL', [1, 2, 3, 4, 5, 6])).toBe(true); // Saturday worked
    expect(calendar.isWorkingDay(day('2026-11-20'), 'PL', [1, 2, 3, 4])).toBe(false); // Friday not
    expect(calendar.isWorkingDay(day('2026-11-20'), null, MON_FRI)).toBe(true);
    expect(calendar.isWorkingDay(day('2026-11-21'), null, MON_FRI)).toBe(false);
  });
  test('an unknown country has no holidays but keeps its weekdays; the user’s list closes days everywhere, a bad entry ignored', () => {
    expect(calendar.isWorkingDay(day('2026-12-25'), 'XX', MON_FRI)).toBe(true);
    expect(calendar.isWorkingDay(day('2026-12-26'), 'XX', MON_FRI)).toBe(false);
    for (const country of ['XX', 'US', 'CN', null]) expect(calendar.isWorkingDay(day('2026-12-28'), country, MON_FRI)).toBe(false);
    expect(calendar.isWorkingDay(day('2026-12-29'), 'US', MON_FRI)).toBe(true);
  });
  test('answers stay the same when asked again (the per-year cache)', () => {
    for (let i = 0; i < 3; i++) {
      expect(calendar.isWorkingDay(day('2026-11-11'), 'PL', MON_FRI)).toBe(false);
      expect(calendar.isWorkingDay(day('2027-11-11'), 'PL', MON_FRI)).toBe(false);
      expect(calendar.isWorkingDay(day('2027-11-12'), 'PL', MON_FRI)).toBe(true);
    }
  });
});
