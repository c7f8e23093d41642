import { describe, expect, test } from 'vitest';
import { runFunction } from '../../core/functions/run';
import { isFnError } from '../../core/functions/errors';
import { planCalls } from '../../core/plan/plan-calls';
import { SUMMARY_LAYOUT, summaryTable } from '../../core/summary/spill';
import { SUMMARY_TEXTS } from '../../core/summary/texts';
import { excelSerialFromDay } from '../../core/coerce/date';
import { epochDay } from '../../core/model/day';
import type { Language } from '../../core/model/cell';
import { handMade } from '../fixtures/aging/hand-made';
import { aging, callLog } from '../core/helpers';

const asOf = excelSerialFromDay(epochDay(2026, 11, 23), 8 * 60);
const settingsIn = (language: Language) => [['Setting', 'Value'], ['collectorTimeZone', 'Europe/Warsaw'], ['language', language]];
const run = (args: unknown[]) => {
  const out = runFunction('AGINGSUMMARY', args, { dates: 'serial' });
  if (isFnError(out)) throw new Error(out.message);
  return out;
};

describe('=AGINGSUMMARY', () => {
  test.each(['en', 'zh-CN', 'pl'] as const)('spills the four tables where the layout says, labelled in %s', (language) => {
    const out = run([handMade, null, settingsIn(language), asOf]);
    const L = SUMMARY_LAYOUT;
    expect(out.every((r) => r.length === L.width)).toBe(true);
    expect(out[L.risk.header]![0]).toBe(SUMMARY_TEXTS.riskClass[language]);
    expect(out[L.age.header]![0]).toBe(SUMMARY_TEXTS.age[language]);
    expect(out[L.weeks.header]![0]).toBe(SUMMARY_TEXTS.weekStart[language]);
    expect(out[L.keptRate]![0]).toBe(SUMMARY_TEXTS.keptRate[language]);
    // The rows under each heading are the summary's, in order, and the totals close them.
    const plan = planCalls({ aging: handMade, settings: settingsIn(language), asOf: new Date('2026-11-23T07:00:00Z') });
    const s = plan.summary;
    expect(out.slice(L.risk.first, L.risk.first + L.risk.count)).toEqual(s.byRisk.map((r) => [r.label, r.balance, r.overdue, r.debtors]));
    expect(out.slice(L.age.first, L.age.first + L.age.count).map((r) => r.slice(0, 2))).toEqual(s.byAge.map((r) => [r.label, r.balance]));
    expect(out.slice(L.weeks.first, L.weeks.first + L.weeks.count)).toEqual(s.promisedByWeek.map((w) => [w.weekStart, w.amount, '', '']));
    expect(out[L.risk.first + L.risk.count]![1]).toBe(s.balance);
    expect(out[L.age.first + L.age.count]![1]).toBe(s.balance);
    expect(s.balance).toBeGreaterThan(0);
  });

  test('the shape does not depend on the data, so charts over fixed rows stay right', () => {
    const empty = run([[['Customer', 'Amount']], null, settingsIn('en'), asOf]);
    const full = run([handMade, null, settingsIn('en'), asOf]);
    expect(empty.length).toBe(full.length);
    expect(empty.map((r) => r[0])).toEqual(full.map((r) => r[0]));
  });

  test('other currencies come last, with their own totals, never added to the main one', () => {
    const book = aging([['Acme', 'I-1', '2026-10-01', 900, 'EUR'], ['Borek', 'I-2', '2026-11-01', 100, 'PLN'], ['Chen', 'I-3', '2026-12-01', 50, 'PLN']], ['Currency']);
    const out = run([book, null, settingsIn('pl'), asOf]);
    expect(out[SUMMARY_LAYOUT.currency]).toEqual(['Waluta', 'EUR', '', '']);
    expect(out[SUMMARY_LAYOUT.risk.first + 5]![1]).toBe(900);
    expect(out.at(-2)![0]).toBe(SUMMARY_TEXTS.others.pl);
    expect(out.at(-1)).toEqual(['PLN', 150, 100, 2]);
  });

  test('promises reach the table: the week of the promise and the share kept', () => {
    const book = aging([['Acme', 'I-1', '2026-10-01', 900]]);
    const log = callLog([
      { time: '2026-11-02T09:00:00Z', customer: 'Acme', outcome: 'promise to pay', promisedAmount: 100, promisedDate: '2026-11-09', balanceAtCall: 900 },
      { time: '2026-11-20T09:00:00Z', customer: 'Acme', outcome: 'promise to pay', promisedAmount: 300, promisedDate: '2026-11-26' },
    ]);
    const out = run([book, log, settingsIn('en'), asOf]);
    expect(out[SUMMARY_LAYOUT.weeks.first]).toEqual(['2026-11-23', 300, '', '']);
    expect(out[SUMMARY_LAYOUT.keptRate]![1]).toBe(0);
  });

  test('bad arguments are answered as the other plan functions answer them', () => {
    expect(runFunction('AGINGSUMMARY', [handMade], { dates: 'serial' })).toMatchObject({ kind: 'fn-error', code: 'NA' });
    expect(runFunction('AGINGSUMMARY', [handMade, null, null, 'soon'], { dates: 'serial' })).toMatchObject({ kind: 'fn-error', code: 'VALUE' });
  });

  test('summaryTable writes an empty cell, never "null", for unknown bounds and an unjudged share', () => {
    const plan = planCalls({ aging: handMade, asOf: new Date('2026-11-23T07:00:00Z') });
    const out = summaryTable(plan.summary, 'en');
    expect(out.flat().some((c) => c === null || c === 'null' || c === undefined)).toBe(false);
    expect(out[SUMMARY_LAYOUT.age.first]![2]).toBe('');
    expect(out[SUMMARY_LAYOUT.keptRate]![1]).toBe('');
  });
});
