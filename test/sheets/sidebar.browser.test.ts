/**
 * Sidebar.html in real Chromium, its google.script.run answered by Code.js running on the fake
 * spreadsheet: each call is a fresh execution, arguments and answers cross as JSON, as they do
 * between the sidebar's IFRAME and Apps Script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_LOG_COLUMNS } from '../../core/calllog/schema';
import { projectDirectory, startExecution } from './harness/apps-script';
import { useBuiltAddOn } from './harness/build';
import type { SpreadsheetState } from './harness/fake-apps-script';
import { lastRowOf, sheetNamed } from './harness/snapshot';
import { sampleSpreadsheet } from './harness/workbook';

useBuiltAddOn();

const AS_OF = new Date('2026-11-23T09:30:00Z');
let browser: Browser;
let state: SpreadsheetState;
let page: Page;
const calls: string[] = [];
/** Each google.script.run call: its name, arguments and the bytes of its answer. */
const traffic: { name: string; args: unknown[]; bytes: number }[] = [];

/** google.script.run in the page: a fresh runner per call, handlers, JSON both ways. */
const SCRIPT_RUN = `(() => {
  const runner = (ok, fail) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      return (...args) => {
        window.__scriptRun(String(name), JSON.stringify(args)).then((answer) => {
          const a = JSON.parse(answer);
          if (a.ok) ok && ok(a.value); else fail && fail(new Error(a.message));
        });
      };
    },
  });
  window.google = { script: { get run() { return runner(null, null); } } };
})();`;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function openSidebar(content: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 300, height: 900 } });
  p.on('pageerror', (e) => {
    throw e;
  });
  await p.exposeFunction('__scriptRun', (name: string, args: string) => {
    calls.push(name);
    try {
      const value = startExecution(state, 'full', { now: AS_OF }).call(name, ...(JSON.parse(args) as unknown[]));
      const answer = JSON.stringify({ ok: true, value: value ?? null });
      traffic.push({ name, args: JSON.parse(args) as unknown[], bytes: Buffer.byteLength(answer) });
      return answer;
    } catch (error) {
      return JSON.stringify({ ok: false, message: (error as Error).message });
    }
  });
  await p.addInitScript(SCRIPT_RUN);
  // The collector's clock and the server's agree: a call is logged at the time the server plans for.
  await p.clock.setFixedTime(AS_OF);
  // Served from an address of its own, as HtmlService serves the sidebar's IFRAME.
  await p.route('https://sidebar.test/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: content }));
  await p.goto('https://sidebar.test/');
  return p;
}

describe('the Sheets sidebar', () => {
  it('shows the selected row’s debtor from the spreadsheet', async () => {
    ({ state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' }));
    const aging = sheetNamed(state, 'Aging');
    state.activeSheetId = aging.id;
    state.active = { sheetId: aging.id, row: 5, column: 1, numRows: 1, numColumns: 1 };
    page = await openSidebar(readFileSync(join(projectDirectory(), 'Sidebar.html'), 'utf8'));
    await page.locator('.cd-card').waitFor();
    await expect.poll(() => page.locator('.cd-customer').textContent()).toBe(String(aging.cells.get('5,1')!.value));
    expect(calls).toContain('getDeskContext');
  });

  it('logs a call into the Call Log sheet, formula-looking notes as text', async () => {
    const log = sheetNamed(state, 'Call Log');
    const before = lastRowOf(log);
    await page.getByLabel('Outcome').selectOption('promise to pay');
    await page.getByLabel('Promised amount').fill('900');
    await page.getByLabel('Promised date').fill('2026-11-27');
    await page.getByLabel('Notes').fill('=pays Friday by transfer');
    await page.locator('.cd-log button[type=submit]').click();
    await expect.poll(() => lastRowOf(log)).toBe(before + 1);
    const notes = log.cells.get(`${before + 1},${CALL_LOG_COLUMNS.findIndex((c) => c.key === 'notes') + 1}`)!;
    expect(notes).toMatchObject({ value: '=pays Friday by transfer', formula: null, format: '@' });
    expect(calls.filter((c) => c === 'logCall')).toHaveLength(1);
  });

  it('follows the selection when the user moves to another row of the aging sheet', async () => {
    // After a logged call the desk moves on to the next debtor and selects its row: let it finish first.
    await expect.poll(() => calls.includes('selectAgingRow'), { timeout: 15_000 }).toBe(true);
    const aging = sheetNamed(state, 'Aging');
    const shown = await page.locator('.cd-customer').textContent();
    let row = 2;
    while (String(aging.cells.get(`${row},1`)!.value) === shown) row++;
    const other = String(aging.cells.get(`${row},1`)!.value);
    state.active = { sheetId: aging.id, row, column: 1, numRows: 1, numColumns: 1 };
    await expect.poll(() => page.locator('.cd-customer').textContent(), { timeout: 15_000 }).toBe(other);
    expect(calls).toContain('getSelectionKey');
  });

  it('opens a debtor picked from today’s queue by asking for that debtor alone, and selects their row', async () => {
    const aging = sheetNamed(state, 'Aging');
    const shown = await page.locator('.cd-customer').textContent();
    const queued = (await page.locator('.cd-nav optgroup').first().locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter((c) => c !== shown);
    const pick = queued[0]!;
    const asked = traffic.length;
    await page.locator('.cd-nav select').selectOption(pick);
    await expect.poll(() => page.locator('.cd-customer').textContent(), { timeout: 15_000 }).toBe(pick);
    const request = traffic.slice(asked).find((t) => t.name === 'getDeskContext')!;
    expect(request.args).toEqual([null, pick]);
    expect(request.bytes).toBeLessThan(20_000);
    await expect.poll(() => (state.active ? String(aging.cells.get(`${state.active.row},1`)!.value) : null), { timeout: 15_000 }).toBe(pick);
  });

  it('opened by "Log a call", puts the log form in front', async () => {
    startExecution(state).call('openLogForm');
    const p = await openSidebar(state.sidebars.at(-1)!.content);
    await expect.poll(() => p.evaluate(() => document.activeElement?.closest('.cd-log') !== null), { timeout: 15_000 }).toBe(true);
    await p.close();
  });
});
