import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startExecution } from './harness/apps-script';
import { useBuiltAddOn } from './harness/build';
import { sampleSpreadsheet } from './harness/workbook';

useBuiltAddOn();

const AS_OF = new Date('2026-11-23T08:30:00Z');
type Ctx = { collector: string | null; collectors: string[]; queue: { customer: string; time: string | null }[] };

describe('the collector at the Sheets desk', () => {
  it('is remembered in the user’s properties: later desks follow that collector’s agenda until another name (or none) is given', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const desk = (...args: unknown[]) => startExecution(state, 'full', { now: AS_OF }).call('getDeskContext', ...args) as Ctx;

    const before = desk();
    expect(before.collectors).toEqual(['Alex', 'Sam']);
    expect(before.collector).toBeNull();
    expect(before.queue.every((q) => q.time === null)).toBe(true);

    const sam = desk(null, null, 'sam');
    expect(sam.collector).toBe('Sam');
    expect(sam.queue.length).toBeGreaterThan(0);
    expect(sam.queue.every((q) => q.time !== null)).toBe(true);
    expect([...state.userProperties.values()]).toEqual(['sam']);

    // A new execution (the sidebar's next read) asks without a name: the remembered one is used.
    expect(desk(null, null, null)).toEqual(sam);
    expect(desk('pl').collector).toBe('Sam');

    // An empty name forgets it.
    expect(desk(null, null, '').collector).toBeNull();
    expect(state.userProperties.size).toBe(0);
  });

  it('needs no OAuth scope beyond the ones the add-on already has', () => {
    const manifest = JSON.parse(readFileSync('sheets-addon/appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
  });
});
