// The cold start of one custom-function execution in Sheets: Apps Script evaluates the whole
// project in a fresh global for every execution, so each recalculated cell pays for loading
// Code.js before CALLPLAN runs. Measured on the test harness's Apps Script fakes (a Node vm global,
// the spreadsheet's services), with the sample workbook.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { wholeSheetArgument } from '../test/sheets/harness/arguments';
import { addSheet, fillSheet, services, type Realm } from '../test/sheets/harness/fake-apps-script';
import { sampleSpreadsheet } from '../test/sheets/harness/workbook';
import { serialOf } from '../test/sheets/harness/zone-clock';

export interface ColdStart {
  readonly bytes: number;
  readonly loadMs: number;
  readonly callPlanMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median over `runs` fresh globals: compiling and running Code.js, then =CALLPLAN on the sample. */
export function coldStart(codePath: string, projectDir: string, runs = 7): ColdStart {
  const source = readFileSync(codePath, 'utf8');
  const asOf = new Date('2026-11-23T09:30:00Z');
  const sample = sampleSpreadsheet(asOf, { timeZone: 'Europe/London' });
  fillSheet(addSheet(sample.state, 'Plan'), [['As of'], [serialOf(2026, 11, 23, 9, 30)]], [0]);
  const args = [
    wholeSheetArgument(sample.state, 'Aging'),
    wholeSheetArgument(sample.state, 'Call Log'),
    wholeSheetArgument(sample.state, 'Settings'),
    (wholeSheetArgument(sample.state, 'Plan') as unknown[][])[1]![0],
  ];
  const load: number[] = [];
  const plan: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const context = vm.createContext({});
    const realm = vm.runInContext('({ Array: Array, Date: Date })', context) as Realm;
    let loading = true;
    Object.assign(context, services(sample.state, realm, `bench-${i}`, 'custom-function', () => loading, projectDir));
    // A new Script each time: nothing compiled is carried from one execution to the next.
    new vm.Script(source, { filename: 'Code.js' }).runInContext(context);
    loading = false;
    const t1 = performance.now();
    const toRealm = (v: unknown): unknown => (Array.isArray(v) ? realm.Array.from(v, toRealm) : v instanceof Date ? new realm.Date(v.getTime()) : v);
    const rows = (context.CALLPLAN as (...a: unknown[]) => unknown[][])(...args.map(toRealm));
    const t2 = performance.now();
    if (!Array.isArray(rows) || rows.length < 10) throw new Error('CALLPLAN returned no plan in the cold-start run.');
    load.push(t1 - t0);
    plan.push(t2 - t1);
  }
  return { bytes: Buffer.byteLength(source), loadMs: median(load), callPlanMs: median(plan) };
}
