import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPreview as openPreviewPage, previewSuite, SHOTS, type PreviewSuite } from './chromium';
import { planCalls } from '../../core/plan/plan-calls';
import { sampleWorkbook, SAMPLE_COLLECTOR_ZONE } from '../../core/sample/sample-workbook';
import { formatMoney } from '../../core/i18n/texts';

const NOW = '2026-11-23T10:00:00Z';

let browser: Browser;
let suite: PreviewSuite;

const openPreview = (seed: Record<string, unknown>): Promise<Page> => openPreviewPage(browser, suite.url, seed, ['.pv-dashboard', '.cd-card']);

/** What each chart tells a screen reader, and the bar labels and values a sighted user reads. */
const charts = (p: Page) =>
  p.locator('.pv-chart').evaluateAll((figures) =>
    figures.map((f) => {
      const svg = f.querySelector('svg')!;
      const named = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
      return {
        caption: f.querySelector('figcaption')?.textContent ?? '',
        role: svg.getAttribute('role'),
        named,
        labels: [...svg.querySelectorAll('.pv-bar-label')].map((t) => t.textContent),
        values: [...svg.querySelectorAll('.pv-bar-value')].map((t) => t.textContent),
        widths: [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width'))),
      };
    }),
  );

beforeAll(async () => {
  suite = await previewSuite();
  browser = suite.browser;
});

afterAll(async () => {
  await suite?.close();
});

describe('the preview’s Dashboard charts, in real Chromium', () => {
  it('draws the summary’s three tables as titled SVG charts whose bars and text alternatives carry its figures', async () => {
    const page = await openPreview({ now: NOW, latencyMs: 0, hostLocale: 'en-GB' });
    const book = sampleWorkbook(new Date(NOW));
    const s = planCalls({ ...book, asOf: new Date(NOW), hostTimeZone: SAMPLE_COLLECTOR_ZONE, hostLocale: 'en-GB' }).summary;
    const money = (x: number) => formatMoney(x, 'en');
    const drawn = await charts(page);
    expect(drawn.map((c) => c.caption)).toEqual(['Balance by risk class', 'Balance by days past due', 'Promised cash by week']);
    const expected = [
      s.byRisk.map((r) => [r.label, r.balance] as const),
      s.byAge.map((r) => [r.label, r.balance] as const),
      s.promisedByWeek.map((w) => [w.weekStart, w.amount] as const),
    ];
    drawn.forEach((c, i) => {
      expect(c.role).toBe('img');
      expect(c.named[0]).toBe(c.caption);
      expect(c.labels).toEqual(expected[i]!.map(([l]) => l));
      expect(c.values).toEqual(expected[i]!.map(([, v]) => money(v)));
      // The text alternative says every bar's figure.
      for (const [l, v] of expected[i]!) expect(c.named[1]).toContain(`${l} ${money(v)}`);
      // Bars are as long as their amounts, the largest the longest.
      const top = Math.max(...expected[i]!.map(([, v]) => v));
      const longest = Math.max(...c.widths);
      expected[i]!.forEach(([, v], j) => expect(c.widths[j]!).toBeCloseTo(top > 0 ? (Math.max(v, 0) / top) * longest : 0, 0));
    });
    // The sample book has money in most classes and bands, and promises ahead: not an empty picture.
    expect(drawn[0]!.widths.filter((w) => w > 0).length).toBeGreaterThanOrEqual(3);
    expect(s.balance).toBeGreaterThan(0);
    expect(await page.locator('.pv-dashboard .pv-note').textContent()).toMatch(/^Amounts in GBP\.|^The aging sheet names no currency\./);
    await page.locator('.pv-dash').screenshot({ path: `${SHOTS}/10-dashboard-charts.png` });
    await page.screenshot({ path: `${SHOTS}/11-preview-with-dashboard.png` });
    await page.close();
  });

  it('follows the data: a promise logged at the desk shows up as cash in its week', async () => {
    const page = await openPreview({ now: NOW, latencyMs: 0, hostLocale: 'en-GB' });
    const weekOf = async () => (await charts(page))[2]!;
    const before = await weekOf();
    const customer = 'Crescent Fitness Studio';
    await page.locator('.pv-aging tbody tr', { hasText: customer }).first().locator('button.pv-pick').click();
    await expect.poll(() => page.locator('.cd-customer').textContent()).toBe(customer);
    await page.getByLabel('Outcome').selectOption('promise to pay');
    await page.getByLabel('Promised amount').fill('1000');
    await page.getByLabel('Promised date').fill('2026-12-02'); // the week starting Monday 30 November
    await page.getByRole('button', { name: 'Log call' }).click();
    const i = before.labels.indexOf('2026-11-30');
    const parse = (t: string | null | undefined) => Number(String(t).replace(/,/g, ''));
    await expect.poll(async () => parse((await weekOf()).values[i])).toBeGreaterThan(parse(before.values[i]));
    await page.close();
  });

  it('speaks the workbook’s language, and has no serious accessibility problem', async () => {
    const book = sampleWorkbook(new Date(NOW));
    book.settings = book.settings.map((row) => (row[0] === 'language' ? ['language', 'pl', row[2] ?? ''] : row));
    const page = await openPreview({ now: NOW, latencyMs: 0, hostLocale: 'en-GB', book });
    const drawn = await charts(page);
    expect(drawn.map((c) => c.caption)).toEqual(['Saldo według klasy ryzyka', 'Saldo według dni po terminie', 'Obiecane wpłaty według tygodni']);
    expect(drawn[1]!.labels.at(-2)).toBe('ponad 365 dni');
    expect(drawn[0]!.named[1]).toMatch(/^Jeden słupek na wiersz: niewymagalne /);
    await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('.pv-dash'), { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    console.log('dashboard axe violations:', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.locator('.pv-dash').screenshot({ path: `${SHOTS}/12-dashboard-charts-pl.png` });
    await page.close();
  });
});
