/**
 * The sidebar's request-id rule (Submissions, what mount.ts runs on every press) under faults:
 * the collector types, edits, presses "Log call" again while an answer is unknown, switches
 * between debtors, and the host (the preview's in-memory port) fails before writing, writes and
 * loses the answer, or refuses. fc.commands drives the collector, fc.scheduler the answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallLogEntry } from '../../core/calllog/entry';
import { callLogHeaders } from '../../core/calllog/schema';
import type { Cell } from '../../core/model/cell';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { createMemoryPort, type MemoryFault } from '../../core/ui/preview/memory-port';
import { Submissions, type Told } from '../../core/ui/sidebar/submissions';

const SEED = Number(process.env.LOG_FAULTS_SEED ?? 20261203);
const RUNS = Number(process.env.LOG_FAULTS_RUNS ?? 1000);
const CUSTOMERS = ['Acme Ltd', "'t Hoekje BV", 'Kowalski Sp. z o.o.'];
const AGING: Cell[][] = [['Customer', 'Invoice', 'Due date', 'Open balance'], ...CUSTOMERS.map((c, i) => [c, `INV-${i}`, 46300, 4000] as Cell[])];

type HostFault = MemoryFault | 'refuse';

interface Logical {
  readonly customer: string;
  readonly ids: Set<string>;
  readonly firstContent: string;
  lastContent: string;
  readonly told: Told[];
  time: string | null;
}

interface World {
  readonly book: { aging: Cell[][]; callLog: Cell[][]; settings: Cell[][] };
  readonly faults: HostFault[];
  readonly submissions: Submissions;
  readonly port: ReturnType<typeof createMemoryPort>;
  /** What each debtor's form holds now. */
  readonly forms: Map<string, string>;
  /** The call each debtor's form is sending, until the desk says logged or not logged. */
  readonly open: Map<string, Logical>;
  readonly done: Logical[];
  readonly inFlight: Set<string>;
  readonly running: Promise<void>[];
  clock: number;
  readonly s: fc.Scheduler;
}

function entryOf(customer: string, notes: string, time: string): CallLogEntry {
  return { time, customer, collector: 'Alex', outcome: 'no answer', promisedAmount: null, promisedDate: null, callbackAt: null, excuse: '', consequence: '', consequenceDate: null, balanceAtCall: null, notes, instalments: null };
}

class Edit implements fc.AsyncCommand<object, World> {
  constructor(readonly customer: string, readonly notes: string) {}
  check = () => true;
  async run(_m: object, w: World) {
    w.forms.set(this.customer, this.notes);
  }
  toString = () => `Edit(${this.customer}, ${this.notes})`;
}
class Arm implements fc.AsyncCommand<object, World> {
  constructor(readonly fault: HostFault) {}
  check = () => true;
  async run(_m: object, w: World) {
    w.faults.push(this.fault);
  }
  toString = () => `Arm(${this.fault})`;
}
class Press implements fc.AsyncCommand<object, World> {
  constructor(readonly customer: string) {}
  // The button is disabled while its call is in flight (mount.ts `pending`).
  check = () => true;
  async run(_m: object, w: World) {
    if (w.inFlight.has(this.customer)) return;
    const notes = w.forms.get(this.customer) ?? '';
    const time = new Date(Date.UTC(2026, 10, 23, 9, 0) + ++w.clock * 60_000).toISOString();
    const attempt = w.submissions.begin(this.customer, entryOf(this.customer, notes, time));
    let logical = w.open.get(this.customer);
    if (!logical) {
      logical = { customer: this.customer, ids: new Set(), firstContent: notes, lastContent: notes, told: [], time: null };
      w.open.set(this.customer, logical);
    }
    logical.ids.add(attempt.requestId);
    logical.lastContent = notes;
    logical.time ??= attempt.entry.time;
    expect(attempt.entry.time, 'a retry keeps the first time').toBe(logical.time);
    w.inFlight.add(this.customer);
    const l = logical;
    const task = w.s
      .schedule(w.port.logCall(attempt.entry, attempt.requestId, attempt.options).then((result) => ({ result }), (e: Error) => ({ error: e.message })))
      .then((answer) => {
        w.inFlight.delete(this.customer);
        const told = w.submissions.settle(attempt, answer);
        l.told.push(told);
        if (told.kind === 'logged' || told.kind === 'not-logged') {
          w.open.delete(this.customer);
          w.done.push(l);
        }
      });
    w.running.push(task);
  }
  toString = () => `Press(${this.customer})`;
}

