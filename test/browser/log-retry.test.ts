/**
 * The retry flows of "Log call" in the preview, in real Chromium: an answer lost after the row was
 * written, a host that failed before writing, a desk that cannot be re-read after a confirmed
 * write, and a customer the aging sheet no longer lists. The preview's in-memory port injects the
 * faults (window.__calldeskPreview).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPreview, previewSuite, SHOTS, type PreviewSuite } from './chromium';
import { callLogHeaders } from '../../core/calllog/schema';
import { settingsSheetRows } from '../../core/settings/sheet-rows';

const NOW = '2026-11-23T10:00:00Z';

let browser: Browser;
let suite: PreviewSuite;
let page: Page;

type Seed = { fault?: string; contextError?: string; book?: { aging: unknown[][] } };
const seed = (p: Page, change: (s: Seed) => void) => p.evaluate(`(${change.toString()})(window.__calldeskPreview)`);
const logRows = (p: Page) => p.locator('.pv-log tbody tr').count();
const status = (p: Page) => p.locator('.cd-status');
const button = (p: Page) => p.locator('.cd-log button[type=submit]');

async function selectDebtor(p: Page, customer: string): Promise<void> {
  await p.locator('.pv-aging tbody tr', { hasText: customer }).first().locator('button.pv-pick').click();
  await expect.poll(async () => [await p.locator('.cd-customer').textContent(), await status(p).textContent()]).toEqual([customer, '']);
}

beforeAll(async () => {
  suite = await previewSuite({ rebuild: true });
  browser = suite.browser;
  page = await openPreview(browser, suite.url, { now: NOW, latencyMs: 50, hostLocale: 'en-GB' });
});

// A test that fails midway must not leave its fault for the next one.
afterEach(async () => {
  await seed(page, (s) => {
    delete s.fault;
    delete s.contextError;
  });
});

afterAll(async () => {
  await suite?.close();
});

describe('retrying "Log call" in the preview, in real Chromium', () => {
  it('a lost answer says "not sure", keeps the request id through an edit, and the retry is "already logged"', async () => {
    await selectDebtor(page, 'Crescent Fitness Studio');
    const before = await logRows(page);
    await seed(page, (s) => (s.fault = 'lose-answer'));
    await page.getByLabel('Notes').fill('pays Fridya');
    await button(page).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Not sure this call was logged: The answer from the host was lost\. Press “Check and log”/);
    expect(await status(page).getAttribute('class')).toContain('cd-warn');
    expect(await button(page).textContent()).toBe('Check and log');
    expect(await logRows(page)).toBe(before + 1); // it did land
    await page.locator('.pv-pane').screenshot({ path: `${SHOTS}/08-not-sure.png` });

    await seed(page, (s) => delete s.fault);
    await page.getByLabel('Notes').fill('pays Friday'); // the typo fixed: still the same call
    await button(page).click();
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^This call was already logged, in Call Log row ${before + 2}; nothing was written twice\\. Next: .+ Changes made in the form after the first try are not in that row`));
    expect(await logRows(page)).toBe(before + 1);
    expect(await page.locator('.cd-customer').textContent()).not.toBe('Crescent Fitness Studio');
    expect(await page.getByLabel('Notes').inputValue()).toBe('');
    expect(await button(page).textContent()).toBe('Log call');
    // The next press is a new call with a new id: it is written.
    await button(page).click();
    await expect.poll(() => logRows(page)).toBe(before + 2);
    // The desk re-reads after the write: the next test starts only once that answer is shown.
    await expect.poll(() => status(page).textContent()).toMatch(/^Logged in Call Log row /);
    expect(await page.getByLabel('Notes').inputValue()).toBe('');
  });

  it('a host that failed before writing: "not sure", and the retry writes the call once', async () => {
    const before = await logRows(page);
    await seed(page, (s) => (s.fault = 'fail-before'));
    await page.getByLabel('Notes').fill('asked for a statement');
    await button(page).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Not sure this call was logged: The host did not answer in time\./);
    expect(await logRows(page)).toBe(before);
    expect(await page.getByLabel('Notes').inputValue()).toBe('asked for a statement');
    await seed(page, (s) => delete s.fault);
    await button(page).click();
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^Logged in Call Log row ${before + 2}\\.`));
    expect(await logRows(page)).toBe(before + 1);
    expect((await page.locator('.pv-log tbody tr').last().textContent())!).toContain('asked for a statement');
  });

  it('a failed re-read after a confirmed write is a refresh problem, never "not logged"', async () => {
    const before = await logRows(page);
    const customer = await page.locator('.cd-customer').textContent();
    await seed(page, (s) => (s.contextError = 'The workbook is busy.'));
    await page.getByLabel('Notes').fill('refresh will fail');
    await button(page).click();
    await expect.poll(() => status(page).textContent()).toBe(`Logged in Call Log row ${before + 2}. The desk could not be re-read afterwards: The workbook is busy. Press Refresh.`);
    expect(await status(page).getAttribute('class')).toContain('cd-ok');
    expect(await logRows(page)).toBe(before + 1);
    expect(await page.locator('.cd-customer').textContent()).toBe(customer);
    expect(await page.getByLabel('Notes').inputValue()).toBe(''); // the logged call is not offered again
    await seed(page, (s) => delete s.contextError);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => status(page).textContent()).toBe('');
  });

  it('a customer the aging sheet no longer lists asks for confirmation in the form, then logs once', async () => {
    const book = {
      aging: [['Customer', 'Invoice', 'Due date', 'Amount'], ['Plain Customer Ltd', 'INV-2', 46310, 900]],
      callLog: [callLogHeaders('en')],
      settings: settingsSheetRows('en', { collectorTimeZone: 'Europe/London' }),
    };
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await p.addInitScript((s) => {
      (window as unknown as { __calldeskPreview: unknown }).__calldeskPreview = s;
    }, { now: NOW, latencyMs: 0, book });
    await p.goto(suite.url);
    await p.locator('.cd-card').waitFor();
    // Someone renames the debtor on the aging sheet while the desk still shows the old name.
    await seed(p, (s) => (s.book!.aging[1]![0] = 'Plain Customer Limited'));
    await button(p).click();
    await expect.poll(() => p.locator('.cd-notice').textContent()).toMatch(/^"Plain Customer Ltd" is not on the aging sheet\. Log this call anyway\?/);
    expect(await button(p).textContent()).toBe('Log anyway');
    expect(await logRows(p)).toBe(0);
    await p.locator('.pv-pane').screenshot({ path: `${SHOTS}/09-confirm-customer.png` });
    await button(p).click();
    await expect.poll(() => logRows(p)).toBe(1);
    await expect.poll(() => status(p).textContent()).toMatch(/^Logged in Call Log row 2\./);
    expect(await p.locator('.pv-log tbody tr td').nth(1).textContent()).toBe('Plain Customer Ltd');
    await p.close();
  });
});
