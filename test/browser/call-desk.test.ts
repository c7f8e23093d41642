import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPreview as openPreviewPage, previewSuite, SHOTS, type PreviewSuite } from './chromium';
import { callLogHeaders } from '../../core/calllog/schema';
import { settingsSheetRows } from '../../core/settings/sheet-rows';

// One Chromium for the file, one page per workbook, reused across the scenarios in order.
const NOW = '2026-11-23T10:00:00Z'; // a Monday morning in London
const XSS = '<img src=x onerror=alert(1)>';

let browser: Browser;
let suite: PreviewSuite;
let page: Page;

/** The desk build script (plain ESM, untyped). */
async function deskBuild(): Promise<{ buildDesk(o: { quiet: boolean }): Promise<void>; sidebarBundle(): Promise<{ files: { name: string; text: string }[]; raw: number; gzip: number }> }> {
  const path = '../../scripts/build/desk.mjs';
  return import(/* @vite-ignore */ path);
}

const openPreview = (seed: Record<string, unknown>): Promise<Page> => openPreviewPage(browser, suite.url, seed);

const shot = (p: Page, name: string) => p.screenshot({ path: `${SHOTS}/${name}.png` });
/** The task pane alone, scrolled to the part of the desk the state is about. */
async function paneShot(p: Page, name: string, part: string): Promise<void> {
  await p.locator(part).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await p.locator('.pv-pane').screenshot({ path: `${SHOTS}/${name}.png` });
}
const logRows = (p: Page) => p.locator('.pv-log tbody tr').count();
const agingRowOf = (p: Page, customer: string) => p.locator('.pv-aging tbody tr', { hasText: customer }).first();

async function selectDebtor(p: Page, customer: string): Promise<void> {
  await agingRowOf(p, customer).locator('button.pv-pick').click();
  await expect.poll(async () => [await p.locator('.cd-customer').textContent(), await p.locator('.cd-status').textContent()]).toEqual([customer, '']);
}

beforeAll(async () => {
  suite = await previewSuite();
  browser = suite.browser;
  page = await openPreview({ now: NOW, latencyMs: 150, hostLocale: 'en-GB' });
});

afterAll(async () => {
  await suite?.close();
});

