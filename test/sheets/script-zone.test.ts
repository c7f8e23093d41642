/**
 * Code.js runs in the script's own zone (appsscript.json: Etc/UTC) while the spreadsheet keeps
 * another and the tests' machine a third: the custom-function guide's warning
 * (https://developers.google.com/apps-script/guides/sheets/functions#dates). The harness sets the
 * script's zone for each execution; these tests pin that down and show the add-on does not depend
 * on local time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnErrorText, isFnError } from '../../core/functions/errors';
import { runFunction } from '../../core/functions/run';
import { projectDirectory, scriptTimeZone, startExecution } from './harness/apps-script';
import { comparable, wholeSheetArgument } from './harness/arguments';
import { useBuiltAddOn } from './harness/build';
import { addSheet, fillSheet } from './harness/fake-apps-script';
import { sampleSpreadsheet } from './harness/workbook';
import { serialOf, wallMs } from './harness/zone-clock';

useBuiltAddOn();

const AS_OF = new Date('2026-07-06T16:30:00Z');

describe('the script’s time zone', () => {
  it('is the manifest’s, inside every execution, and the process keeps its own outside', () => {
    const manifest = JSON.parse(readFileSync(join(projectDirectory(), 'appsscript.json'), 'utf8')) as { timeZone: string };
    expect(scriptTimeZone()).toBe(manifest.timeZone);
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'America/Los_Angeles' });
    const execution = startExecution(state);
    const julyNoonUtc = Date.UTC(2026, 6, 1, 12);
    const offset = (wallMs(julyNoonUtc, manifest.timeZone) - julyNoonUtc) / 60_000;
    expect(execution.evaluate(`0 - new Date(${julyNoonUtc}).getTimezoneOffset()`)).toBe(offset + 0);
    expect(execution.evaluate(`new Date(${julyNoonUtc}).getHours()`)).toBe(12 + offset / 60);
    expect(execution.evaluate('Session.getScriptTimeZone()')).toBe(manifest.timeZone);
    expect(execution.evaluate('SpreadsheetApp.getActive().getSpreadsheetTimeZone()')).toBe('America/Los_Angeles');
    // Outside the execution, the process's own zone (the suites run under UTC, Los Angeles, Shanghai).
    const processZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(0 - new Date(julyNoonUtc).getTimezoneOffset()).toBe((wallMs(julyNoonUtc, processZone) - julyNoonUtc) / 60_000 + 0);
  });

  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Chatham', 'Europe/Warsaw'])(
    'leaves the answers of the functions to the spreadsheet’s zone (%s), not the script’s',
    (zone) => {
      const sample = sampleSpreadsheet(AS_OF, { timeZone: zone, settings: (rows) => rows.map((r) => (r[0] === 'collectorTimeZone' ? [r[0], zone, ...r.slice(2)] : r)) });
      fillSheet(addSheet(sample.state, 'Plan'), [['As of'], [serialOf(2026, 7, 6, 9, 30)]], [0]);
      const args = ['Aging', 'Call Log', 'Settings'].map((s) => wholeSheetArgument(sample.state, s));
      const asOf = (wholeSheetArgument(sample.state, 'Plan') as unknown[][])[1]![0];
      const result = startExecution(sample.state, 'custom-function').call('NEXTCALL', ...args, asOf) as unknown[][];
      // The core on the same cells as Excel hands them (serials on the collector's wall clock).
      const expected = runFunction('NEXTCALL', [sample.tables.aging, sample.tables.callLog, sample.tables.settings.map((r) => (r[0] === 'collectorTimeZone' ? [r[0], zone, ...r.slice(2)] : r)), serialOf(2026, 7, 6, 9, 30)], { dates: 'serial', hostTimeZone: zone, now: AS_OF });
      if (!Array.isArray(expected)) throw new Error('whole-call error');
      // A Date the script returns shows, in the spreadsheet's zone, the wall clock the serial stands for.
      const shown = (comparable(result) as unknown[][]).map((row) =>
        row.map((c) => (c && typeof c === 'object' && 'instant' in c ? (wallMs(Date.parse((c as { instant: string }).instant), zone) - Date.UTC(1899, 11, 30)) / 86_400_000 : c)),
      );
      expect(shown.length).toBe(expected.length);
      shown.forEach((row, r) =>
        row.forEach((c, i) => {
          const want = expected[r]![i];
          if (typeof c === 'number') expect(c).toBeCloseTo(want as number, 6);
          else expect(c).toEqual(isFnError(want) ? fnErrorText(want) : want);
        }),
      );
      expect(shown.flat().filter((c) => typeof c === 'number').length).toBeGreaterThan(5);
    },
  );
});
