import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectDirectory } from './harness/apps-script';
import { useBuiltAddOn } from './harness/build';
// @ts-expect-error: a plain .mjs module of the build scripts, without type declarations
import { ensureClasp } from '../../scripts/lib/clasp-tool.mjs';

useBuiltAddOn();

describe('.clasp.json.example', () => {
  it('makes clasp 3 push exactly Code.js, Sidebar.html and appsscript.json from dist/sheets', () => {
    // The build sits in <folder>/dist/sheets, as in the repository; the example goes next to it.
    const root = dirname(dirname(projectDirectory()));
    copyFileSync('.clasp.json.example', join(root, '.clasp.json'));
    const out = execFileSync(process.execPath, [ensureClasp({ quiet: true }), 'show-file-status', '--json'], { cwd: root, encoding: 'utf8' });
    const status = JSON.parse(out) as { filesToPush: string[]; untrackedFiles: string[] };
    expect(status.filesToPush.sort()).toEqual(['dist/sheets/Code.js', 'dist/sheets/Sidebar.html', 'dist/sheets/appsscript.json']);
    expect(status.untrackedFiles).toEqual([]);
  });
});
