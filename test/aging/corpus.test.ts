import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../core/model/cell';
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

/** Every sheet fixture, old and new, found on disk: each row that holds money is read, skipped as a total or title, or reported. */
const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/aging/', import.meta.url));
const fixtureFiles = readdirSync(FIXTURE_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !/(?:^|\/)(?:index|fixture)\.ts$/.test(f));
const ALL_SHEETS: (readonly [string, Cell[][]])[] = [];
for (const file of fixtureFiles.sort()) {
  const mod = (await import(pathToFileURL(FIXTURE_DIR + file).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    const table = Array.isArray(value) ? value : (value as { table?: unknown } | null)?.table;
    if (Array.isArray(table) && table.every((row: unknown) => Array.isArray(row))) ALL_SHEETS.push([`${file}: ${name}`, table as Cell[][]]);
  }
}

describe('every fixture on disk', () => {
  it('holds at least the feature fixtures and the system exports', () => {
    expect(ALL_SHEETS.length).toBeGreaterThanOrEqual(FEATURE_FIXTURES.length + 15);
  });

  it.each(ALL_SHEETS)('%s: no row with money is lost without a trace', (_name, table) => {
    const read = readAging(table);
    // A sheet that could not be read at all says so once, for all its rows.
    if (read.issues.some((i) => ['no-header', 'no-customer-column', 'no-amount-column'].includes(i.code))) return;
    const accounted = new Set([...read.lines.map((l) => l.row), ...read.layout.skippedRows, ...read.issues.map((i) => i.row)]);
    for (let r = Math.max(read.layout.headerRow, 0); r < table.length; r++) {
      const row = table[r]!;
      const money = row.some((c) => typeof c === 'number' && c !== 0) || row.some((c) => typeof c === 'string' && /\d/.test(c));
      if (money) expect(accounted.has(r + 1), `row ${r + 1}: ${JSON.stringify(row)}`).toBe(true);
    }
  });
});
