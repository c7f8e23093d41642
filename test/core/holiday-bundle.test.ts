/**
 * The holiday calendars as the bundles carry them (scripts/build/holiday-data.mjs: countries
 * without states, names as codes, public holidays and what could hide one,
 * core/calendar/zone-moment.ts for moment-timezone, six modules of astronomia, chinese-days
 * without names) against date-holidays as published: every public holiday of every country, its
 * day and start instant, in each year the planner may ask about. The planner reads nothing else.
 */
import Holidays from 'date-holidays';
import chineseSchedule from 'chinese-days/dist/chinese-days.json';
import { build } from 'esbuild';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the build scripts are plain ES modules without type declarations.
import { holidayBundling, publishedHolidayData, slimChineseSchedule } from '../../scripts/build/holiday-data.mjs';

interface Day {
  date: string;
  type: string;
  start: string;
}
/** Each year's holidays of one country, from one Holidays instance (building it is the slow part). */
type Calendar = (country: string, years: readonly number[]) => Day[][];

const ENTRY = `
import Holidays from 'date-holidays';
import schedule from 'chinese-days/dist/chinese-days.json';
export function days(country, years) {
  const hd = new Holidays(country);
  return years.map((year) => hd.getHolidays(year).filter((h) => h.type === 'public').map((h) => ({ date: h.date, type: h.type, start: h.start.toISOString() })));
}
export { schedule };
`;

let bundled: { days: Calendar; schedule: { holidays: Record<string, unknown>; workdays: Record<string, unknown> } };
let bytes = 0;

beforeAll(async () => {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'iife',
    globalName: 'calendar',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    minify: true,
    write: false,
    plugins: [(holidayBundling as () => never)()],
    logLevel: 'warning',
  });
  const code = out.outputFiles[0]!.text;
  bytes = Buffer.byteLength(code);
  const context = vm.createContext({});
  vm.runInContext(code, context);
  bundled = vm.runInContext('calendar', context) as typeof bundled;
}, 60_000);

const published: Calendar = (country, years) => {
  const hd = new Holidays(country);
  return years.map((year) => (hd.getHolidays(year) || []).filter((h) => h.type === 'public').map((h) => ({ date: h.date, type: h.type, start: h.start.toISOString() })));
};

const COUNTRIES = Object.keys((publishedHolidayData as () => { holidays: Record<string, unknown> })().holidays);

describe('the holiday calendars in the bundles', () => {
  it('are a fraction of the published package', () => {
    console.log(`holiday calendars bundled: ${(bytes / 1024).toFixed(0)} KiB for ${COUNTRIES.length} countries`);
    expect(bytes).toBeLessThan(450 * 1024);
    expect(COUNTRIES.length).toBeGreaterThan(190);
  });

  // Years of old invoices, this year and the horizon ahead, and far ones (leap years included).
  const YEARS = [1996, 2024, 2026, 2027, 2033, 2060];

  it('give every country the same public holidays and start instants as date-holidays as published', () => {
    const differences: string[] = [];
    for (const country of COUNTRIES) {
      const want = published(country, YEARS);
      const got = bundled.days(country, YEARS);
      YEARS.forEach((year, i) => {
        const a = JSON.stringify(got[i]);
        const b = JSON.stringify(want[i]);
        if (a !== b) {
          let at = 0;
          while (a[at] === b[at]) at++;
          differences.push(`${country} ${year}: …${a.slice(Math.max(0, at - 80), at + 80)} ≠ …${b.slice(Math.max(0, at - 80), at + 80)}`);
        }
      });
    }
    expect(differences).toEqual([]);
  }, 300_000);

  it('keep mainland China’s official schedule day for day', () => {
    const schedule = chineseSchedule as { holidays: Record<string, string>; workdays: Record<string, string> };
    expect(Object.keys(bundled.schedule.holidays)).toEqual(Object.keys(schedule.holidays));
    expect(Object.keys(bundled.schedule.workdays)).toEqual(Object.keys(schedule.workdays));
    expect((slimChineseSchedule as (s: unknown) => unknown)(schedule)).toEqual(bundled.schedule);
  });
});
