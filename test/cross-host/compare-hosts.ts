/**
 * Runs in a child process whose TZ the test chooses (Excel's functions run in the user's own
 * zone): loads the built functions.js in a recording CustomFunctions runtime and the built Code.js
 * in the Apps Script harness, calls every catalog function on the same tables in both, and prints
 * what differs, cell by cell, as JSON. Arguments: the folders of the two builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FUNCTIONS, type FunctionName } from '../../core/functions/catalog';
import type { Cell } from '../../core/model/cell';
import { sampleWorkbook } from '../../core/sample/sample-workbook';
import { handMade } from '../fixtures/aging/hand-made';
import { polish } from '../fixtures/aging/polish';
import { setProjectDir, startExecution } from '../sheets/harness/apps-script';
import { referenceArgument } from '../sheets/harness/arguments';
import { addSheet, fillSheet, newSpreadsheet } from '../sheets/harness/fake-apps-script';
import { AGING_DATE_COLUMNS, LOG_DATE_COLUMNS } from '../sheets/harness/workbook';
import { instantToSerial, serialOf } from '../sheets/harness/zone-clock';

const [excelDir, sheetsDir] = process.argv.slice(2) as [string, string];
setProjectDir(sheetsDir);

/** Excel's runtime as the Excel harness records it: associate, Error and ErrorCode. */
class RecordedError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const associated = new Map<string, (...args: unknown[]) => unknown>();
const sandbox = {
  setTimeout,
  clearTimeout,
  console,
  CustomFunctions: {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: RecordedError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
  },
};
vm.createContext(sandbox);
vm.runInContext(readFileSync(join(excelDir, 'functions.js'), 'utf8'), sandbox, { filename: 'functions.js' });

/** A cell as a person reads it in either host: a number (dates as serials of the wall clock shown), text, or an error's text. */
type Shown = string | number | boolean | { thrown: string };

function excelCell(value: unknown): Shown {
  if (value instanceof RecordedError) return value.message ? `${value.code} ${value.message}` : value.code;
  return value as Shown;
}

function inExcel(name: string, args: unknown[]): Shown[][] | { thrown: string } {
  try {
    return (associated.get(name)!(...args) as unknown[][]).map((row) => row.map(excelCell));
  } catch (error) {
    if (error instanceof RecordedError) return { thrown: error.message ?? error.code };
    throw error;
  }
}

function inSheets(state: ReturnType<typeof newSpreadsheet>, name: string, args: unknown[]): Shown[][] | { thrown: string } {
  try {
    const rows = startExecution(state, 'custom-function').call(name, ...args) as unknown[][];
    return rows.map((row) => row.map((c) => (Object.prototype.toString.call(c) === '[object Date]' ? instantToSerial((c as Date).getTime(), state.timeZone) : (c as Shown))));
  } catch (error) {
    return { thrown: (error as Error).message };
  }
}

interface Book {
  readonly name: string;
  readonly aging: Cell[][];
  readonly agingDates: readonly number[];
  readonly callLog: Cell[][] | null;
  readonly settings: (zone: string | null) => Cell[][] | null;
  readonly asOf: number;
  readonly customer: string;
  /** Spreadsheet zones to try; the sample workbook goes through all of them. */
  readonly zones: readonly string[];
}

const AS_OF = new Date('2026-11-23T09:30:00Z');
const sample = sampleWorkbook(AS_OF);
const withZone = (rows: Cell[][], zone: string | null): Cell[][] =>
  zone === null ? rows.filter((r) => r[0] !== 'collectorTimeZone') : [...rows.filter((r) => r[0] !== 'collectorTimeZone'), ['collectorTimeZone', zone]];

/** Spreadsheet zones; the collector's zone is set to the same in Settings (or, below, left to each host's default). */
const SHEET_ZONES = ['Europe/London', 'America/New_York', 'Asia/Shanghai', 'Europe/Warsaw', 'Pacific/Auckland'];

