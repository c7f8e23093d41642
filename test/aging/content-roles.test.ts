import { describe, expect, it } from 'vitest';
import { guessRoles } from '../../core/aging/content-roles';
import { readAging } from '../../core/aging/read-aging';
import { unknownLanguage } from '../fixtures/aging/features/unknown-language';

describe('roles read from the contents when the header words say nothing', () => {
  it('says that it guessed, and how, in the three languages', () => {
    const en = readAging(unknownLanguage.table).issues[0]!.message;
    expect(en).toContain('"Vevő" as the customer (names that repeat)');
    expect(en).toContain('"Esedékesség" as the due date (dates after another date column)');
    expect(en).toContain('"Nyitott" as the open balance (the last column of amounts)');
    expect(readAging(unknownLanguage.table, { language: 'zh-CN' }).issues[0]!.message).toContain('“Vevő”为客户（名称重复出现）');
    expect(readAging(unknownLanguage.table, { language: 'pl' }).issues[0]!.message).toContain('„Vevő” jako kontrahent (powtarzające się nazwy)');
  });

  it('a column that is a mix of names and numbers is not guessed', () => {
    const t = [['X', 'Y'], ['Acme', 5], [12, 'Bolt'], ['Cyan', 7]];
    expect(guessRoles(t, 0, {}, [])).toEqual([]);
  });

  it('small whole numbers beside money are days past due; alone they are the money', () => {
    const withMoney = guessRoles([['A', 'B', 'C'], ['Acme', '1,200.50', 12], ['Acme', '80.00', 40]], 0, {}, []);
    expect(withMoney.map((g) => [g.field, g.column])).toEqual([['customer', 0], ['amount', 1], ['daysPastDue', 2]]);
    const alone = guessRoles([['A', 'B'], ['Acme', 120], ['Acme', 40]], 0, {}, []);
    expect(alone.map((g) => [g.field, g.column])).toEqual([['customer', 0], ['amount', 1]]);
  });

  it('a known header keeps its column; only the missing role is guessed', () => {
    const r = readAging([['Kontonavn', 'Forfallsdato', 'Beløp'], ['Fjord Fisk AS', '2026-10-03', 100], ['Fjord Fisk AS', '2026-10-09', 50]]);
    expect(r.layout.columns.customer).toBe(0);
    expect(r.issues.map((i) => i.code)).toContain('guessed-columns');
    expect(r.lines).toHaveLength(2);
  });
});

describe('a list that is not an aging sheet is not read as one', () => {
  it('names beside numbers with no dates, days or buckets stay unread', () => {
    const r = readAging([['Month', 'Rent'], ['Jan', 900], ['Feb', 900]]);
    expect(r.lines).toEqual([]);
    expect(r.issues[0]?.code).toBe('no-header');
  });
});
