/**
 * Fault injection for the Sheets add-on: two collectors' sidebars (the real google.script.run
 * port) log calls through the built Code.js while any Apps Script service call may throw before
 * it runs or after it took effect, an answer may be lost on the way back to the sidebar, and the
 * other collector's execution may run in the middle of one (Apps Script runs executions in
 * parallel; the document lock orders the writes). The commands (fc.commands) press "Log call" and
 * arm the faults; fc.scheduler orders every google.script.run round trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../core/model/cell';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { Submissions } from '../../core/ui/sidebar/submissions';
import { createScriptRunPort, type ScriptRunner } from '../../sheets-addon/sidebar/script-run-port';
import { checkLogInvariants, type Submitted } from '../core/log-invariants';
import { AGING, LOGS, NOW, REFUSES_ALL, press } from '../core/log-fault-world';
import { reusableExecution, type Execution } from './harness/apps-script';
import { useBuiltAddOn } from './harness/build';
import { addSheet, fillSheet, newSpreadsheet, type SheetState, type SpreadsheetState } from './harness/fake-apps-script';

useBuiltAddOn();

const SEED = Number(process.env.LOG_FAULTS_SEED ?? 20261202);
const RUNS = Number(process.env.LOG_FAULTS_RUNS ?? 1000);
function spreadsheet(kind: string): SpreadsheetState {
  const state = newSpreadsheet({ timeZone: 'Europe/London' });
  fillSheet(addSheet(state, 'Settings'), settingsSheetRows('en', { collectorTimeZone: 'Europe/London' }));
  fillSheet(addSheet(state, 'Aging'), AGING, [2]);
  const log = LOGS[kind];
  if (log) fillSheet(addSheet(state, 'Call Log'), log, [0]);
  return state;
}

/** A sheet's values from A1, numbers for dates, as the invariants compare them. */
function grid(sheet: SheetState | undefined): Cell[][] {
  if (!sheet) return [];
  const rows: Cell[][] = [];
  for (const [k, cell] of sheet.cells) {
    if (cell.value === null) continue;
    const [r, c] = k.split(',').map(Number) as [number, number];
    (rows[r - 1] ??= [])[c - 1] = cell.value;
  }
  return Array.from({ length: rows.length }, (_, r) => Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? ''));
}

/**
 * What may go wrong next: a service call throws before it runs (a timeout), or after it ran
 * ("Service Spreadsheets failed while accessing document" after the write landed); the answer of
 * the next google.script.run call is lost (the failure handler fires although the server
 * finished); the other collector's waiting call runs in the middle of the next execution.
 */
type Fault = 'fail-before' | 'fail-after' | 'lose-answer' | 'interleave';

interface Pending {
  readonly collector: string;
  readonly run: () => void;
  taken: boolean;
}

interface World {
  state: SpreadsheetState;
  readonly faults: Fault[];
  readonly calls: Submitted[];
  readonly running: Promise<void>[];
  readonly pending: Pending[];
  readonly desks: Map<string, { submissions: Submissions; port: ReturnType<typeof createScriptRunPort>; chain: Promise<void> }>;
}

/** Service calls a fault may strike: the ones logCall makes (reads and writes alike). */
const STRIKES = /^(Range|Sheet|Spreadsheet|SpreadsheetApp|Lock)\./;

let ids = 0;
class Arm implements fc.AsyncCommand<object, World> {
  constructor(readonly fault: Fault) {}
  check = () => true;
  async run(_m: object, w: World): Promise<void> {
    w.faults.push(this.fault);
  }
  toString = () => `Arm(${this.fault})`;
}

const commands = fc.commands(
  [
    press<World>(),
    fc.constantFrom<Fault>('fail-before', 'fail-after', 'lose-answer', 'interleave').map((f) => new Arm(f)),
  ],
  { maxCommands: 8 },
);

