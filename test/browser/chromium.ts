import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveFolder } from './static-server';

const PREVIEW = 'dist/preview';

/**
 * Debian's Chromium, headless, as root on a machine with no outside network: without the
 * background-networking flags it keeps trying to reach Google's hosts at every start.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Opens the preview at `url` with its workbook fixed by `seed` (`window.__calldeskPreview`), failing
 * the test on any page error, once every selector in `ready` (the desk's card by default) is shown.
 */
export async function openPreview(browser: Browser, url: string, seed: Record<string, unknown>, ready: readonly string[] = ['.cd-card']): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  p.on('pageerror', (e) => {
    throw e;
  });
  await p.addInitScript((s) => {
    (window as unknown as { __calldeskPreview: unknown }).__calldeskPreview = s;
  }, seed);
  await p.goto(url);
  for (const selector of ready) await p.locator(selector).waitFor();
  return p;
}

/** Where the browser suites save what they show, for a person to look at. */
export const SHOTS = 'test-artifacts/screenshots';

export interface PreviewSuite {
  readonly browser: Browser;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * What every browser suite starts with: the preview built (when dist/preview lacks it, or always
 * with `rebuild`, for a suite that must see today's sources), served over HTTP, one Chromium.
 */
export async function previewSuite(options: { rebuild?: boolean } = {}): Promise<PreviewSuite> {
  if (options.rebuild || !existsSync(`${PREVIEW}/index.html`)) {
    const path = '../../scripts/build/desk.mjs';
    await ((await import(/* @vite-ignore */ path)) as { buildDesk(o: { quiet: boolean }): Promise<void> }).buildDesk({ quiet: true });
  }
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveFolder(PREVIEW);
  const browser = await launchChromium();
  return {
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