const commands = fc.commands(
  [
    fc.constantFrom(...CUSTOMERS).map((c) => new Press(c)),
    fc.tuple(fc.constantFrom(...CUSTOMERS), fc.constantFrom('left a message', 'typo fixd', 'typo fixed', "'quoted")).map(([c, n]) => new Edit(c, n)),
    fc.constantFrom<HostFault>('fail-before', 'lose-answer', 'refuse').map((f) => new Arm(f)),
  ],
  { maxCommands: 20 },
);

const rowsOf = (w: World, l: Logical) => w.book.callLog.slice(1).filter((r) => r[1] === l.customer && typeof r[0] === 'number' && l.time !== null && Math.abs((r[0] as number) - serialOf(l.time)) < 1e-6);
const serialOf = (iso: string) => Date.parse(iso) / 86_400_000 + 25569;

describe('the desk’s request ids under faults', () => {
  it(`one id per call until a definite answer, never "logged" for a call not there, in ${RUNS} schedules (seed ${SEED})`, async () => {
    const totals = { runs: 0, logged: 0, duplicates: 0, edited: 0, refused: 0, unsure: 0 };
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), commands, async (s, cmds) => {
        const book = { aging: AGING, callLog: [callLogHeaders('en') as Cell[]], settings: settingsSheetRows('en', { collectorTimeZone: 'UTC' }) as Cell[][] };
        const faults: HostFault[] = [];
        const port = createMemoryPort(book, {
          now: () => new Date('2026-11-23T12:00:00Z'),
          hostTimeZone: 'UTC',
          fault: () => (faults[0] === 'fail-before' || faults[0] === 'lose-answer' ? (faults.shift() as MemoryFault) : null),
          hostError: () => (faults[0] === 'refuse' ? (faults.shift(), 'The Call Log sheet is protected.') : null),
        });
        let n = 0;
        const w: World = { book, faults, submissions: new Submissions(() => `id-${++n}`), port, forms: new Map(), open: new Map(), done: [], inFlight: new Set(), running: [], clock: 0, s };
        await fc.scheduledModelRun(s, () => ({ model: {}, real: w }), cmds);
        await s.waitFor(Promise.all(w.running));
        for (const l of [...w.done, ...w.open.values()]) {
          expect(l.ids.size, `${l.customer}: one request id for the whole call`).toBe(1);
          const rows = rowsOf(w, l);
          expect(rows.length).toBeLessThanOrEqual(1);
          const final = l.told.at(-1);
          if (final?.kind === 'logged') {
            expect(rows).toHaveLength(1);
            expect(final.edited).toBe(final.duplicate && l.lastContent !== l.firstContent);
            totals.logged++;
            if (final.duplicate) totals.duplicates++;
            if (final.edited) totals.edited++;
          } else if (final?.kind === 'not-logged') {
            expect(rows).toHaveLength(0);
            totals.refused++;
          } else totals.unsure++;
        }
        totals.runs++;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`Desk request ids: seed ${SEED}, ${totals.runs} schedules: ${totals.logged} calls logged (${totals.duplicates} answered "already logged", ${totals.edited} of them edited after the first try), ${totals.refused} refused, ${totals.unsure} left unsure`);
    expect(totals.duplicates).toBeGreaterThan(0);
    expect(totals.edited).toBeGreaterThan(0);
  }, 300_000);
});
