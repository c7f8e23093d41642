import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_CHARTS } from '../../core/summary/dashboard';
import { SUMMARY_LAYOUT } from '../../core/summary/spill';
import { SUMMARY_TEXTS } from '../../core/summary/texts';
import { projectDirectory, startExecution } from './harness/apps-script';
import { useBuiltAddOn } from './harness/build';
import { addSheet, fillSheet, newSpreadsheet, type SheetState } from './harness/fake-apps-script';
import { cellsOf, sheetNamed } from './harness/snapshot';
import { AGING_DATE_COLUMNS, sampleSpreadsheet } from './harness/workbook';

useBuiltAddOn();

const AS_OF = new Date('2026-11-23T09:30:00Z');

function agingOnly(language?: string) {
  const state = newSpreadsheet({ timeZone: 'Europe/London' });
  fillSheet(addSheet(state, 'Receivables'), sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' }).tables.aging, AGING_DATE_COLUMNS);
  if (language) fillSheet(addSheet(state, 'Settings'), [['Setting', 'Value'], ['language', language]]);
  return state;
}
const a1 = (sheet: SheetState, box: { sheetId: number; row: number; column: number; numRows: number; numColumns: number }) => {
  const col = (n: number) => String.fromCharCode(64 + n);
  expect(box.sheetId).toBe(sheet.id);
  return `${col(box.column)}${box.row}:${col(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
};

describe('Set up makes the Dashboard', () => {
  it('with =AGINGSUMMARY over the Call plan’s arguments and plan time, and three embedded charts over its spilled rows', () => {
    const state = agingOnly();
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    const dash = sheetNamed(state, 'Dashboard');
    const planFormula = sheetNamed(state, 'Call plan').cells.get('3,1')!.formula!;
    expect(dash.cells.get('3,1')?.formula).toBe("=AGINGSUMMARY(Aging, 'Call Log'!A:N, 'Settings'!A:C, 'Call plan'!$B$1)");
    // The very arguments of the plan: one place says where the data is.
    expect(planFormula).toBe("=CALLPLAN(Aging, 'Call Log'!A:N, 'Settings'!A:C, $B$1)");
    expect(dash.cells.get('1,1')).toMatchObject({ format: '@', value: expect.stringMatching(/plan time on the "Call plan" sheet \(B1\)/) });

    expect(dash.charts.map((c) => [c.type, c.ranges.map((b) => a1(dash, b)), c.numHeaders, c.options.title, c.options.legend])).toEqual([
      ['BAR', ['A5:B10'], 1, 'Balance by risk class', { position: 'none' }],
      ['COLUMN', ['A13:B21'], 1, 'Balance by days past due', { position: 'none' }],
      ['COLUMN', ['A24:B32'], 1, 'Promised cash by week', { position: 'none' }],
    ]);
    expect(dash.charts.map((c) => c.position)).toEqual(DASHBOARD_CHARTS.map((c) => ({ row: c.anchorRow, column: 6, offsetX: 0, offsetY: 0 })));
    expect(dash.cells.get('6,2')?.format).toBe('#,##0.00');
    expect(dash.cells.get(`${3 + SUMMARY_LAYOUT.keptRate},2`)?.format).toBe('0.0%');
    expect(state.alerts[0]).toMatch(/Created: .*Call plan, Dashboard\./);
  });

  it('asks for no new permission: the charts are the Spreadsheet service’s, under the scopes the add-on had', () => {
    const manifest = JSON.parse(readFileSync(join(projectDirectory(), 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
    // No use of the Charts service (its enums): the typed builders name the chart type.
    expect(readFileSync(join(projectDirectory(), 'Code.js'), 'utf8')).not.toMatch(/\bCharts\./);
  });

  it('titles the charts in the spreadsheet’s language', () => {
    const state = agingOnly('zh-CN');
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    expect(sheetNamed(state, 'Dashboard').charts.map((c) => c.options.title)).toEqual([SUMMARY_TEXTS.chartRisk['zh-CN'], SUMMARY_TEXTS.chartAge['zh-CN'], SUMMARY_TEXTS.chartWeeks['zh-CN']]);
  });

  it('once: a second run adds no chart and changes no cell; a Dashboard of the user’s own is left alone', () => {
    const state = agingOnly();
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    const dash = sheetNamed(state, 'Dashboard');
    const before = { cells: cellsOf(dash), charts: JSON.stringify(dash.charts) };
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    expect({ cells: cellsOf(dash), charts: JSON.stringify(dash.charts) }).toEqual(before);
    expect(state.sheets.filter((s) => s.name === 'Dashboard')).toHaveLength(1);
    expect(state.alerts[1]).toMatch(/left as they are: .*Dashboard/);

    const own = agingOnly();
    const mine = addSheet(own, 'Dashboard');
    fillSheet(mine, [['my KPIs', 42]]);
    const mineBefore = cellsOf(mine);
    startExecution(own, 'full', { now: AS_OF }).call('setUpWorkbook');
    expect(cellsOf(mine)).toEqual(mineBefore);
    expect(mine.charts).toEqual([]);
  });

  it('a chart the host fails to insert leaves no half-made Dashboard: the next Set up makes it whole', () => {
    const state = agingOnly();
    state.faults.add('Sheet.insertChart');
    expect(() => startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook')).toThrow(/Service Spreadsheets failed/);
    expect(state.sheets.map((s) => s.name)).not.toContain('Dashboard');
    expect(state.sheets.map((s) => s.name)).toContain('Call plan');
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    expect(sheetNamed(state, 'Dashboard').charts).toHaveLength(3);
    expect(sheetNamed(state, 'Dashboard').cells.get('3,1')?.formula).toMatch(/^=AGINGSUMMARY\(/);
  });

  it('is not made without aging data, like the Call plan', () => {
    const state = newSpreadsheet({ timeZone: 'Europe/London' });
    fillSheet(addSheet(state, 'Notes'), [['Shopping list'], ['milk']]);
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    expect(state.sheets.map((s) => s.name)).not.toContain('Dashboard');
  });

  it('the Dashboard is never read as aging data', () => {
    const state = agingOnly();
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    const dash = sheetNamed(state, 'Dashboard');
    state.activeSheetId = dash.id;
    state.active = { sheetId: dash.id, row: 6, column: 1, numRows: 1, numColumns: 1 };
    const context = startExecution(state, 'full', { now: AS_OF }).call('getDeskContext') as { debtorCount: number; layout: { headerRow: number } };
    expect(context.layout.headerRow).toBe(1);
    expect(context.debtorCount).toBeGreaterThan(10);
  });
});
