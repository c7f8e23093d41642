import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPreview, previewSuite, SHOTS, type PreviewSuite } from './chromium';

const NOW = '2026-11-23T10:00:00Z'; // a Monday morning in London
const CUSTOMER = 'Crescent Fitness Studio';

let browser: Browser;
let suite: PreviewSuite;
let page: Page;

async function selectDebtor(p: Page, customer: string): Promise<void> {
  await p.locator('.pv-aging tbody tr', { hasText: customer }).first().locator('button.pv-pick').click();
  await expect.poll(async () => [await p.locator('.cd-customer').textContent(), await p.locator('.cd-status').textContent()]).toEqual([customer, '']);
}

beforeAll(async () => {
  suite = await previewSuite();
  browser = suite.browser;
  page = await openPreview(browser, suite.url, { now: NOW, latencyMs: 50, hostLocale: 'en-GB' });
});

afterAll(async () => {
  await suite?.close();
});

describe('a payment plan through the call desk, in real Chromium', () => {
  it('refuses a plan of one instalment before anything is written, saying why', async () => {
    await selectDebtor(page, CUSTOMER);
    const rows = await page.locator('.pv-log tbody tr').count();
    await page.getByLabel('Outcome').selectOption('payment plan');
    await expect.poll(() => page.getByLabel('Promised amount').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(() => page.locator('.cd-status').textContent()).toBe('A payment plan needs its instalments: the amount, the first date, how many and how often.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Amount per instalment').getAttribute('id'));
    await page.getByLabel('Amount per instalment').fill('825');
    await page.getByLabel('First instalment').fill('2026-11-30');
    await page.getByLabel('Number of instalments').fill('1');
    await page.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(() => page.locator('.cd-status').textContent()).toBe('This payment plan cannot be logged: a plan has at least two instalments (one payment is a promise to pay).');
    expect(await page.locator('.pv-log tbody tr').count()).toBe(rows);
  });

  it('logs three monthly instalments: one Call Log row with the plan, a letter listing them, and the plan on the card', async () => {
    const rows = await page.locator('.pv-log tbody tr').count();
    await page.getByLabel('Number of instalments').fill('3');
    await page.getByLabel('Every').selectOption('month');
    await expect.poll(() => page.locator('.cd-plan-preview').textContent()).toBe('Instalments: Mon 30 Nov 2026 825.00; Wed 30 Dec 2026 825.00; Sat 30 Jan 2027 825.00');
    await page.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(() => page.locator('.pv-log tbody tr').count()).toBe(rows + 1);
    const last = await page.locator('.pv-log tbody tr').last().textContent();
    expect(last).toContain('payment plan');
    expect(last).toContain('3 × 825.00 every month from 2026-11-30');
    const letter = await page.locator('.cd-confirmation textarea').inputValue();
    expect(letter).toContain('As agreed, you will pay 2,475.00 in 3 instalments, by bank transfer:\n- Mon 30 Nov 2026: 825.00\n- Wed 30 Dec 2026: 825.00\n- Sat 30 Jan 2027: 825.00');
    expect(letter).toContain('If an instalment has not arrived by its date, I will call you the working day after.');
    await page.locator('.cd-desk').screenshot({ path: `${SHOTS}/plan-01-confirmation.png` });

    await selectDebtor(page, CUSTOMER);
    const plan = page.locator('section.cd-plan');
    expect(await plan.getByRole('heading').textContent()).toMatch(/^Payment plan agreed /);
    const table = plan.getByRole('table');
    expect(await table.locator('caption').textContent()).toBe('0 of 3 kept, 3 due, 0 missed · 2,475.00');
    expect(await table.getByRole('row').allTextContents()).toEqual(['DueAmountState', 'Mon 30 Nov 2026825.00due', 'Wed 30 Dec 2026825.00due', 'Sat 30 Jan 2027825.00due']);
    // Kept so far: no call before the day after the first instalment.
    const nextCall = await page.locator('.pv-aging tbody tr', { hasText: CUSTOMER }).first().locator('td.pv-fn').nth(3).textContent();
    expect(nextCall! >= '2026-12-01').toBe(true);
    await plan.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.locator('.pv-pane').screenshot({ path: `${SHOTS}/plan-02-card.png` });
  });

  it('shows the plan in Polish and Chinese', async () => {
    await page.locator('.cd-tools select').selectOption('pl');
    await expect.poll(() => page.locator('section.cd-plan caption').textContent()).toBe('zapłacone 0 z 3, do zapłaty 3, niezapłacone 0 · 2475,00');
    expect(await page.locator('section.cd-plan tbody tr').first().locator('td').last().textContent()).toBe('do zapłaty');
    await page.locator('.cd-tools select').selectOption('zh-CN');
    await expect.poll(() => page.locator('section.cd-plan caption').textContent()).toMatch(/^共 3 期：已付 0 期，待付 3 期，逾期 0 期 · /);
    await page.locator('.cd-tools select').selectOption('en');
  });
});
