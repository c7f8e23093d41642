/**
 * Fault injection for the Excel port: two collectors log calls into the same workbook while
 * every Office.js request may fail before it runs, fail after it ran (the answer is lost), or have
 * its writes undone by a co-author's edit, and the two interleave at every `context.sync()`
 * (fc.scheduler). The commands (fc.commands) are the collectors pressing "Log call" and the faults
 * striking the next request. Excel has no lock: the port inserts its row, reads it back by request
 * id and writes again when it was lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../core/model/cell';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { Submissions } from '../../core/ui/sidebar/submissions';
import { createExcelDeskPort } from '../../excel-addin/port/excel-port';
import { checkLogInvariants, type Submitted } from '../core/log-invariants';
import { AGING, FULL, LOGS, NOW, REFUSES_ALL, press, uuid } from '../core/log-fault-world';
import { FakeWorkbook, type SyncFault } from './fake-workbook';

const SEED = Number(process.env.LOG_FAULTS_SEED ?? 20261201);
const RUNS = Number(process.env.LOG_FAULTS_RUNS ?? 1000);
/** A call log of LOGS, or the CallLog table Set up makes. */
type LogKind = string;

function workbook(kind: LogKind): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Aging', AGING);
  wb.addSheet('Settings', settingsSheetRows('en', { collectorTimeZone: 'Europe/London' }));
  wb.selection = { sheet: 'Aging', row: 1, col: 0 };
  if (kind === 'table') {
    const sheet = wb.addSheet('Call Log', [FULL, [46340.4, 'Acme Ltd', 'Kim', 'voicemail', '', '', '', '', '', '', '', '', uuid(3)]]);
    wb.addTable('CallLog', sheet, { row: 0, col: 0, rows: 2, cols: FULL.length });
  } else if (LOGS[kind]) wb.addSheet('Call Log', LOGS[kind] as Cell[][]);
  return wb;
}

interface World {
  readonly wb: FakeWorkbook;
  readonly faults: SyncFault[];
  readonly calls: Submitted[];
  readonly running: Promise<void>[];
  readonly desks: Map<string, { port: ReturnType<typeof createExcelDeskPort>; submissions: Submissions; chain: Promise<void> }>;
}

let ids = 0;
class Fault implements fc.AsyncCommand<object, World> {
  constructor(readonly fault: SyncFault) {}
  check = () => true;
  async run(_m: object, w: World): Promise<void> {
    w.faults.push(this.fault);
  }
  toString = () => `Fault(${this.fault})`;
}

const commands = fc.commands(
  [
    press<World>(),
    fc.constantFrom<SyncFault>('fail-before', 'fail-after', 'drop').map((f) => new Fault(f)),
  ],
  { maxCommands: 8 },
);

describe('the Excel call log under faults and two collectors without a lock', () => {
  it(`keeps every call exactly once, in ${RUNS} random schedules (seed ${SEED})`, async () => {
    const totals = { runs: 0, logged: 0, refused: 0, unsure: 0 };
    const struck: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.constantFrom<LogKind>('none', 'table', ...(Object.keys(LOGS) as LogKind[])), commands, async (s, kind, cmds) => {
        const wb = workbook(kind);
        const before = kind === 'none' ? [] : wb.sheet('Call Log').grid();
        const world: World = { wb, faults: [], calls: [], running: [], desks: new Map() };
        for (const who of ['Alex', 'Kim']) {
          const port = createExcelDeskPort({ host: wb.host, now: () => NOW, chooseAging: async () => null, hostLocale: 'en-GB', hostTimeZone: 'Europe/London' });
          world.desks.set(who, { port, submissions: new Submissions(() => `${++ids}`.padStart(8, '0') + '-aaaa-4bbb-8ccc-dddddddddddd'), chain: Promise.resolve() });
        }
        wb.gate = () => s.schedule(Promise.resolve(), 'sync');
        // A fault strikes the next request; one that undoes or loses writes, the next request that writes.
        wb.fault = ({ writes }) => {
          const next = world.faults[0];
          if (!next || (next !== 'fail-before' && !writes)) return 'ok';
          const fault = world.faults.shift()!;
          struck[fault] = (struck[fault] ?? 0) + 1;
          return fault;
        };
        await fc.scheduledModelRun(s, () => ({ model: {}, real: world }), cmds);
        await s.waitFor(Promise.all(world.running));
        const after = wb.sheets.find((x) => x.name === 'Call Log')?.grid() ?? [];
        let counts;
        try {
          counts = checkLogInvariants(before, after, world.calls, { rowsMayMoveDown: true, belowMovesDown: true, refusesAll: REFUSES_ALL.includes(kind) });
        } catch (error) {
          if (process.env.LOG_FAULTS_DEBUG) console.log(JSON.stringify({ kind, after, calls: world.calls.map((c) => ({ ...c.entry, id: c.requestId, told: c.told.map((t) => t.kind + ('message' in t ? ':' + t.message.slice(0, 60) : '')) })), steps: wb.calls }));
          throw error;
        }
        totals.runs++;
        totals.logged += counts.logged;
        totals.refused += counts.refused;
        totals.unsure += counts.unsure;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`Excel log faults: seed ${SEED}, ${totals.runs} schedules, ${totals.logged} calls logged, ${totals.refused} refused, ${totals.unsure} left unsure; faults struck: ${JSON.stringify(struck)}`);
    expect(totals.runs).toBeGreaterThanOrEqual(RUNS);
    expect(totals.logged).toBeGreaterThan(RUNS / 2);
  }, 600_000);
});