const BOOKS: Book[] = [
  { name: 'sample', aging: sample.aging, agingDates: AGING_DATE_COLUMNS, callLog: sample.callLog, settings: (z) => withZone(sample.settings, z), asOf: serialOf(2026, 11, 23, 9, 30), customer: String(sample.aging[5]![0]), zones: SHEET_ZONES },
  { name: 'hand-made', aging: handMade, agingDates: [1], callLog: null, settings: (z) => withZone([['key', 'value'], ['holidayCountry', 'PL']], z), asOf: serialOf(2026, 11, 23, 8, 0), customer: 'Kowalski Sp. z o.o.', zones: ['Europe/Warsaw', 'America/New_York'] },
  { name: 'polish', aging: polish, agingDates: [], callLog: null, settings: (z) => withZone([['key', 'value'], ['language', 'pl']], z), asOf: serialOf(2026, 11, 24, 14, 15), customer: 'Kowalski Sp. z o.o.', zones: ['Europe/Warsaw', 'Asia/Shanghai'] },
];

const processZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const differences: string[] = [];
const digests: Record<string, string> = {};
let cells = 0;

function compare(label: string, excel: Shown[][] | { thrown: string }, sheets: Shown[][] | { thrown: string }): void {
  digests[label] = JSON.stringify(excel);
  if (!Array.isArray(excel) || !Array.isArray(sheets)) {
    if (JSON.stringify(excel) !== JSON.stringify(sheets)) differences.push(`${label}: ${JSON.stringify(excel).slice(0, 160)} ≠ ${JSON.stringify(sheets).slice(0, 160)}`);
    return;
  }
  if (excel.length !== sheets.length) differences.push(`${label}: ${excel.length} rows in Excel, ${sheets.length} in Sheets`);
  excel.forEach((row, r) =>
    row.forEach((a, c) => {
      const b = sheets[r]?.[c];
      cells++;
      const same = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-6 : a === b;
      if (!same) differences.push(`${label} row ${r + 1} column ${c + 1}: Excel ${JSON.stringify(a)}, Sheets ${JSON.stringify(b)}`);
    }),
  );
}

for (const book of BOOKS) {
  for (const sheetZone of [...book.zones, null]) {
    // `null`: no collectorTimeZone in Settings; Excel takes the process zone, Sheets the spreadsheet's, so the spreadsheet is put in the process zone.
    const zone = sheetZone ?? processZone;
    const settings = book.settings(sheetZone);
    const state = newSpreadsheet({ timeZone: zone });
    fillSheet(addSheet(state, 'Aging'), book.aging, book.agingDates);
    if (book.callLog) fillSheet(addSheet(state, 'Call Log'), book.callLog, LOG_DATE_COLUMNS);
    if (settings) fillSheet(addSheet(state, 'Settings'), settings);
    fillSheet(addSheet(state, 'Plan'), [['As of'], [book.asOf]], [0]);
    const whole = (name: string, table: Cell[][] | null) => (table ? referenceArgument(state, name, table.length, Math.max(...table.map((r) => r.length))) : '');
    const sheetsArgs = [whole('Aging', book.aging), whole('Call Log', book.callLog), whole('Settings', settings), referenceArgument(state, 'Plan', 1, 1, 2)];
    const excelArgs = [book.aging, book.callLog ?? '', settings ?? '', book.asOf];
    for (const spec of FUNCTIONS) {
      const name = spec.name as FunctionName;
      const label = `${book.name} / sheet ${zone}${sheetZone ? '' : ' (no collectorTimeZone)'} / ${name}`;
      if (name === 'COLLECTIBILITY') {
        const days: Cell[][] = [[0], [30], [90], [365], [730], ['soon'], ['']];
        fillSheet(addSheet(state, 'Days'), days);
        compare(label, inExcel(name, [days]), inSheets(state, name, [referenceArgument(state, 'Days', days.length, 1)]));
        continue;
      }
      compare(label, inExcel(name, [...excelArgs, null]), inSheets(state, name, sheetsArgs));
      if (spec.params.some((p) => p.name === 'customer')) compare(`${label} (one customer)`, inExcel(name, [...excelArgs, book.customer]), inSheets(state, name, [...sheetsArgs, book.customer]));
    }
  }
}

process.stdout.write(JSON.stringify({ processZone, cells, differences, digests }));
