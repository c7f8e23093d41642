import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPreview, previewSuite, SHOTS, type PreviewSuite } from './chromium';

const NOW = '2026-11-23T08:30:00Z'; // a Monday morning in London

let browser: Browser;
let suite: PreviewSuite;
let page: Page;

/** Each lane's calls as [collector, "HH:MM", customer], read from the page. */
async function lanes(p: Page): Promise<Record<string, { time: string; customer: string; top: number }[]>> {
  return p.locator('.pv-tl-lane').evaluateAll((sections) =>
    Object.fromEntries(
      sections.map((s) => [
        s.querySelector('h3')!.textContent!.replace(/ \(\d+\)$/, ''),
        [...s.querySelectorAll('.pv-tl-call')].map((b) => ({
          time: b.querySelector('.pv-tl-time')!.textContent!,
          customer: b.getAttribute('data-customer') ?? '',
          top: (b as HTMLElement).offsetTop,
        })),
      ]),
    ),
  );
}

beforeAll(async () => {
  suite = await previewSuite();
  browser = suite.browser;
  page = await openPreview(browser, suite.url, { now: NOW, latencyMs: 0, hostLocale: 'en-GB' });
});

afterAll(async () => {
  await suite?.close();
});

describe('the day’s agenda beside the Aging grid, in real Chromium', () => {
  it('shows one lane per collector of the sample, each call at its own time, in time order down the lane', async () => {
    const byCollector = await lanes(page);
    expect(Object.keys(byCollector)).toEqual(['Alex', 'Sam']);
    for (const calls of Object.values(byCollector)) {
      expect(calls.length).toBeGreaterThan(3);
      expect(new Set(calls.map((c) => c.time)).size).toBe(calls.length);
      for (let i = 1; i < calls.length; i++) expect(calls[i]!.top).toBeGreaterThan(calls[i - 1]!.top);
      for (const c of calls) expect(c.time >= '08:30').toBe(true);
    }
    // Owned accounts stay with their owner: the Shanghai debtors are Alex's, the large UK ones Sam's.
    expect(byCollector.Alex!.map((c) => c.customer)).toContain('上海瑞鑫贸易有限公司');
    expect(byCollector.Sam!.map((c) => c.customer)).toContain('Hollybush Care Homes');
    const aging = await page.locator('.pv-aging').boundingBox();
    const agenda = await page.locator('.pv-agenda').boundingBox();
    expect(agenda!.x).toBeGreaterThan(aging!.x + aging!.width - 1); // beside the grid, to its right
    await page.screenshot({ path: `${SHOTS}/10-agenda-timeline.png` });
  });

  it('a call’s block selects its debtor on the desk, and logging the call re-plans the agenda', async () => {
    const first = (await lanes(page)).Alex![0]!;
    await page.locator('.pv-tl-lane').first().locator('.pv-tl-call').first().click();
    await expect.poll(() => page.locator('.cd-customer').textContent()).toBe(first.customer);
    await page.getByLabel('Outcome').selectOption('promise to pay');
    await page.getByLabel('Promised amount').fill('1000');
    await page.getByLabel('Promised date').fill('2026-11-27');
    await page.getByRole('button', { name: 'Log call' }).click();
    // A promise to pay on Friday: no call before the morning after, so the debtor leaves today's agenda.
    await expect.poll(async () => Object.values(await lanes(page)).flat().some((c) => c.customer === first.customer)).toBe(false);
  });
});

describe('the desk follows one collector’s agenda', () => {
  it('once the collector says who they are: the queue shows each call’s time, Next and logging walk the agenda', async () => {
    const p = await openPreview(browser, suite.url, { now: NOW, latencyMs: 0, hostLocale: 'en-GB' });
    const sam = (await lanes(p)).Sam!;
    await p.getByLabel('Agenda of').selectOption('Sam');
    await expect.poll(() => p.locator('.cd-customer').textContent()).toBe(sam[0]!.customer);
    const options = await p.locator('.cd-nav optgroup').first().locator('option').allTextContents();
    expect(options).toEqual(sam.map((c, i) => `${i + 1}. ${c.time} ${c.customer}`));
    expect(await p.locator('.cd-nav optgroup').first().getAttribute('label')).toBe('Sam’s agenda');
    // The card leads with the agenda's time for this call, the time the timeline shows.
    expect(await p.locator('.cd-agenda-time strong').textContent()).toMatch(new RegExp(`^On the agenda: .*${sam[0]!.time} your time$`));
    await p.getByRole('button', { name: 'Next in queue' }).click();
    await expect.poll(() => p.locator('.cd-customer').textContent()).toBe(sam[1]!.customer);
    // Logging the call re-plans the day and opens the next call of Sam's agenda; the row names Sam.
    await p.getByLabel('Outcome').selectOption('no answer');
    await p.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(() => p.locator('.cd-customer').textContent()).toBe(sam[2]!.customer);
    expect(await p.locator('.pv-log tbody tr').last().textContent()).toContain('Sam');
    await p.locator('.pv-pane').screenshot({ path: `${SHOTS}/11-desk-agenda.png` });
    await p.close();
  });
});
