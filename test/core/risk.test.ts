import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { collectability } from '../../core/risk/collectability';
import fc from 'fast-check';

const asOf = new Date('2026-11-23T07:00:00Z');
const settings = { collectorTimeZone: 'Europe/Warsaw' };
const header = ['Customer', 'Invoice', 'Due date', 'Amount', 'Paid date', 'Time zone'];

describe('risk', () => {
  test('collectability falls with age and never rises', () => {
    fc.assert(fc.property(fc.integer({ min: -100, max: 4000 }), fc.integer({ min: 0, max: 400 }), (d, more) => collectability(d + more) <= collectability(d)));
    expect(collectability(182)).toBe(0.521);
    expect(collectability(730)).toBe(0.093);
  });

  test('a customer who always paid on time and is now late is flagged as a possible dispute', () => {
    const aging = [
      header,
      ['Punctual Ltd', 'P-1', '2026-06-30', 1000, '2026-06-30', 'Europe/Warsaw'],
      ['Punctual Ltd', 'P-2', '2026-07-31', 1000, '2026-08-02', 'Europe/Warsaw'],
      ['Punctual Ltd', 'P-3', '2026-08-31', 1000, '2026-08-31', 'Europe/Warsaw'],
      ['Punctual Ltd', 'P-4', '2026-10-31', 1000, '', 'Europe/Warsaw'],
    ];
    const d = planCalls({ aging, settings, asOf }).debtors[0]!;
    expect(d.balance).toBe(1000); // settled lines never count as money owed
    expect(d.possibleDispute).toBe(true);
    expect(d.reasons.join(' ')).toMatch(/ask about a problem before asking for money/);
  });

  test('payments later month by month lower collectability (cash-flow trouble)', () => {
    const rows = (late: number[]) => [
      header,
      ...late.map((l, i) => ['Slipping Ltd', `S-${i}`, `2026-0${5 + i}-01`, 1000, `2026-0${5 + i}-${String(1 + l).padStart(2, '0')}`, 'Europe/Warsaw']),
      ['Slipping Ltd', 'S-9', '2026-10-01', 1000, '', 'Europe/Warsaw'],
    ];
    const slipping = planCalls({ aging: rows([2, 10, 20]), settings, asOf }).debtors[0]!;
    const steady = planCalls({ aging: rows([10, 10, 10]), settings, asOf }).debtors[0]!;
    expect(slipping.collectability).toBeLessThan(steady.collectability);
    expect(slipping.reasons.join(' ')).toMatch(/later month by month/);
  });

  test('debts over two years old are dead; a year, bad; past 90 days, doubtful', () => {
    const aging = [
      ['Customer', 'Invoice', 'Due date', 'Amount'],
      ['Old', 'O', '2024-06-01', 100],
      ['Year', 'Y', '2025-09-01', 100],
      ['Quarter', 'Q', '2026-07-01', 100],
      ['Fresh', 'F', '2026-11-01', 100],
    ];
    const classes = Object.fromEntries(planCalls({ aging, settings, asOf }).debtors.map((d) => [d.customer, d.riskClass]));
    expect(classes).toEqual({ Old: 'dead', Year: 'bad', Quarter: 'doubtful', Fresh: 'collect' });
  });
});

describe('when there is no allowed time', () => {
  test('a consumer who finds every hour inconvenient gets no slot, and is told why', () => {
    const aging = [
      ['Customer', 'Invoice', 'Due date', 'Amount', 'Country', 'Type of debtor', 'Inconvenient times'],
      ['Busy Person', 'B-1', '2026-09-01', 400, 'US', 'consumer', '08:00-21:00'],
    ];
    const d = planCalls({ aging, settings: { policy: 'us-consumer', collectorTimeZone: 'America/New_York' }, asOf }).debtors[0]!;
    expect(d.nextCall).toBeNull();
    expect(d.nextCallWhy).toMatch(/No allowed call time/);
  });

  test('a consumer who asked not to be called at work is called outside office hours', () => {
    const aging = [
      ['Customer', 'Invoice', 'Due date', 'Amount', 'Country', 'Type of debtor', 'No workplace calls'],
      ['Night Shift', 'N-1', '2026-09-01', 400, 'US', 'consumer', 'yes'],
    ];
    const d = planCalls({ aging, settings: { policy: 'us-consumer', collectorTimeZone: 'America/New_York', collectorHours: { start: 0, end: 1440 } }, asOf }).debtors[0]!;
    const minutes = Number(d.nextCall!.debtorLocal.slice(11, 13)) * 60 + Number(d.nextCall!.debtorLocal.slice(14, 16));
    expect(minutes).toBeGreaterThanOrEqual(17 * 60);
  });
});
