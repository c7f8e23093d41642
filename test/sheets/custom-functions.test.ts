import { describe, expect, it } from 'vitest';
import { fnErrorText, isFnError } from '../../core/functions/errors';
import { FUNCTIONS, type FunctionName } from '../../core/functions/catalog';
import { runFunction, type FnResult } from '../../core/functions/run';
import { startExecution } from './harness/apps-script';
import { comparable, wholeSheetArgument } from './harness/arguments';
import { useBuiltAddOn } from './harness/build';
import { addSheet, fillSheet } from './harness/fake-apps-script';
import { sampleSpreadsheet } from './harness/workbook';
import { instantToSerial, serialOf } from './harness/zone-clock';

useBuiltAddOn();

// Monday 23 November 2026, 09:30 on the collector's clock in London (GMT in November).
const AS_OF = new Date('2026-11-23T09:30:00Z');
const AS_OF_SERIAL = serialOf(2026, 11, 23, 9, 30);

/** The sample firm's spreadsheet with the plan time typed into Plan!A1, as the README tells users to. */
function spreadsheet(timeZone: string) {
  const sample = sampleSpreadsheet(AS_OF, { timeZone });
  fillSheet(addSheet(sample.state, 'Plan'), [['As of'], [AS_OF_SERIAL]], [0]);
  const args = {
    aging: wholeSheetArgument(sample.state, 'Aging'),
    callLog: wholeSheetArgument(sample.state, 'Call Log'),
    settings: wholeSheetArgument(sample.state, 'Settings'),
    // =NEXTCALL(…, Plan!A2): a single cell arrives as its value, a Date for a date cell.
    asOf: (wholeSheetArgument(sample.state, 'Plan') as unknown[][])[1]![0],
  };
  return { ...sample, args };
}

/** What the core answers for the same workbook, as Excel would hand it over (serial dates). */
function coreAnswer(name: FunctionName, extra: unknown[] = [], dates: 'date' | 'serial' = 'date'): FnResult {
  const { tables } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
  const args = name === 'COLLECTIBILITY' ? extra : [tables.aging, tables.callLog, tables.settings, AS_OF_SERIAL, ...extra];
  return runFunction(name, args, { dates, hostTimeZone: 'Europe/London', now: AS_OF });
}

/** How Sheets shows a core result: an error cell as its text. */
function asSheetsShowsIt(result: FnResult): unknown {
  if (isFnError(result)) throw new Error('whole-call error');
  return comparable(result.map((row) => row.map((c) => (isFnError(c) ? fnErrorText(c) : c))));
}

const PLAN_FUNCTIONS = FUNCTIONS.filter((f) => f.name !== 'COLLECTIBILITY').map((f) => f.name);

