import { describe, expect, test } from 'vitest';
import { runFunction } from '../../core/functions/run';
import { FUNCTIONS } from '../../core/functions/catalog';
import { isFnError } from '../../core/functions/errors';
import { excelSerialFromDay } from '../../core/coerce/date';
import { epochDay } from '../../core/model/day';
import { handMade } from '../fixtures/aging/hand-made';

const settings = [['Setting', 'Value'], ['collectorTimeZone', 'Europe/Warsaw']];
// Monday 2026-11-23 08:00, as Excel passes a date-time cell.
const asOf = excelSerialFromDay(epochDay(2026, 11, 23), 8 * 60);

describe('the spreadsheet functions', () => {
  test('every function of the catalog answers', () => {
    for (const f of FUNCTIONS) {
      const args = f.name === 'COLLECTIBILITY' ? [[[90]]] : [handMade, null, settings, asOf];
      expect(isFnError(runFunction(f.name, args, { dates: 'serial' }))).toBe(false);
    }
  });

  test('a per-row function lines up with the aging rows: a label on the header, an error on the bad row', () => {
    const out = runFunction('RISKCLASS', [handMade, '', settings, asOf], { dates: 'serial' });
    if (isFnError(out)) throw new Error(out.message);
    expect(out).toHaveLength(handMade.length);
    expect(out[0]).toEqual(['Risk class']);
    expect(out[1]).toEqual(['under collection']);
    const bad = out[5]![0];
    expect(isFnError(bad) && bad.message).toMatch(/not an amount/);
  });

  test('NEXTCALL gives Excel a serial date in the collector’s wall time, and Sheets a Date', () => {
    const serial = runFunction('NEXTCALL', [handMade, null, settings, asOf, 'Kowalski Sp. z o.o.'], { dates: 'serial' });
    const date = runFunction('NEXTCALL', [handMade, null, settings, asOf, 'Kowalski Sp. z o.o.'], { dates: 'date' });
    if (isFnError(serial) || isFnError(date)) throw new Error('unexpected error');
    const s = serial[0]![0] as number;
    const d = date[0]![0] as Date;
    expect(typeof s).toBe('number');
    expect(d).toBeInstanceOf(Date);
    // Warsaw is UTC+1 in November: the serial's wall time is one hour ahead of the instant.
    expect(Math.round((s - excelSerialFromDay(Math.floor(d.getTime() / 86_400_000), ((d.getTime() / 60_000) % 1440))) * 1440)).toBe(60);
  });

  test('one customer at a time, for a table column or a filled-down formula', () => {
    const out = runFunction('CALLPRIORITY', [handMade, null, settings, asOf, 'acme tools inc'], { dates: 'serial' });
    expect(out).toEqual([[expect.any(Number)]]);
    const missing = runFunction('CALLPRIORITY', [handMade, null, settings, asOf, 'Nobody Ltd'], { dates: 'serial' });
    expect(isFnError(missing) ? missing : isFnError((missing as unknown[][])[0]![0]) ? (missing as { message: string }[][])[0]![0] : null).toMatchObject({ code: 'NA' });
  });

  test('CALLPLAN spills a ranked worklist with a header row', () => {
    const out = runFunction('CALLPLAN', [handMade, null, settings, asOf], { dates: 'serial' });
    if (isFnError(out)) throw new Error(out.message);
    expect(out[0]).toEqual(['Customer', 'Balance', 'Days past due', 'Risk', 'Priority', 'Next call', 'Stage', 'Why']);
    expect(out.slice(1).map((r) => r[0])).toEqual(['Shanghai Ruixin Trading', 'Kowalski Sp. z o.o.', 'Acme Tools Inc']);
  });

  test('a missing as_of is asked for, not invented', () => {
    const out = runFunction('NEXTCALL', [handMade], { dates: 'serial' });
    expect(out).toMatchObject({ kind: 'fn-error', code: 'NA' });
  });

  test('COLLECTIBILITY follows the collection-agency survey curve', () => {
    expect(runFunction('COLLECTIBILITY', [[[0], [90], [365], ['x']]], { dates: 'serial' })).toEqual([[0.949], [0.696], [0.228], [expect.objectContaining({ code: 'VALUE' })]]);
  });
});

