import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanMemo, type MemoInput } from '../../core/functions/plan-memo';
import { runFunction } from '../../core/functions/run';
import type { Cell } from '../../core/model/cell';
import type { PlanResult } from '../../core/plan/types';

const SEED = Number(process.env.MEMO_SEED ?? 20261202);
console.log(`plan memo properties: fast-check seed ${SEED} (rerun with MEMO_SEED=…)`);

/** A deterministic sequence, so the book is the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const AS_OF = 46349 + 9.5 / 24;

/** An invoice sheet as big as a filled-down column meets: 3,000 invoices of 600 debtors. */
function bigAging(): Cell[][] {
  const rnd = lcg(5);
  const sheet: Cell[][] = [['Customer', 'Invoice', 'Invoice date', 'Due date', 'Amount', 'Open balance', 'Time zone', 'Phone']];
  for (let i = 0; i < 3_000; i++) {
    const d = i % 600;
    const due = 46349 - Math.floor(rnd() * 300) + 20;
    sheet.push([`Debtor ${d}`, `INV-${i}`, due - 30, due, Math.round(rnd() * 500_000) / 100, Math.round(rnd() * 500_000) / 100, d % 2 ? 'Europe/Warsaw' : 'America/New_York', `+1 555 ${String(d).padStart(4, '0')}`]);
  }
  return sheet;
}

function bigLog(): Cell[][] {
  const rnd = lcg(9);
  const outcomes = ['no answer', 'promise to pay', 'callback requested', 'refused', 'paid'];
  const log: Cell[][] = [['Time', 'Customer', 'Collector', 'Outcome', 'Promised amount', 'Promised date', 'Callback at', 'Balance at call']];
  for (let i = 0; i < 1_200; i++) {
    const t = AS_OF - 1 - rnd() * 40;
    const outcome = outcomes[Math.floor(rnd() * outcomes.length)]!;
    log.push([t, `Debtor ${Math.floor(rnd() * 600)}`, 'Ann', outcome, outcome === 'promise to pay' ? 300 : '', outcome === 'promise to pay' ? Math.floor(t) + 3 : '', outcome === 'callback requested' ? t + 1 : '', 2_000]);
  }
  return log;
}

const copy = <T>(t: T): T => JSON.parse(JSON.stringify(t)) as T;

/** A value of another kind or size than `v`, so the cell is surely different. */
function changed(v: Cell, pick: number): Cell {
  const options: Cell[] = typeof v === 'number' ? [v + 1, v - 1e-9, String(v), ''] : typeof v === 'string' ? [`${v} `, v.toUpperCase() === v ? v.toLowerCase() + 'x' : v.toUpperCase(), '', 0] : ['x', 1];
  const out = options[pick % options.length]!;
  return out === v ? `${String(v)}!` : out;
}

describe('the one-plan memo of the filled-down form', () => {
  const aging = bigAging();
  const log = bigLog();
  const settings: Cell[][] = [['Setting', 'Value'], ['collectorTimeZone', 'Europe/Warsaw']];
  const input = (a: Cell[][], l: Cell[][] | undefined, s: Cell[][] | undefined): MemoInput => ({ aging: a, callLog: l, settings: s, asOfMs: 1, hostTimeZone: null, hostLocale: null });
  const stub = { debtors: [] } as unknown as PlanResult;

  it('fresh copies of the same ranges are one plan; a change in any one cell of any range is a new plan', () => {
    const memo = new PlanMemo();
    let plans = 0;
    const plan = () => (plans++, stub);
    memo.get(input(aging, log, settings), plan);
    memo.get(input(copy(aging), copy(log), copy(settings)), plan);
    expect(plans).toBe(1);
    const tables = { aging, log, settings } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('aging', 'log', 'settings'),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (which, rowPick, colPick, valuePick) => {
          const table = tables[which];
          // The corners and edges are where an off-by-one comparison would stop short.
          const row = [0, table.length - 1][rowPick % 5] ?? rowPick % table.length;
          const col = colPick % table[row]!.length;
          const edited = copy(table);
          edited[row]![col] = changed(table[row]![col]!, valuePick);
          const before = plans;
          memo.get(input(which === 'aging' ? edited : copy(aging), which === 'log' ? edited : copy(log), which === 'settings' ? edited : copy(settings)), plan);
          // The edited plan is now the kept one; the original must be planned again as well.
          memo.get(input(copy(aging), copy(log), copy(settings)), plan);
          return plans === before + 2;
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('a row more or less, a column more or less, or a range left out is a new plan', () => {
    const memo = new PlanMemo();
    let plans = 0;
    const plan = () => (plans++, stub);
    const variants: MemoInput[] = [
      input(aging, log, settings),
      input(aging.slice(0, -1), log, settings),
      input(aging, [...log, ['', '', '', '', '', '', '', '']], settings),
      input(aging.map((r, i) => (i === 1_500 ? r.slice(0, -1) : r)), log, settings),
      input(aging, undefined, settings),
      input(aging, log, undefined),
      { ...input(aging, log, settings), asOfMs: 2 },
      { ...input(aging, log, settings), hostTimeZone: 'Asia/Shanghai' },
      { ...input(aging, log, settings), hostLocale: 'pl-PL' },
    ];
    for (const v of variants) memo.get(v, plan);
    expect(plans).toBe(variants.length);
  });

  it('after any one-cell change, the filled-down answer is the one planning afresh gives', () => {
    const rnd = lcg(SEED);
    const customers = [1, 2, 600, 1_499, 3_000].map((r) => aging[r]![0] as string);
    const baseline = runFunction('CALLPRIORITY', [aging, log, settings, AS_OF], { dates: 'serial' }) as unknown[][];
    let differed = 0;
    for (let trial = 0; trial < 8; trial++) {
      const edited = copy(aging);
      // An open balance ten times larger: the plan's book and that debtor's priority both move.
      const row = 1 + Math.floor(rnd() * 3_000);
      edited[row]![5] = (edited[row]![5] as number) * 10 + 1_000;
      const spilled = runFunction('CALLPRIORITY', [edited, log, settings, AS_OF], { dates: 'serial' }) as unknown[][];
      for (const customer of [...customers, edited[row]![0] as string]) {
        const own = edited.findIndex((r) => r[0] === customer);
        const after = runFunction('CALLPRIORITY', [copy(edited), copy(log), settings, AS_OF, customer], { dates: 'serial' });
        expect(after).toEqual([[spilled[own]![0]]]);
        if (spilled[own]![0] !== baseline[own]![0]) differed++;
      }
    }
    // The trials are not vacuous: some edits moved the answer they were checked on.
    expect(differed).toBeGreaterThan(0);
  });
});