describe('the Sheets call log under faults, lost answers and two collectors', () => {
  it(`keeps every call exactly once, in ${RUNS} random schedules (seed ${SEED})`, async () => {
    let world: World | null = null;
    // Until the first run, the executions load over a spreadsheet of their own (they note the manifest's zone in it).
    const loading = newSpreadsheet({ timeZone: 'Europe/London' });
    const current = () => world?.state ?? loading;
    const executions = new Map<string, Execution>(['Alex', 'Kim'].map((who) => [who, reusableExecution(current, { now: NOW })]));
    const totals = { runs: 0, logged: 0, refused: 0, unsure: 0 };
    const struck: Record<string, number> = {};
    const hit = (f: string) => (struck[f] = (struck[f] ?? 0) + 1);

    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.constantFrom(...Object.keys(LOGS)), commands, fc.nat({ max: 6 }), async (s, kind, cmds, strikeAfter) => {
        const w: World = { state: spreadsheet(kind), faults: [], calls: [], running: [], pending: [], desks: new Map() };
        w.state.scriptTimeZone = loading.scriptTimeZone;
        world = w;
        const before = grid(w.state.sheets.find((x) => x.name === 'Call Log'));
        // A service-level fault strikes the `strikeAfter`-th service call after it was armed.
        let countdown = strikeAfter;
        const strike = (when: 'before' | 'after', method: string) => {
          const next = w.faults[0];
          if (!STRIKES.test(method) || (next !== 'fail-before' && next !== 'fail-after' && next !== 'interleave')) return;
          if (countdown-- > 0) return;
          countdown = strikeAfter;
          if (next === 'interleave' && when === 'before') {
            const other = w.pending.find((p) => !p.taken);
            if (!other) return;
            w.faults.shift();
            hit('interleave');
            other.taken = true;
            other.run();
          } else if ((next === 'fail-before' && when === 'before') || (next === 'fail-after' && when === 'after')) {
            hit(w.faults.shift()!);
            throw new Error(`Exception: Service Spreadsheets failed while accessing document (fault injected ${when} ${method}).`);
          }
        };
        w.state.onCall = (_e, method) => strike('before', method);
        w.state.afterCall = (_e, method) => strike('after', method);

        for (const who of ['Alex', 'Kim']) {
          const execution = executions.get(who)!;
          // google.script.run: arguments and answers cross as JSON; each call is one execution.
          const runner = (ok: (v: unknown) => void, fail: (e: unknown) => void): ScriptRunner =>
            new Proxy({} as ScriptRunner, {
              get(_, name: string) {
                if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
                if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
                return (...args: unknown[]) => {
                  const pending: Pending = {
                    collector: who,
                    taken: false,
                    run: () => {
                      let answer: { value: unknown } | { error: unknown };
                      try {
                        answer = { value: JSON.parse(JSON.stringify(execution.call(name, ...JSON.parse(JSON.stringify(args))) ?? null)) };
                      } catch (error) {
                        answer = { error };
                      }
                      if (w.faults[0] === 'lose-answer') {
                        hit(w.faults.shift()!);
                        answer = { error: new Error('NetworkError: Connection failure due to HTTP 0') };
                      }
                      // The sidebar hears back later, in its own turn.
                      void s.schedule(Promise.resolve(), `answer ${who} ${name}`).then(() => ('value' in answer ? ok(answer.value) : fail(answer.error)));
                    },
                  };
                  w.pending.push(pending);
                  void s.schedule(Promise.resolve(), `run ${who} ${name}`).then(() => {
                    if (!pending.taken) {
                      pending.taken = true;
                      pending.run();
                    }
                  });
                };
              },
            });
          const port = createScriptRunPort({ run: () => runner(() => undefined, () => undefined), selectionPollMs: 4000, isVisible: () => true, every: () => () => undefined });
          w.desks.set(who, { port, submissions: new Submissions(() => `${++ids}`.padStart(8, '0') + '-aaaa-4bbb-8ccc-dddddddddddd'), chain: Promise.resolve() });
        }

        await fc.scheduledModelRun(s, () => ({ model: {}, real: w }), cmds);
        await s.waitFor(Promise.all(w.running));
        w.state.onCall = null;
        w.state.afterCall = null;
        expect(w.state.lockHolder).toBeNull();
        const after = grid(w.state.sheets.find((x) => x.name === 'Call Log'));
        const counts = checkLogInvariants(before, after, w.calls, { rowsMayMoveDown: false, belowMovesDown: false, refusesAll: REFUSES_ALL.includes(kind) });
        totals.runs++;
        totals.logged += counts.logged;
        totals.refused += counts.refused;
        totals.unsure += counts.unsure;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`Sheets log faults: seed ${SEED}, ${totals.runs} schedules, ${totals.logged} calls logged, ${totals.refused} refused, ${totals.unsure} left unsure; faults struck: ${JSON.stringify(struck)}`);
    expect(totals.runs).toBeGreaterThanOrEqual(RUNS);
    expect(totals.logged).toBeGreaterThan(RUNS / 2);
  }, 900_000);
});
