import realMoment from 'moment-timezone';
import { describe, expect, it } from 'vitest';
import moment from '../../core/calendar/zone-moment';

// The oracle is moment-timezone itself, the library this module stands in for in the bundles.
const fields = (m: { year(): number; month(): number; date(): number; hours(): number; minutes(): number; seconds(): number }) =>
  [m.year(), m.month(), m.date(), m.hours(), m.minutes(), m.seconds()];

describe('the moment-timezone subset the holiday calendars use', () => {
  const zones = ['Asia/Tokyo', 'America/Santiago', 'America/New_York', 'Europe/Warsaw', 'Asia/Kolkata', 'Etc/UTC'];
  const walls = ['2026-03-20 00:00:00', '2026-06-21 23:59:59', '2026-11-01 01:30', '2026-03-08T02:30', '2026-10-25 02:30:00', '1999-12-31 23:00:05'];

  it('moment.tz(wall text, zone) is that wall clock in the zone, DST edges included', () => {
    for (const zone of zones)
      for (const wall of walls) {
        const ours = moment.tz(wall, zone);
        const theirs = realMoment.tz(wall, zone);
        expect(ours.format(), `${wall} ${zone}`).toBe(theirs.toISOString());
        expect(fields(ours), `${wall} ${zone}`).toEqual(fields(theirs));
      }
  });

  it('moment.tz(instant, zone) shows the instant there, from a Date, a number or ISO text', () => {
    const ms = Date.UTC(2026, 2, 20, 14, 45, 30);
    for (const zone of zones) {
      const theirs = fields(realMoment.tz(ms, zone));
      expect(fields(moment.tz(new Date(ms), zone)), zone).toEqual(theirs);
      expect(fields(moment.tz(ms, zone)), zone).toEqual(theirs);
      expect(fields(moment.tz(new Date(ms).toISOString(), zone)), zone).toEqual(theirs);
      expect(fields(moment(new Date(ms).toISOString()).tz(zone)), zone).toEqual(theirs);
    }
  });

  it('utcOffset reads +hh:mm, -hh:mm, +hhmm and +hh', () => {
    const ms = Date.UTC(2026, 2, 20, 23, 30, 0);
    for (const offset of ['+09:00', '-04:30', '+0530', '+05', '-00:00'])
      expect(fields(moment(ms).utcOffset(offset)), offset).toEqual(fields(realMoment(ms).utcOffset(offset)));
    expect(() => moment(ms).utcOffset('9')).toThrow(/unsupported offset/);
    expect(() => moment(ms).utcOffset('+09:00 JST')).toThrow(/unsupported offset/);
    expect(() => moment(ms).utcOffset('UTC+09:00')).toThrow(/unsupported offset/);
    expect(() => moment({})).toThrow(/unsupported input/);
  });

  it('a zone it has no data for is UTC, as in moment-timezone', () => {
    expect(moment.tz('2026-03-20 10:15:00', 'Nowhere/Atlantis').format()).toBe('2026-03-20T10:15:00.000Z');
    expect(fields(moment.tz(Date.UTC(2026, 2, 20, 10, 15), 'Nowhere/Atlantis'))).toEqual([2026, 2, 20, 10, 15, 0]);
  });
});
