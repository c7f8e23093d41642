import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, type FunctionName } from '../../core/functions/catalog';
import { isFnError, type FnError } from '../../core/functions/errors';
import { runFunction, type FnResult } from '../../core/functions/run';
import { sampleWorkbook } from '../../core/sample/sample-workbook';
import { handMade } from '../fixtures/aging/hand-made';
import { buildAddinInto } from './built-addin';

/** What Excel's runtime provides: CustomFunctions.associate, Error and ErrorCode, recorded here. */
class RecordedError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};
const EXCEL_CODE = { VALUE: '#VALUE!', NA: '#N/A', NUM: '#NUM!' } as const;

type Associated = (...args: unknown[]) => unknown;

let metadata: { allowErrorForDataTypeAny?: boolean; allowCustomDataForDataTypeAny?: boolean; functions: { id: string; name: string; parameters: { name: string }[] }[] };
const associated = new Map<string, Associated>();

beforeAll(async () => {
  const out = await buildAddinInto();
  metadata = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8'));
  // The browser globals a page offers that the bundle's libraries touch at load time.
  const sandbox = {
    setTimeout,
    clearTimeout,
    console,
    CustomFunctions: {
      associate: (id: string, fn: Associated) => associated.set(id, fn),
      Error: RecordedError,
      ErrorCode: ERROR_CODES,
    },
  };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(out, 'functions.js'), 'utf8'), sandbox, { filename: 'functions.js' });
}, 60_000);

/** Cells as Excel would show them: values, or `{ error, message }` for error values. */
function shown(value: unknown): unknown {
  if (value instanceof RecordedError) return { error: value.code, message: value.message };
  if (Array.isArray(value)) return value.map(shown);
  return value;
}

/** Excel shows the core's message with #VALUE! and #N/A; #NUM! takes none. */
function asExcelShowsIt(e: FnError): unknown {
  return { error: EXCEL_CODE[e.code], message: e.code === 'NUM' ? undefined : e.message };
}

function expectedFromCore(result: FnResult): unknown {
  if (isFnError(result)) return { thrown: asExcelShowsIt(result) };
  return result.map((row) => row.map((c) => (isFnError(c) ? asExcelShowsIt(c) : c)));
}

