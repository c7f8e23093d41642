import { describe, expect, test } from 'vitest';
import { runFunction } from '../../core/functions/run';
import { isFnError } from '../../core/functions/errors';
import { excelSerialFromDay } from '../../core/coerce/date';
import { epochDay } from '../../core/model/day';
import { planCalls } from '../../core/index';
import { aging } from './helpers';

// Tuesday 2026-11-24 08:00 in London, as Excel passes a date-time cell.
const asOf = excelSerialFromDay(epochDay(2026, 11, 24), 8 * 60);
const sheet = aging(
  [
    ['Wang Trading', 'W-1', '2026-10-01', 8000, 'CN', 'Ann', '+86 21 5555 0101'],
    ['Brick Lane Ltd', 'B-1', '2026-10-01', 9000, 'GB', 'Ben', '+44 20 7946 0000'],
    ['Kowalski', 'K-1', '2026-10-01', 3000, 'PL', '', '+48 22 555 0199'],
  ],
  ['Country', 'Collector', 'Phone'],
);
const settings = [['Setting', 'Value'], ['collectorTimeZone', 'Europe/London'], ['collectors', 'Ann, Ben']];

describe('=CALLAGENDA', () => {
  test('spills the day’s calls with a header row: time, collector, customer, phone, debtor’s time, stage, priority, why', () => {
    const out = runFunction('CALLAGENDA', [sheet, null, settings, asOf], { dates: 'serial' });
    if (isFnError(out)) throw new Error(out.message);
    expect(out[0]).toEqual(['Time', 'Collector', 'Customer', 'Phone', 'Debtor’s time', 'Stage', 'Priority', 'Why']);
    const rows = out.slice(1);
    const plan = planCalls({ aging: sheet, settings, asOf: new Date('2026-11-24T08:00:00Z') });
    expect(rows).toHaveLength(plan.agenda.length);
    expect(rows.map((r) => [r[1], r[2]])).toEqual(plan.agenda.map((c) => [c.collector, c.customer]));
    const wang = rows.find((r) => r[2] === 'Wang Trading')!;
    expect(wang[1]).toBe('Ann');
    expect(wang[3]).toBe('+86 21 5555 0101');
    expect(wang[4]).toMatch(/^2026-11-24 1[67]:\d\d \(Tue\)$/);
    // The time is the collector’s wall clock as an Excel serial: London is UTC+0 in November.
    const call = plan.agenda.find((c) => c.customer === 'Wang Trading')!;
    expect(wang[0]).toBeCloseTo(excelSerialFromDay(epochDay(2026, 11, 24), (call.start.getTime() / 60_000) % 1440), 9);
    expect(typeof wang[6]).toBe('number');
    expect(String(wang[7])).toMatch(/Asia\/Shanghai/);
  });

  test('one collector’s calls when a name is given (any case), an error naming the team for a stranger', () => {
    const ann = runFunction('CALLAGENDA', [sheet, null, settings, asOf, 'ann'], { dates: 'date' });
    if (isFnError(ann)) throw new Error(ann.message);
    expect(ann.slice(1).every((r) => r[1] === 'Ann')).toBe(true);
    expect(ann.slice(1).length).toBeGreaterThan(0);
    expect(ann[1]![0]).toBeInstanceOf(Date);
    const zoe = runFunction('CALLAGENDA', [sheet, null, settings, asOf, 'Zoe'], { dates: 'date' });
    expect(zoe).toMatchObject({ kind: 'fn-error', code: 'NA' });
    expect(isFnError(zoe) && zoe.message).toMatch(/Zoe.*Ann, Ben/);
  });
});