describe('custom functions in a spreadsheet kept in the collector’s own zone', () => {
  const sheet = spreadsheet('Europe/London');

  it.each(PLAN_FUNCTIONS)('%s returns what the core returns on the same ranges', (name) => {
    // Custom functions run read-only: the fakes refuse any set*, insert*, lock or UI call.
    const execution = startExecution(sheet.state, 'custom-function');
    const { aging, callLog, settings, asOf } = sheet.args;
    const result = execution.call(name, aging, callLog, settings, asOf);
    const expected = asSheetsShowsIt(coreAnswer(name));
    expect(comparable(result)).toEqual(expected);
    expect((result as unknown[][]).length).toBeGreaterThan(10);
  });

  it('NEXTCALL gives real dates, CALLPRIORITY numbers, one row per aging row with a label on the header row', () => {
    const execution = startExecution(sheet.state, 'custom-function');
    const { aging, callLog, settings, asOf } = sheet.args;
    const next = execution.call('NEXTCALL', aging, callLog, settings, asOf) as unknown[][];
    const priority = execution.call('CALLPRIORITY', aging, callLog, settings, asOf) as unknown[][];
    expect(next).toHaveLength((aging as unknown[][]).length);
    expect(next[0]).toEqual(['Next call']);
    expect(next.slice(1).some((r) => Object.prototype.toString.call(r[0]) === '[object Date]')).toBe(true);
    expect(priority.slice(1).every((r) => typeof r[0] === 'number' || (typeof r[0] === 'string' && r[0].startsWith('#')) || r[0] === '')).toBe(true);
  });

  it('answers one customer alone when the customer argument is given', () => {
    const execution = startExecution(sheet.state, 'custom-function');
    const { aging, callLog, settings, asOf } = sheet.args;
    const customer = (aging as unknown[][])[1]![0] as string;
    const result = execution.call('RISKCLASS', aging, callLog, settings, asOf, customer);
    expect(comparable(result)).toEqual(asSheetsShowsIt(coreAnswer('RISKCLASS', [customer])));
    expect(comparable(execution.call('RISKCLASS', aging, callLog, settings, asOf, 'Nobody Ltd'))).toEqual(asSheetsShowsIt(coreAnswer('RISKCLASS', ['Nobody Ltd'])));
    expect(String((execution.call('RISKCLASS', aging, callLog, settings, asOf, 'Nobody Ltd') as unknown[][])[0]![0])).toMatch(/^#N\/A /);
  });

  it('treats skipped optional arguments (empty or missing) as not given', () => {
    const execution = startExecution(sheet.state, 'custom-function');
    const { aging, asOf } = sheet.args;
    const expected = comparable(
      (runFunction('ESCALATION', [sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' }).tables.aging, undefined, undefined, AS_OF_SERIAL], { dates: 'date', hostTimeZone: 'Europe/London', now: AS_OF }) as unknown[][]),
    );
    expect(comparable(execution.call('ESCALATION', aging, '', '', asOf))).toEqual(expected);
    expect(comparable(execution.call('ESCALATION', aging, undefined, undefined, asOf))).toEqual(expected);
  });

  it('COLLECTIBILITY takes one cell or a column, and shows a bad cell as its error text', () => {
    const execution = startExecution(sheet.state, 'custom-function');
    expect(execution.call('COLLECTIBILITY', 90)).toEqual(asSheetsShowsIt(coreAnswer('COLLECTIBILITY', [90])));
    const column = [[0], [30], ['many'], [800]];
    const result = execution.call('COLLECTIBILITY', column) as unknown[][];
    expect(comparable(result)).toEqual(asSheetsShowsIt(coreAnswer('COLLECTIBILITY', [column])));
    expect(String(result[2]![0])).toMatch(/^#VALUE! /);
  });

  it('throws the core’s message when the call as a whole cannot be answered (Sheets shows #ERROR! with it)', () => {
    const execution = startExecution(sheet.state, 'custom-function');
    const expected = runFunction('NEXTCALL', ['Aging'], { dates: 'date', hostTimeZone: 'Europe/London', now: AS_OF });
    expect(isFnError(expected)).toBe(true);
    expect(() => execution.call('NEXTCALL', 'Aging', '', '', sheet.args.asOf)).toThrow(isFnError(expected) ? expected.message : '');
  });
});

describe('custom functions in a spreadsheet whose zone is not the collector’s', () => {
  // The spreadsheet is set to New York; the Settings sheet says the collector works from London.
  const sheet = spreadsheet('America/New_York');

  it('reads every date cell as the wall clock the user sees, so the plan is the one Excel computes', () => {
    const execution = startExecution(sheet.state, 'custom-function');
    const { aging, callLog, settings, asOf } = sheet.args;
    const risk = execution.call('RISKCLASS', aging, callLog, settings, asOf);
    expect(comparable(risk)).toEqual(asSheetsShowsIt(coreAnswer('RISKCLASS')));
  });

  it('shows each next call at the collector’s wall-clock time, as the Excel add-in does', () => {
    const execution = startExecution(sheet.state, 'custom-function');
    const { aging, callLog, settings, asOf } = sheet.args;
    const next = execution.call('NEXTCALL', aging, callLog, settings, asOf) as unknown[][];
    const excel = coreAnswer('NEXTCALL', [], 'serial') as unknown[][];
    let dates = 0;
    next.forEach((row, i) => {
      const cell = row[0];
      if (Object.prototype.toString.call(cell) !== '[object Date]') {
        expect(comparable(cell)).toEqual(comparable(isFnError(excel[i]![0]) ? fnErrorText(excel[i]![0] as never) : excel[i]![0]));
        return;
      }
      dates++;
      // What the New York spreadsheet displays for the returned Date equals Excel's serial.
      expect(instantToSerial((cell as Date).getTime(), 'America/New_York')).toBeCloseTo(excel[i]![0] as number, 6);
    });
    expect(dates).toBeGreaterThan(5);
  });
});
