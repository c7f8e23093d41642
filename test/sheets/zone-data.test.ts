/**
 * Apps Script's V8 carries ICU time-zone data Google does not document. Code.js checks the data
 * once per execution against known offsets and falls back to Utilities.formatDate when it is
 * wrong. Here the runtime's Intl is given data from before 2022 (Mexico City still on daylight
 * saving), in a spreadsheet and a collector in Mexico City in July.
 */
import { describe, expect, it } from 'vitest';
import { ZONE_DATA_PROBES } from '../../core/time/zone';
import { startExecution } from './harness/apps-script';
import { comparable, wholeSheetArgument } from './harness/arguments';
import { useBuiltAddOn } from './harness/build';
import { addSheet, fillSheet } from './harness/fake-apps-script';
import { sampleSpreadsheet } from './harness/workbook';
import { serialOf } from './harness/zone-clock';

useBuiltAddOn();

const ZONE = 'America/Mexico_City';
const AS_OF = new Date('2026-07-06T15:30:00Z'); // 09:30 in Mexico City

function mexicoCity() {
  const sample = sampleSpreadsheet(AS_OF, { timeZone: ZONE, settings: (rows) => rows.map((r) => (r[0] === 'collectorTimeZone' ? [r[0], ZONE, ...r.slice(2)] : r)) });
  fillSheet(addSheet(sample.state, 'Plan'), [['As of'], [serialOf(2026, 7, 6, 9, 30)]], [0]);
  const args = [...['Aging', 'Call Log', 'Settings'].map((s) => wholeSheetArgument(sample.state, s)), (wholeSheetArgument(sample.state, 'Plan') as unknown[][])[1]![0]];
  return { state: sample.state, args };
}

describe('time-zone data in Apps Script', () => {
  const healthy = mexicoCity();
  const expected = comparable(startExecution(healthy.state, 'custom-function').call('NEXTCALL', ...healthy.args));

  it('with current data, takes the offsets from Intl and never calls Utilities', () => {
    expect(healthy.state.formatDateCalls).toBe(0);
    expect((expected as unknown[][]).flat().filter((c) => c && typeof c === 'object').length).toBeGreaterThan(5);
  });

  it('with data from before 2022, notices it and plans with Utilities.formatDate: the same next calls', () => {
    const stale = mexicoCity();
    const result = startExecution(stale.state, 'custom-function', { zoneData: 'stale' }).call('NEXTCALL', ...stale.args);
    expect(stale.state.formatDateCalls).toBeGreaterThan(0);
    expect(comparable(result)).toEqual(expected);
  });

  it('checks once per execution: a second request in the same execution asks nothing more of the probes', () => {
    const stale = mexicoCity();
    const execution = startExecution(stale.state, 'custom-function', { zoneData: 'stale' });
    execution.call('NEXTCALL', ...stale.args);
    const first = stale.state.formatDateCalls;
    execution.call('NEXTCALL', ...stale.args);
    // The plan's offsets are cached per day, and the probes are not asked again.
    expect(stale.state.formatDateCalls - first).toBeLessThan(ZONE_DATA_PROBES.length);
  });

  it('without the fallback (Utilities failing too), the stale data would move every call by an hour', () => {
    const stale = mexicoCity();
    stale.state.formatDateFails = true;
    const result = startExecution(stale.state, 'custom-function', { zoneData: 'stale' }).call('NEXTCALL', ...stale.args);
    expect(comparable(result)).not.toEqual(expected);
  });
});
