import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the dev server is plain JavaScript without type declarations.
import { startDevServer } from '../../scripts/start.mjs';
import { buildAddinInto } from './built-addin';

const require = createRequire(import.meta.url);

interface Reply {
  status: number;
  type: string;
  body: Buffer;
}

function fetchWith(getter: typeof get | typeof httpGet, url: string, ca?: Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    getter(url, ca ? { ca } : {}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

let dist: string;
let ca: Buffer;
let server: { url: string; port: number; close: () => Promise<void> };

beforeAll(async () => {
  dist = dirname(await buildAddinInto());
  mkdirSync(join(dist, 'preview'), { recursive: true });
  writeFileSync(join(dist, 'preview', 'index.html'), '<!doctype html><title>preview</title>');
  // Certificates made by office-addin-dev-certs itself, kept in a temporary folder: nothing is installed.
  const certs = mkdtempSync(join(tmpdir(), 'ar-certs-'));
  const { generateCertificates } = require('office-addin-dev-certs');
  await generateCertificates(join(certs, 'ca.crt'), join(certs, 'localhost.crt'), join(certs, 'localhost.key'), 1, ['127.0.0.1', 'localhost']);
  ca = readFileSync(join(certs, 'ca.crt'));
  server = await startDevServer({ port: 0, dist, https: { ca, cert: readFileSync(join(certs, 'localhost.crt')), key: readFileSync(join(certs, 'localhost.key')) } });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('the dev server', () => {
  it('serves every file the manifest names over HTTPS, with a certificate from office-addin-dev-certs', async () => {
    const manifest = readFileSync(join(dist, 'excel', 'manifest.xml'), 'utf8');
    const paths = [...new Set([...manifest.matchAll(/https:\/\/localhost:3000(\/[^"<]*)/g)].map((m) => m[1]!))];
    expect(paths).toEqual(expect.arrayContaining(['/taskpane.html', '/functions.js', '/functions.json', '/help.html', '/assets/icon-80.png']));
    for (const path of paths) {
      const reply = await fetchWith(get, `${server.url}${path}`, ca);
      expect(reply.status, path).toBe(200);
      expect(reply.body.equals(readFileSync(join(dist, 'excel', path)))).toBe(true);
    }
    expect((await fetchWith(get, `${server.url}/functions.json`, ca)).type).toMatch(/application\/json/);
    expect((await fetchWith(get, `${server.url}/assets/icon-16.png`, ca)).type).toBe('image/png');
  });

  it('serves the call desk preview under /preview/', async () => {
    const reply = await fetchWith(get, `${server.url}/preview/index.html`, ca);
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toContain('preview');
  });

  it('serves nothing outside dist', async () => {
    expect((await fetchWith(get, `${server.url}/../package.json`, ca)).status).toBe(404);
    expect((await fetchWith(get, `${server.url}/%2e%2e/%2e%2e/package.json`, ca)).status).toBe(404);
    expect((await fetchWith(get, `${server.url}/nothing-here.js`, ca)).status).toBe(404);
  });

  it('without certificates serves only the preview, over HTTP', async () => {
    const plain = await startDevServer({ port: 0, dist, https: null });
    try {
      expect(plain.url.startsWith('http://')).toBe(true);
      expect((await fetchWith(httpGet, `${plain.url}/preview/index.html`)).status).toBe(200);
      expect((await fetchWith(httpGet, `${plain.url}/taskpane.html`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