describe('the one-customer form behind a filled-down column', () => {
  const log = [
    ['Time', 'Customer', 'Collector', 'Outcome', 'Promised amount', 'Promised date'],
    [asOf - 3, 'Acme Tools Inc', 'Ann', 'promise to pay', 500, Math.floor(asOf) - 1],
  ];
  const C = (handMade[0] as string[]).indexOf('Customer');
  const rowOf = (customer: string) => handMade.findIndex((r) => r[C] === customer);
  // Fresh copies for every cell, as Excel marshals the arguments anew for each call.
  const copy = <T>(t: T): T => JSON.parse(JSON.stringify(t)) as T;

  test('every row’s own answer equals the spilled column’s, for each per-row function', () => {
    for (const name of ['NEXTCALL', 'CALLPRIORITY', 'RISKCLASS', 'ESCALATION'] as const) {
      const spilled = runFunction(name, [handMade, log, settings, asOf], { dates: 'serial' });
      if (isFnError(spilled)) throw new Error(spilled.message);
      let compared = 0;
      handMade.forEach((row, i) => {
        const customer = row[C];
        const expected = spilled[i]![0];
        if (i === 0 || typeof customer !== 'string' || isFnError(expected) || expected === '') return;
        compared++;
        expect(runFunction(name, [copy(handMade), copy(log), copy(settings), asOf, customer], { dates: 'serial' })).toEqual([[expected]]);
      });
      expect(compared).toBe(4);
    }
  });

  test('a changed cell is planned again, even when the host hands the same array changed in place', () => {
    const aging = copy(handMade);
    const acme = rowOf('Acme Tools Inc');
    const first = runFunction('CALLPRIORITY', [aging, null, settings, asOf, 'Acme Tools Inc'], { dates: 'serial' }) as number[][];
    (aging[acme] as unknown[])[0] = 120_000; // Amount, ten times larger
    const second = runFunction('CALLPRIORITY', [aging, null, settings, asOf, 'Acme Tools Inc'], { dates: 'serial' }) as number[][];
    const spilled = runFunction('CALLPRIORITY', [copy(aging), null, settings, asOf], { dates: 'serial' }) as number[][];
    expect(second).toEqual([[spilled[acme]![0]]]);
    expect(second[0]![0]).toBeGreaterThan(first[0]![0]!);
  });

  test('a different as_of or settings is a different plan', () => {
    const acme = rowOf('Acme Tools Inc');
    const base = runFunction('NEXTCALL', [copy(handMade), copy(log), settings, asOf, 'Acme Tools Inc'], { dates: 'serial' });
    const later = runFunction('NEXTCALL', [copy(handMade), copy(log), settings, asOf + 2, 'Acme Tools Inc'], { dates: 'serial' });
    expect(later).toEqual([[(runFunction('NEXTCALL', [handMade, log, settings, asOf + 2], { dates: 'serial' }) as unknown[][])[acme]![0]]]);
    expect(later).not.toEqual(base);
    const shanghai = [['Setting', 'Value'], ['collectorTimeZone', 'Asia/Shanghai']];
    const elsewhere = runFunction('NEXTCALL', [copy(handMade), copy(log), shanghai, asOf, 'Acme Tools Inc'], { dates: 'serial' });
    expect(elsewhere).toEqual([[(runFunction('NEXTCALL', [handMade, log, shanghai, asOf], { dates: 'serial' }) as unknown[][])[acme]![0]]]);
    expect(elsewhere).not.toEqual(base);
  });
});

describe('whole-column ranges', () => {
  test('per-row answers stop at the last used row instead of running down the whole sheet', () => {
    const tall = [...handMade.map((r) => [...r, '', '']), ...Array.from({ length: 20_000 }, () => Array.from({ length: handMade[0]!.length + 2 }, () => ''))];
    const out = runFunction('RISKCLASS', [tall, null, settings, asOf], { dates: 'serial' });
    const short = runFunction('RISKCLASS', [handMade, null, settings, asOf], { dates: 'serial' });
    expect(out).toEqual(short);
    expect((out as unknown[][]).length).toBe(handMade.length);
    expect(runFunction('COLLECTIBILITY', [[[90], [''], [365], [''], ['']]], { dates: 'serial' })).toEqual([[0.696], [''], [0.228]]);
  });

  test('an aging range with nothing in it still answers one cell, not an empty array Excel cannot spill', () => {
    const out = runFunction('RISKCLASS', [[[''], ['']], null, settings, asOf], { dates: 'serial' });
    expect(Array.isArray(out) ? out.length : 1).toBe(1);
  });
});