describe('the call desk in the preview, in real Chromium', () => {
  it('opens on the first debtor of today’s queue and reports how long the card took', async () => {
    const first = await page.locator('.cd-nav select option').first().textContent();
    expect(first).toMatch(/^1\. /);
    expect(await page.locator('.cd-customer').textContent()).toBe(first!.slice(3));
    const renderMs = Number(await page.locator('.pv-sidebar-root').getAttribute('data-render-ms'));
    // A figure, not a verdict: a loaded machine must not fail a test (the target, 100 ms, is
    // printed beside it; `npm run bench` is where speed is judged).
    console.log(`debtor card render after data: ${renderMs} ms (target under 100 ms)`);
    expect(Number.isFinite(renderMs) && renderMs > 0).toBe(true);
    await expect.poll(() => page.locator('.pv-aging thead th.pv-fn').allTextContents()).toEqual(['Risk class', 'Escalation', 'Call priority', 'Next call']);
    // The narrowest task pane: 300 px including its scroll bar; nothing may stick out sideways.
    await page.addStyleTag({ content: '.pv-pane { width: 300px !important; box-sizing: border-box; }' });
    const pane = await page.locator('.pv-pane').evaluate((el) => ({ width: el.getBoundingClientRect().width, scroll: el.scrollWidth, client: el.clientWidth }));
    expect(pane.width).toBe(300);
    expect(pane.scroll).toBeLessThanOrEqual(pane.client);
    await shot(page, '01-open');
  });

  it('shows the script of the selected debtor’s stage, filled from its data', async () => {
    await selectDebtor(page, 'Greenleaf Pharmacy');
    expect(await page.locator('.cd-script').getAttribute('data-stage')).toBe('0');
    expect(await page.locator('.cd-script [data-step="purpose"]').textContent()).toContain('INV-2313');
    expect(await page.locator('.cd-script [data-step="purpose"]').textContent()).toContain('courtesy call');

    await selectDebtor(page, 'Crescent Fitness Studio');
    expect(await page.locator('.cd-script').getAttribute('data-stage')).toBe('3');
    const theme = (await page.locator('.cd-script [data-step="theme"]').textContent())!;
    expect(theme).toMatch(/late interest|stop supply|final notice/);
    expect(theme).not.toMatch(/court|collection agency/); // not allowed by the sample's Settings
    expect(await page.locator('.cd-check').textContent()).toContain('broken promise');
    expect(await page.locator('.cd-history').textContent()).toContain('broken');
    await paneShot(page, '02-stage-script', '.cd-check');
  });

  it('finds the cheque rebuttal whatever language the collector types in', async () => {
    const input = page.locator('.cd-combo input');
    for (const word of ['cheque', '支票', 'czek']) {
      await input.fill(word);
      await expect.poll(() => page.locator('.cd-options [role=option]').first().textContent()).toBe('The cheque is in the post');
      await input.press('Enter');
      await expect.poll(() => page.locator('.cd-rebuttal').getAttribute('data-rebuttal')).toBe('cheque-in-post');
    }
    expect(await page.locator('.cd-rebuttal').textContent()).toContain('cheque number');
    await input.fill('pay');
    await input.press('ArrowDown');
    await paneShot(page, '03-rebuttal', '.cd-finder');
    await input.fill('');
  });

  it('reads hurried typing: a verb is not the cheque, the start of a word is enough', async () => {
    const input = page.locator('.cd-combo input');
    for (const [typed, id] of [['I need to check with my boss', 'not-decision-maker'], ['老板出差了', 'decision-maker-away'], ['we wired it', 'already-paid'], ['bankru', 'insolvency-or-lawyer']] as const) {
      await input.fill(typed);
      await input.press('Enter');
      await expect.poll(() => page.locator('.cd-rebuttal').getAttribute('data-rebuttal')).toBe(id);
    }
    await input.fill('');
  });

  it('logs a promise: one new Call Log row, a written confirmation, the next debtor, and a new next call', async () => {
    await selectDebtor(page, 'Crescent Fitness Studio');
    const before = await logRows(page);
    const nextCallBefore = await agingRowOf(page, 'Crescent Fitness Studio').locator('td.pv-fn').nth(3).textContent();
    await page.getByLabel('Outcome').selectOption('promise to pay');
    await page.getByLabel('Promised amount').fill('2475');
    await page.getByLabel('Promised date').fill('2026-11-27');
    await page.getByLabel('Notes').fill('=pays Friday by transfer');
    await page.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(() => logRows(page)).toBe(before + 1);
    const last = page.locator('.pv-log tbody tr').last();
    expect(await last.textContent()).toContain('Crescent Fitness Studio');
    expect(await last.textContent()).toContain('promise to pay');
    expect(await last.textContent()).toContain('2026-11-27');
    expect(await last.textContent()).toContain('=pays Friday'); // typed text kept as typed, never a formula
    await expect.poll(() => page.locator('.cd-status').textContent()).toContain(`row ${before + 2}`);
    const letter = await page.locator('.cd-confirmation textarea').inputValue();
    expect(letter).toContain('2,475.00');
    expect(letter).toContain('Fri 27 Nov 2026');
    expect(await page.locator('.cd-customer').textContent()).not.toBe('Crescent Fitness Studio');
    const nextCallAfter = await agingRowOf(page, 'Crescent Fitness Studio').locator('td.pv-fn').nth(3).textContent();
    expect(nextCallAfter).not.toBe(nextCallBefore);
    expect(nextCallAfter! >= '2026-11-28').toBe(true); // the morning after the promised day, not before
    await shot(page, '04-logged-promise');
    await paneShot(page, '04b-confirmation', '.cd-desk');
  });

  it('logs a call with the keyboard alone', async () => {
    const before = await logRows(page);
    const customer = await page.locator('.cd-customer').textContent();
    await page.locator('.cd-nav select').focus();
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('.cd-log') !== null && document.activeElement?.tagName === 'SELECT')) && guard++ < 80) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('no answer');
    await page.keyboard.press('ArrowDown'); // no answer → voicemail
    guard = 0;
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Log call' && guard++ < 30) await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none'); // focus is visible
    await page.keyboard.press('Enter');
    await expect.poll(() => logRows(page)).toBe(before + 1);
    const last = (await page.locator('.pv-log tbody tr').last().textContent())!;
    expect(last).toContain(customer!);
    expect(last).toContain('voicemail');
  });

  it('writes exactly one row when Log call is double-clicked', async () => {
    const before = await logRows(page);
    const button = page.locator('.cd-log button[type=submit]');
    await button.dblclick();
    await expect.poll(() => logRows(page)).toBe(before + 1);
    await expect.poll(() => page.locator('.cd-log button[type=submit]').isEnabled()).toBe(true);
    expect(await logRows(page)).toBe(before + 1);
  });

  it('shows a host error plainly, writes nothing and keeps what was typed', async () => {
    const before = await logRows(page);
    const problem = 'The Call Log sheet is protected: unprotect it (Review > Unprotect Sheet) and log the call again.';
    await page.evaluate((message) => (window.__calldeskPreview!.hostError = message), problem);
    await page.getByLabel('Notes').fill('asked for a statement');
    await page.locator('.cd-log button[type=submit]').click();
    await expect.poll(() => page.locator('.cd-status').textContent()).toBe(`The call was NOT logged: ${problem}`);
    expect(await page.locator('.cd-status').getAttribute('class')).toContain('cd-error');
    expect(await page.getByLabel('Notes').inputValue()).toBe('asked for a statement');
    expect(await page.locator('.cd-log button[type=submit]').isEnabled()).toBe(true);
    expect(await logRows(page)).toBe(before);
    await page.evaluate(() => delete window.__calldeskPreview!.hostError);
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    console.log('axe violations:', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('switches language: Polish and Chinese labels, scripts and rebuttals', async () => {
    await page.getByLabel('Language').selectOption('pl');
    await expect.poll(() => page.locator('.cd-log button[type=submit]').textContent()).toBe('Zapisz rozmowę');
    expect(await page.locator('.cd-desk').getAttribute('lang')).toBe('pl');
    await expect.poll(() => page.locator('.cd-why li').first().textContent()).toMatch(/dni po terminie|Nic nie jest zaległe/); // the plan's reasons too
    expect(await page.locator('.cd-script [data-step="ask"]').textContent()).toContain('Czy mogą Państwo dziś zapłacić'); // no Title column in the sample: the neutral form
    await page.locator('.cd-combo input').fill('czek');
    await page.locator('.cd-combo input').press('Enter');
    expect(await page.locator('.cd-rebuttal h4').textContent()).toBe('Czek jest już w drodze');
    await paneShot(page, '05-polish', '.cd-script');
    await page.locator('.cd-tools select').selectOption('zh-CN');
    await expect.poll(() => page.locator('.cd-log button[type=submit]').textContent()).toBe('记录通话');
    await expect.poll(() => page.locator('.cd-why li').first().textContent()).toMatch(/逾期|暂无逾期/);
    await paneShot(page, '06-chinese', '.cd-script');
    await page.locator('.cd-tools select').selectOption('en');
  });

  it('renders a customer named like HTML as text, never as markup', async () => {
    const aging = [
      ['Customer', 'Invoice', 'Due date', 'Amount', 'Contact person'],
      [XSS, '<b>INV-1</b>', 46300, 1500, '"><script>alert(2)</script>'],
      ['Plain Customer Ltd', 'INV-2', 46310, 900, 'Ann'],
    ];
    const dialogs: string[] = [];
    const p = await openPreview({ now: NOW, latencyMs: 0, book: { aging, callLog: [callLogHeaders('en')], settings: settingsSheetRows('en', { collectorTimeZone: 'Europe/London' }) } });
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await selectDebtor(p, XSS);
    expect(await p.locator('.cd-card img').count()).toBe(0);
    expect(await p.locator('.cd-desk script').count()).toBe(0);
    expect(await p.locator('.cd-invoices td').first().textContent()).toBe('<b>INV-1</b>');
    expect(await p.locator('.cd-meta').textContent()).toContain('<script>');
    await p.getByLabel('Outcome').selectOption('refused');
    await p.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(() => p.locator('.pv-log tbody tr').count()).toBe(1);
    expect(await p.locator('.pv-log tbody tr td').nth(1).textContent()).toBe(XSS);
    expect(dialogs).toEqual([]);
    await paneShot(p, '07-html-name-as-text', '.cd-desk');
    await p.close();
  });

  it('keeps the sidebar bundle small and safe to inline into one HTML page', async () => {
    const size = await (await deskBuild()).sidebarBundle();
    expect(size.files.map((f) => f.name).sort()).toEqual(['sidebar.css', 'sidebar.js']);
    for (const f of size.files) {
      expect(f.text).not.toMatch(/<\/script/i);
      expect(f.text).not.toContain('<!--');
    }
    console.log(`sidebar bundle: ${(size.raw / 1024).toFixed(1)} KiB, ${(size.gzip / 1024).toFixed(1)} KiB gzipped`);
    // About 20 KiB of it is the excuse finder's keywords in three languages (≈ 3,800 phrases): the
    // desk answers what a collector types without a round trip to the host on each keystroke.
    // Payment plans (form, card table, letter, messages in three languages) add about 3.5 KiB; the
    // Instalments cell reader stays out of the bundle (core/calllog/instalments-cell.ts).
    expect(size.gzip).toBeLessThan(90 * 1024);
  });
});
