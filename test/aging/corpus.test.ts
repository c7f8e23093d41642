import { describe, expect, it } from 'vitest';
import { readAging } from '../../core/aging/read-aging';
import { FEATURE_FIXTURES } from '../fixtures/aging/features';

/** Open money per customer, and per customer and currency (`Acme|EUR`), summed in cents. */
function balances(lines: ReturnType<typeof readAging>['lines']): Record<string, number> {
  const cents: Record<string, number> = {};
  for (const l of lines) {
    if (l.settledDate !== null) {
      cents[l.customer] ??= 0;
      continue;
    }
    const v = Math.round(l.openBalance * 100);
    cents[l.customer] = (cents[l.customer] ?? 0) + v;
    const byCurrency = `${l.customer}|${l.currency ?? ''}`;
    cents[byCurrency] = (cents[byCurrency] ?? 0) + v;
  }
  return Object.fromEntries(Object.entries(cents).map(([k, v]) => [k, v / 100]));
}

describe('the corpus of layout features', () => {
  it.each(FEATURE_FIXTURES.map((f) => [`${f.feature}: ${f.title}`, f] as const))('%s', (_name, fixture) => {
    const read = readAging(fixture.table, fixture.options ?? {});
    const got = balances(read.lines);
    const expected = fixture.expected;
    for (const [key, value] of Object.entries(expected.balances)) expect(got[key], key).toBe(value);
    // No customer the fixture does not name (a total row read as a debtor, a header read as data).
    const customers = new Set(read.lines.map((l) => l.customer));
    const named = new Set(Object.keys(expected.balances).map((k) => k.split('|')[0]));
    expect([...customers].filter((c) => !named.has(c))).toEqual([]);
    // Exactly the issues the fixture expects: each one there, and none besides.
    const issues = read.issues.map((i) => `${i.row}:${i.code}`).sort();
    const wanted = (expected.issues ?? []).map(([row, code]) => `${row}:${code}`).sort();
    expect(issues, read.issues.map((i) => i.message).join('\n')).toEqual(wanted);
    if (expected.columns) expect(read.layout.columns).toMatchObject(expected.columns);
    if (expected.layout) expect(read.layout).toMatchObject(expected.layout);
  });
});
