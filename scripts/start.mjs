#!/usr/bin/env node
// The dev server of AR CallDesk (`npm start` builds first, then runs this):
//   https://localhost:3000/…          the Excel add-in from dist/excel/, at the dev manifest's URLs
//   https://localhost:3000/preview/…  the call desk preview from dist/preview/
// Certificates come from office-addin-dev-certs. When they cannot be installed the reason and the
// fix are printed and only the preview is served, over plain HTTP (Excel refuses add-ins over HTTP).
// Where a desktop Excel exists the dev manifest is sideloaded with office-addin-debugging, run
// through npx (scripts/sideload.mjs); the steps for Excel on the web are always printed.
//   node scripts/start.mjs [--port 3000] [--http] [--no-sideload]
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { sideload } from './sideload.mjs';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The file a URL path names, or null when it is outside the served folders or absent. */
export function fileFor(urlPath, dist, options = { excel: true }) {
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  const [folder, rest] = path === '/preview' || path.startsWith('/preview/') ? ['preview', path.slice('/preview'.length)] : ['excel', path];
  if (folder === 'excel' && !options.excel) return null;
  const base = resolve(dist, folder);
  let file = resolve(base, `.${rest || '/'}`);
  if (file !== base && !file.startsWith(base + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, folder === 'preview' ? 'index.html' : 'taskpane.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function handler(dist, options) {
  return (request, response) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? fileFor(request.url ?? '/', dist, options) : null;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(options.excel ? 'Not found. Run `npm run build` if dist/ is empty.' : 'Not found. Without HTTPS only /preview/ is served.');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // Excel on the web loads the add-in's pages and functions.json from another origin.
      'access-control-allow-origin': '*',
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  };
}

/**
 * Starts the server and resolves once it listens. `https` holds the key and certificate, or null for
 * plain HTTP (preview only). Port 0 picks a free port, as the tests do.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startDevServer({ port = 3000, https = null, dist = join(ROOT, 'dist') } = {}) {
  const serve = handler(dist, { excel: https !== null });
  const server = https ? createHttpsServer(https, serve) : createHttpServer(serve);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => {
      const actual = server.address().port;
      resolvePromise({
        url: `${https ? 'https' : 'http'}://localhost:${actual}`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** Key and certificate trusted for https://localhost, or the reason they could not be had. */
async function devCertificates() {
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    return { options: await getHttpsServerOptions() };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

function desktopExcelPresent() {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Excel.app');
  if (process.platform === 'win32') {
    return ['C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE', 'C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\EXCEL.EXE'].some(existsSync);
  }
  return false;
}

function webSteps(url) {
  return [
    'To use AR CallDesk in Excel on the web:',
    '  1. Open https://www.office.com, sign in, and open or create a workbook in Excel.',
    '  2. Home > Add-ins > More Add-ins (or Insert > Add-ins > My Add-ins) > Upload My Add-in.',
    `  3. Upload ${join(ROOT, 'manifest.xml')} (it loads from ${url}).`,
    '  4. The "AR CallDesk" group appears on the Home tab; type =AR.CALLPLAN( in a cell to try the functions.',
    '  Your browser must trust the localhost certificate: open ' + `${url}/taskpane.html once and accept it if asked.`,
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      http: { type: 'boolean', default: false },
      'no-sideload': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!existsSync(join(ROOT, 'dist/excel/manifest.xml'))) {
    console.error('dist/excel is missing: run `npm run build` (or `npm start`, which builds first).');
    process.exit(1);
  }

  let https = null;
  if (!values.http) {
    const certs = await devCertificates();
    if (certs.options) https = certs.options;
    else {
      console.error(`Could not install the development certificate for https://localhost: ${certs.reason}`);
      console.error(
        'Fix: run `npx office-addin-dev-certs install` in a terminal where you can approve the change ' +
          '(Windows asks to trust the certificate; macOS asks for your password; Linux needs sudo and ' +
          'update-ca-certificates or update-ca-trust), then `npm start` again.',
      );
      console.error('Until then only the call desk preview is served, over HTTP: Excel loads add-ins over HTTPS only.');
    }
  }

  const server = await startDevServer({ port, https });
  console.log(`AR CallDesk dev server on ${server.url}`);
  console.log(`  call desk preview: ${server.url}/preview/index.html`);
  if (!https) {
    console.log('  The Excel add-in is not served: Excel loads add-ins over HTTPS only (run without --http once certificates are installed).');
    return;
  }
  console.log(`  Excel task pane:   ${server.url}/taskpane.html`);

  if (!values['no-sideload'] && desktopExcelPresent()) {
    const failure = await sideload(server.port);
    if (failure) console.error(`Could not sideload into desktop Excel: ${failure}. Sideload by hand as the README says.`);
    else console.log('Sideloaded manifest.xml into Excel on this computer.');
  } else if (!values['no-sideload']) {
    console.log('No desktop Excel on this computer: nothing was sideloaded (`npm run sideload` does it where Excel is installed).');
  }
  console.log(webSteps(server.url));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
