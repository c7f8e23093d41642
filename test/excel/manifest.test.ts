import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../core/functions/catalog';
// @ts-expect-error: the manifest template is plain JavaScript without type declarations.
import { manifestXml } from '../../excel-addin/build/manifest.mjs';
import { buildAddinInto } from './built-addin';

/** An element of the manifest with its children in document order. */
interface Node {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: Node[];
  readonly text: string;
}

function parse(xml: string): Node {
  const raw = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: true }).parse(xml) as unknown[];
  const toNode = (entry: Record<string, unknown>): Node | null => {
    const name = Object.keys(entry).find((k) => k !== ':@')!;
    if (name === '#text' || name === '?xml') return null;
    const kids = (entry[name] as Record<string, unknown>[]) ?? [];
    const text = kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join('');
    return { name, attrs: (entry[':@'] as Record<string, string>) ?? {}, children: kids.map(toNode).filter((n): n is Node => n !== null), text };
  };
  return (raw as Record<string, unknown>[]).map(toNode).find((n) => n?.name === 'OfficeApp')!;
}

function child(node: Node, name: string): Node {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

function all(node: Node, predicate: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (predicate(node)) out.push(node);
  for (const c of node.children) all(c, predicate, out);
  return out;
}

/** Child element names must follow the schema's sequence (optional ones may be absent). */
function expectOrder(node: Node, sequence: readonly string[]): void {
  const names = node.children.map((c) => c.name);
  for (const name of names) expect(sequence, `<${name}> is not allowed in <${node.name}>`).toContain(name);
  const positions = names.map((n) => sequence.indexOf(n));
  expect(positions, `children of <${node.name}> out of schema order: ${names.join(', ')}`).toEqual([...positions].sort((a, b) => a - b));
}

const DEV = 'https://localhost:3000';
let out: string;
let xml: string;
let app: Node;

beforeAll(async () => {
  out = await buildAddinInto(DEV);
  xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
  app = parse(xml);
}, 60_000);

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is the file in the repository: the dev manifest is generated from the same template', () => {
    // After changing the template: node scripts/build.mjs --only excel && cp dist/excel/manifest.xml manifest.xml
    expect(readFileSync('manifest.xml', 'utf8'), 'manifest.xml differs from the template: copy dist/excel/manifest.xml over it').toBe(xml);
    expect(manifestXml(DEV)).toBe(xml);
  });

  it('has the required elements of a task pane add-in in schema order', () => {
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expectOrder(app, [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides',
    ]);
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions']) child(app, required);
    expect(child(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(app, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, 'Permissions').text).toBe('ReadWriteDocument');
    expect(child(child(app, 'Hosts'), 'Host').attrs.Name).toBe('Workbook');
  });

  it('wires the shared runtime: one resid for the runtime, the functions page, the function file and the task pane', () => {
    const sets = all(child(app, 'Requirements'), (n) => n.name === 'Set');
    expect(sets).toContainEqual(expect.objectContaining({ attrs: { Name: 'SharedRuntime', MinVersion: '1.1' } }));
    const host = child(child(child(app, 'VersionOverrides'), 'Hosts'), 'Host');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    expect(host.children[0]!.name).toBe('Runtimes');
    expectOrder(host, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const runtime = child(child(host, 'Runtimes'), 'Runtime');
    expect(runtime.attrs.lifetime).toBe('long');
    const functionsPoint = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(functionsPoint.attrs['xsi:type']).toBe('CustomFunctions');
    expectOrder(functionsPoint, ['Script', 'Page', 'Metadata', 'Namespace']);
    const desktop = child(host, 'DesktopFormFactor');
    expectOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    const showTaskpane = all(desktop, (n) => n.name === 'Action' && n.attrs['xsi:type'] === 'ShowTaskpane');
    expect(showTaskpane).toHaveLength(1);
    const same = [
      runtime.attrs.resid,
      child(child(functionsPoint, 'Page'), 'SourceLocation').attrs.resid,
      child(desktop, 'FunctionFile').attrs.resid,
      child(showTaskpane[0]!, 'SourceLocation').attrs.resid,
    ];
    expect(new Set(same)).toEqual(new Set(['Taskpane.Url']));
  });

  it('puts two buttons in a group on the Home tab: open the call desk, and log a call', () => {
    const tab = all(app, (n) => n.name === 'OfficeTab');
    expect(tab.map((t) => t.attrs.id)).toEqual(['TabHome']);
    const controls = all(tab[0]!, (n) => n.name === 'Control');
    expect(controls).toHaveLength(2);
    for (const c of controls) {
      expectOrder(c, ['Label', 'Supertip', 'Icon', 'Action']);
      expect(all(child(c, 'Icon'), (n) => n.name === 'bt:Image').map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
    }
    const actions = controls.map((c) => child(c, 'Action'));
    expect(actions[0]!.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(actions[1]!.attrs['xsi:type']).toBe('ExecuteFunction');
    expect(child(actions[1]!, 'FunctionName').text).toBe('showLogForm');
    // The task pane registers that name with Office.actions.associate.
    expect(readFileSync('excel-addin/taskpane/taskpane.ts', 'utf8')).toContain("Office.actions.associate('showLogForm'");
  });

  it('resolves every resid to a resource of the right kind, with the namespace AR', () => {
    const resources = child(child(app, 'VersionOverrides'), 'Resources');
    expectOrder(resources, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    const ids = (kind: string) => new Map(child(resources, kind).children.map((n) => [n.attrs.id!, n.attrs.DefaultValue!]));
    const images = ids('bt:Images');
    const urls = ids('bt:Urls');
    const shorts = ids('bt:ShortStrings');
    const longs = ids('bt:LongStrings');
    const users = all(app, (n) => n.attrs.resid !== undefined && n.name !== 'bt:String');
    expect(users.length).toBeGreaterThan(10);
    for (const n of users) {
      const resid = n.attrs.resid!;
      const kind =
        n.name === 'bt:Image' ? images : ['SourceLocation', 'FunctionFile', 'Runtime', 'LearnMoreUrl'].includes(n.name) ? urls : n.name === 'Description' ? longs : shorts;
      expect(kind.has(resid), `<${n.name} resid="${resid}"> does not resolve`).toBe(true);
    }
    const namespace = all(app, (n) => n.name === 'Namespace')[0]!;
    expect(shorts.get(namespace.attrs.resid!)).toBe('AR');
  });

  it('keeps strings within the schema limits (ShortString 125, LongString 250)', () => {
    const resources = child(child(app, 'VersionOverrides'), 'Resources');
    for (const s of child(resources, 'bt:ShortStrings').children) expect(s.attrs.DefaultValue!.length).toBeLessThanOrEqual(125);
    for (const s of child(resources, 'bt:LongStrings').children) expect(s.attrs.DefaultValue!.length).toBeLessThanOrEqual(250);
    expect(child(app, 'DisplayName').attrs.DefaultValue!.length).toBeLessThanOrEqual(125);
    expect(child(app, 'Description').attrs.DefaultValue!.length).toBeLessThanOrEqual(250);
    for (const u of child(resources, 'bt:Urls').children) expect(u.attrs.DefaultValue!.length).toBeLessThanOrEqual(2048);
  });

  it('points every URL at a file the build produced, all on one HTTPS origin', () => {
    const values = all(app, (n) => typeof n.attrs.DefaultValue === 'string' && n.attrs.DefaultValue.startsWith('http')).map((n) => n.attrs.DefaultValue!);
    expect(values.length).toBeGreaterThan(8);
    for (const value of values) {
      const url = new URL(value);
      expect(url.origin).toBe(DEV);
      expect(existsSync(join(out, url.pathname)), `${value} is not in the build`).toBe(true);
    }
    expect(all(app, (n) => n.name === 'AppDomain').map((n) => n.text)).toEqual([DEV]);
  });

  it('draws real icons at 16, 32 and 80 pixels', () => {
    for (const size of [16, 32, 80]) {
      const png = PNG.sync.read(readFileSync(join(out, `assets/icon-${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i + 3]! > 200) colours.add(png.data.readUInt32BE(i));
      expect(colours.size).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every function a help URL on the help page the build wrote', () => {
    const metadata = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as { functions: { id: string; helpUrl: string }[] };
    const help = readFileSync(join(out, 'help.html'), 'utf8');
    for (const f of metadata.functions) {
      expect(f.helpUrl).toBe(`${DEV}/help.html#${f.id}`);
      expect(help).toContain(`id="${f.id}"`);
    }
    expect(metadata.functions).toHaveLength(FUNCTIONS.length);
  });

  it('loads Office.js from Microsoft’s CDN and the functions before the task pane in the shared page', () => {
    const page = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const office = page.indexOf('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    const functions = page.indexOf('src="functions.js"');
    const pane = page.indexOf('src="taskpane.js"');
    expect(office).toBeGreaterThan(0);
    expect(functions).toBeGreaterThan(office);
    expect(pane).toBeGreaterThan(functions);
    expect(existsSync(join(out, 'taskpane.css'))).toBe(true);
  });
});

describe('manifest for the user’s own host (--base-url)', () => {
  it('points every URL and the app domain at that host', async () => {
    const base = 'https://calldesk.example.com/ar';
    const dir = await buildAddinInto(base);
    const own = readFileSync(join(dir, 'manifest.xml'), 'utf8');
    expect(XMLValidator.validate(own)).toBe(true);
    const tree = parse(own);
    const values = all(tree, (n) => typeof n.attrs.DefaultValue === 'string' && n.attrs.DefaultValue.startsWith('http')).map((n) => n.attrs.DefaultValue!);
    for (const v of values) expect(v.startsWith(`${base}/`)).toBe(true);
    expect(all(tree, (n) => n.name === 'AppDomain').map((n) => n.text)).toEqual(['https://calldesk.example.com']);
    expect(own).not.toContain('localhost');
  }, 60_000);
});