const holdsError = (v: unknown): boolean => (Array.isArray(v) ? v.some(holdsError) : typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Error');

function callInExcel(id: string, args: unknown[]): unknown {
  const fn = associated.get(id);
  if (!fn) throw new Error(`${id} was never associated`);
  // "To process inputs that contain errors, a custom function must have the JSON metadata property
  // allowErrorForDataTypeAny set to true" (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors):
  // without it the function is not run, and the cell shows the input's error instead.
  if (args.some(holdsError) && metadata.allowErrorForDataTypeAny !== true) return { notRun: true };
  try {
    return shown(fn(...args));
  } catch (error) {
    if (error instanceof RecordedError) return { thrown: shown(error) };
    throw error;
  }
}

const asOf = new Date('2026-11-23T09:30:00Z');
const book = sampleWorkbook(asOf);
// 2026-11-23 09:30 in London as an Excel serial, the way a cell holding the as-of time arrives.
const asOfSerial = 46349 + 9.5 / 24;

describe('functions.js in a recording CustomFunctions runtime', () => {
  it('associates every id of the generated functions.json, and nothing else', () => {
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual(FUNCTIONS.map((f) => f.name).sort());
    expect([...associated.keys()].sort()).toEqual(ids);
  });

  it('lists the catalog parameters in order for each function', () => {
    for (const spec of FUNCTIONS) {
      const f = metadata.functions.find((m) => m.id === spec.name)!;
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    }
  });

  const columnFunctions: FunctionName[] = ['NEXTCALL', 'CALLPRIORITY', 'RISKCLASS', 'ESCALATION', 'CALLPLAN'];
  for (const name of columnFunctions) {
    it(`${name} over the sample workbook returns what the core returns, dates as serials`, () => {
      const args = [book.aging, book.callLog, book.settings, asOfSerial, null];
      const expected = expectedFromCore(runFunction(name, args, { dates: 'serial', hostTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }));
      const got = callInExcel(name, args);
      expect(got).toEqual(expected);
      expect(Array.isArray(got)).toBe(true);
      expect((got as unknown[]).length).toBeGreaterThan(1);
    });
  }

  it('NEXTCALL gives numbers (serial date-times) for customers with a slot', () => {
    const got = callInExcel('NEXTCALL', [book.aging, book.callLog, book.settings, asOfSerial, null]) as unknown[][];
    const serials = got.slice(1).map((r) => r[0]).filter((v) => typeof v === 'number') as number[];
    expect(serials.length).toBeGreaterThan(10);
    for (const s of serials) expect(s).toBeGreaterThan(46349);
  });

  it('the one-customer form returns a single cell, and an unknown customer is #N/A with a message', () => {
    const one = callInExcel('RISKCLASS', [book.aging, book.callLog, book.settings, asOfSerial, book.aging[1]![0]]) as unknown[][];
    expect(one).toHaveLength(1);
    expect(typeof one[0]![0]).toBe('string');
    const missing = callInExcel('RISKCLASS', [book.aging, '', '', asOfSerial, 'Nobody Ltd']) as { error: string; message: string }[][];
    expect(missing[0]![0]).toMatchObject({ error: '#N/A' });
    expect(missing[0]![0]!.message).toContain('Nobody Ltd');
  });

  it('a row with an unreadable amount is a #VALUE! cell carrying the reason; the other rows still answer', () => {
    const got = callInExcel('CALLPRIORITY', [handMade, '', '', 46349, null]) as unknown[][];
    const broken = got[handMade.length - 1]![0] as { error: string; message: string };
    expect(broken.error).toBe('#VALUE!');
    expect(broken.message).toMatch(/abc/);
    expect(typeof got[1]![0]).toBe('number');
    expect(got).toEqual(expectedFromCore(runFunction('CALLPRIORITY', [handMade, '', '', 46349, null], { dates: 'serial' })));
  });

  it('a call that cannot be answered at all throws a CustomFunctions.Error with the message', () => {
    const got = callInExcel('NEXTCALL', [book.aging, '', '', 'next Tuesday-ish', null]) as { thrown: { error: string; message: string } };
    expect(got.thrown.error).toBe('#VALUE!');
    expect(got.thrown.message).toContain('next Tuesday-ish');
  });

  it('COLLECTIBILITY takes one cell or a column, and reports text that is not a number', () => {
    expect(callInExcel('COLLECTIBILITY', [[[90]]])).toEqual(expectedFromCore(runFunction('COLLECTIBILITY', [[[90]]], { dates: 'serial' })));
    // A blank inside the column stays blank; blanks after the last value are not spilled.
    const column = callInExcel('COLLECTIBILITY', [[[0], [''], ['soon'], [365], [''], ['']]]) as unknown[][];
    expect(column).toHaveLength(4);
    expect(typeof column[0]![0]).toBe('number');
    expect(column[1]![0]).toBe('');
    expect(column[2]![0]).toMatchObject({ error: '#VALUE!' });
    expect(typeof column[3]![0]).toBe('number');
  });

  it('omitted optional arguments arrive as null, as Excel passes them', () => {
    const got = callInExcel('RISKCLASS', [book.aging, null, null, asOfSerial, null]);
    expect(got).toEqual(expectedFromCore(runFunction('RISKCLASS', [book.aging, null, null, asOfSerial, null], { dates: 'serial' })));
  });

  it('functions.json lets error cells and data types in, so one #N/A does not stop every function', () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });

  it('an #N/A from a lookup and a formatted-number amount: the function runs, and reads them as the core reads their literal and number', () => {
    const na = { type: 'Error', basicType: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' };
    const header = handMade[0]!;
    const amount = header.indexOf('Amount');
    const withObjects = handMade.map((row, i) => (i === 1 ? row.map((c, j) => (j === amount ? na : c)) : i === 3 ? row.map((c, j) => (j === amount ? { type: 'FormattedNumber', basicValue: c, numberFormat: '#,##0.00' } : c)) : row));
    const asLiterals = handMade.map((row, i) => (i === 1 ? row.map((c, j) => (j === amount ? '#N/A' : c)) : row));
    const got = callInExcel('CALLPRIORITY', [withObjects, null, null, 46349, null]) as unknown[][];
    expect(got).toEqual(expectedFromCore(runFunction('CALLPRIORITY', [asLiterals, null, null, 46349, null], { dates: 'serial' })));
    // The row holding the error is that row's problem, with the reason; the others still answer.
    expect(got[1]![0]).toMatchObject({ error: '#VALUE!' });
    expect(typeof got[3]![0]).toBe('number');
  });
});

