import { readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../core/functions/catalog';
import { buildAddinInto } from './built-addin';

const ORIGIN = 'https://calldesk.test';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

let browser: Browser;
let page: Page;
const errors: string[] = [];

interface PageWorkbook {
  wb: { sheets: { name: string; formulas: Map<string, string> }[] };
  actions: Record<string, (event: { completed: () => void }) => void>;
  timeline: string[];
  distribution: { mode: 'sideloaded' | 'marketplace'; shows: number };
  userShowsPane: () => void;
  functions: string[];
  customers: string[];
}

beforeAll(async () => {
  const out = await buildAddinInto(ORIGIN);
  const stub = await build({
    entryPoints: [fileURLToPath(new URL('./browser/office-host.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    alias: { 'office-addin-manifest': fileURLToPath(new URL('./browser/office-app-manifest-shim.ts', import.meta.url)) },
    logLevel: 'silent',
  });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: stub.outputFiles[0]!.text });
    if (url.startsWith(`${ORIGIN}/`)) {
      const file = join(out, new URL(url).pathname);
      if (existsSync(file)) return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.locator('.cd-card').waitFor({ timeout: 20_000 });
}, 90_000);

afterAll(async () => {
  await browser?.close();
});

const state = () =>
  page.evaluate(() => {
    const x = (globalThis as unknown as { __excel: PageWorkbook }).__excel;
    return {
      sheets: x.wb.sheets.map((s) => s.name),
      formulas: x.wb.sheets.flatMap((s) => [...s.formulas.values()]),
      actions: Object.keys(x.actions),
      functions: x.functions,
      customers: x.customers,
    };
  });

describe('the built task pane in Chromium, on office.js stand-in and a mock workbook', () => {
  it('loads functions.js in the same page: every function is associated and the desk shows the selected row’s debtor', async () => {
    const s = await state();
    expect([...s.functions].sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    expect(s.actions).toEqual(['showLogForm']);
    expect(s.customers).toContain(await page.locator('.cd-customer').textContent());
    // Sheet row 4 is selected: the third invoice line's customer.
    expect(await page.locator('.cd-customer').textContent()).toBe(s.customers[2]);
    expect(errors).toEqual([]);
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: 'test-artifacts/screenshots/excel-taskpane.png' });
  });

  it('logs a call into the workbook through the Excel port', async () => {
    await page.getByLabel('Outcome').selectOption('no answer');
    await page.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(() => page.locator('.cd-status').textContent()).toMatch(/row \d+/);
    const rows = await page.evaluate(() => {
      const x = (globalThis as unknown as { __excel: { wb: { sheet(n: string): { grid(): unknown[][] } } } }).__excel;
      return x.wb.sheet('Call Log').grid();
    });
    const last = rows.at(-1)!;
    expect(last[3]).toBe('no answer');
    expect(String(last[13])).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('the ribbon’s Log call command opens the log form and completes', async () => {
    const completed = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const x = (globalThis as unknown as { __excel: PageWorkbook }).__excel;
          x.actions.showLogForm!({ completed: () => resolve(true) });
        }),
    );
    expect(completed).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('form, .cd-log') !== null)).toBe(true);
  });

  it('associates the ribbon command at the top level of the script, before Office.onReady calls back', async () => {
    const timeline = await page.evaluate(() => (globalThis as unknown as { __excel: PageWorkbook }).__excel.timeline);
    expect(timeline.indexOf('associate showLogForm')).toBeGreaterThanOrEqual(0);
    expect(timeline.indexOf('associate showLogForm')).toBeLessThan(timeline.indexOf('onReady callback'));
  });

  it('published in the Marketplace, where showAsTaskpane is ignored, Log call opens the form as soon as the pane is shown', async () => {
    const inForm = () => page.evaluate(() => document.activeElement?.closest('form.cd-log') !== null);
    await page.locator('.cd-header button').first().focus();
    const completed = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const x = (globalThis as unknown as { __excel: PageWorkbook }).__excel;
          x.distribution.mode = 'marketplace';
          x.actions.showLogForm!({ completed: () => resolve(true) });
        }),
    );
    expect(completed).toBe(true);
    // The collector moves on (the pane is still hidden); later they press Call desk, which Office shows itself.
    await page.locator('.cd-header button').first().focus();
    expect(await inForm()).toBe(false);
    await page.evaluate(() => (globalThis as unknown as { __excel: PageWorkbook }).__excel.userShowsPane());
    await expect.poll(inForm).toBe(true);
    // Shown once, the press is settled: showing the pane again leaves the collector where they are.
    await page.locator('.cd-header button').first().focus();
    await page.evaluate(() => (globalThis as unknown as { __excel: PageWorkbook }).__excel.userShowsPane());
    await new Promise((r) => setTimeout(r, 300));
    expect(await inForm()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('Set up call plan creates the Call plan sheet with the formula, and the Dashboard', async () => {
    await page.getByRole('button', { name: 'Set up call plan' }).click();
    await expect.poll(() => page.locator('#ar-status').textContent()).toBe('The "Call plan" sheet is ready. The "Dashboard" sheet with the summary and its charts is ready.');
    const s = await state();
    expect(s.sheets).toContain('Call plan');
    expect(s.sheets).toContain('Dashboard');
    expect(s.formulas.some((f) => f.startsWith('=AR.CALLPLAN('))).toBe(true);
    expect(s.formulas.some((f) => f.startsWith('=AR.AGINGSUMMARY('))).toBe(true);
    expect(errors).toEqual([]);
  });
});
