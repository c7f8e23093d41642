import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../core/functions/catalog';
import { codeSource, projectDirectory, startExecution, topLevelNames } from './harness/apps-script';
import { useBuiltAddOn } from './harness/build';
// @ts-expect-error: a plain ES module of the build, without type declarations.
import { sidebarHtml } from '../../sheets-addon/build/sidebar-html.mjs';
import { newSpreadsheet } from './harness/fake-apps-script';

useBuiltAddOn();

const ENTRY_POINTS = ['onOpen', 'onInstall', 'openCallDesk', 'openLogForm', 'planAsOfNow', 'setUpWorkbook', 'getDeskContext', 'logCall', 'selectAgingRow', 'getSelectionKey'];
const ALLOWED_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'];

/** The JSDoc block written directly above `function NAME(`, or null. */
function jsDocAbove(source: string, name: string): { doc: string; params: string[] } | null {
  const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*\\nfunction ${name}\\(([^)]*)\\)`).exec(source);
  return m ? { doc: m[1]!, params: m[2]!.split(',').map((p) => p.trim()).filter(Boolean) } : null;
}

describe('Code.js as Apps Script loads it', () => {
  it('is a plain script: no import or export statements', () => {
    expect(() => new vm.Script(codeSource())).not.toThrow();
    expect(codeSource()).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares exactly the custom functions, the triggers, the menu items and the sidebar calls, plus the one bundle global', () => {
    const names = topLevelNames(startExecution(newSpreadsheet({ timeZone: 'Europe/Warsaw' })));
    expect(names.sort()).toEqual([...FUNCTIONS.map((f) => f.name), ...ENTRY_POINTS, 'ARCallDesk'].sort());
    const execution = startExecution(newSpreadsheet({ timeZone: 'Europe/Warsaw' }));
    // The bundle global is an object, not a function: google.script.run and the Run menu cannot reach its internals.
    expect(typeof execution.context.ARCallDesk).toBe('object');
    for (const name of names.filter((n) => n !== 'ARCallDesk')) expect(typeof execution.context[name]).toBe('function');
  });

  it('touches no Google service while loading (the fakes throw if it does), so onOpen never loses its menu', () => {
    // startExecution evaluates the whole file with every service armed to throw during the load.
    expect(() => startExecution(newSpreadsheet({ timeZone: 'America/New_York' }), 'no-auth')).not.toThrow();
  });

  it('puts @customfunction JSDoc, with the catalog’s parameter names in order, on every custom function', () => {
    for (const spec of FUNCTIONS) {
      const found = jsDocAbove(codeSource(), spec.name);
      expect(found, spec.name).not.toBeNull();
      expect(found!.doc).toContain('@customfunction');
      expect(found!.params).toEqual(spec.params.map((p) => p.name));
      const documented = [...found!.doc.matchAll(/@param \{[^}]*\} (\w+)/g)].map((m) => m[1]);
      expect(documented).toEqual(spec.params.map((p) => p.name));
    }
  });
});

describe('appsscript.json', () => {
  const manifest = () => JSON.parse(readFileSync(join(projectDirectory(), 'appsscript.json'), 'utf8'));

  it('asks for no scope beyond the current spreadsheet and its sidebar/menu', () => {
    const scopes: string[] = manifest().oauthScopes;
    expect(scopes.filter((s) => !ALLOWED_SCOPES.includes(s))).toEqual([]);
    expect(scopes.length).toBeGreaterThan(0);
  });

  it('runs on V8 and has no addOns section (that would make it a card add-on, without custom functions)', () => {
    expect(manifest().runtimeVersion).toBe('V8');
    expect(manifest().addOns).toBeUndefined();
  });
});

describe('Sidebar.html', () => {
  const html = () => readFileSync(join(projectDirectory(), 'Sidebar.html'), 'utf8');

  it('holds the whole call desk in one script element the HTML parser cannot end early', () => {
    const page = html();
    expect(page.match(/<script\b/gi)).toHaveLength(1);
    expect(page.match(/<\/script/gi)).toHaveLength(1);
    expect(page).not.toContain('<!--');
    const js = page.slice(page.indexOf('<script>') + '<script>'.length, page.lastIndexOf('</script>'));
    expect(() => new vm.Script(js)).not.toThrow();
    expect(js).toContain('getDeskContext');
  });

  it('inlines the sidebar styles and loads nothing from elsewhere', () => {
    const page = html();
    expect(page).toMatch(/<style>[\s\S]*\.cd-desk[\s\S]*<\/style>/);
    expect(page).not.toMatch(/<(script|link)[^>]+(src|href)=/i);
  });
});

describe('inlining a script into the sidebar page', () => {
  const page = (js: string, css = ''): string => (sidebarHtml as (o: { js: string; css: string; title: string }) => string)({ js, css, title: 'Call Desk' });
  const scriptOf = (html: string) => html.slice(html.indexOf('<script>') + 8, html.lastIndexOf('</script>'));

  it('rewrites every "<" that would end or escape the script element, without changing what the code means', () => {
    const js = 'var out = ["</script>", "<!-- x", "<SCRIPT src=y>", /<\\/script>/.test("</script>"), `<!--${1}`];';
    const safe = scriptOf(page(js));
    expect(safe).not.toMatch(/<\/script|<!--|<script/i);
    const run = (code: string) => vm.runInNewContext(`${code}; out`) as unknown[];
    expect(run(safe)).toEqual(run(js));
  });

  it('refuses CSS that would end the style element', () => {
    expect(() => page('', 'a::after { content: "</style>" }')).toThrow(/<\/style/);
  });
});
