import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callLogHeaders } from '../../core/calllog/schema';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { SAMPLE_AGING_HEADERS } from '../../core/sample/sample-workbook';
import { projectDirectory, startExecution, topLevelNames } from './harness/apps-script';
import { useBuiltAddOn } from './harness/build';
import { addSheet, fillSheet, newSpreadsheet } from './harness/fake-apps-script';
import { cellsOf, rowValues, sheetNamed } from './harness/snapshot';
import { AGING_DATE_COLUMNS, sampleSpreadsheet } from './harness/workbook';
import { serialOf } from './harness/zone-clock';

useBuiltAddOn();

const AS_OF = new Date('2026-11-23T09:30:00Z');

/** A spreadsheet holding only the aging report someone pasted in. */
function agingOnly(timeZone = 'Europe/London') {
  const state = newSpreadsheet({ timeZone });
  fillSheet(addSheet(state, 'Receivables'), sampleSpreadsheet(AS_OF, { timeZone }).tables.aging, AGING_DATE_COLUMNS);
  return state;
}

const ITEMS = ['Open call desk', 'Log a call', 'Plan as of now', 'Set up'];

/** onOpen(e) as Sheets runs it: the event's authMode is the execution's own ScriptApp.AuthMode value. */
function open(state: ReturnType<typeof agingOnly>, authMode: 'NONE' | 'LIMITED' | 'FULL', trigger = 'onOpen') {
  const execution = startExecution(state, authMode === 'NONE' ? 'no-auth' : 'full');
  const event = execution.evaluate(`({ authMode: ScriptApp.AuthMode.${authMode} })`);
  execution.call(trigger, event);
  return state.menus.at(-1)!;
}

describe('the Call Desk menu', () => {
  it('in a script bound to the spreadsheet: a Call Desk menu of its own in the menu bar (createMenu)', () => {
    const state = agingOnly();
    const menu = open(state, 'LIMITED');
    expect(state.menus).toHaveLength(1);
    expect(menu).toMatchObject({ kind: 'top-level', caption: 'Call Desk' });
    expect(menu.items.map((i) => i.caption)).toEqual(ITEMS);
    // Every item calls a top-level function of Code.js.
    const names = topLevelNames(startExecution(state));
    for (const item of menu.items) expect(names).toContain(item.functionName);
  });

  it('as a published add-on, under Extensions (createAddonMenu), installed by the user or by the domain', () => {
    for (const source of ['WEB_STORE_ADD_ON', 'APPS_MARKETPLACE_DOMAIN_ADD_ON'] as const) {
      const state = agingOnly();
      state.installationSource = source;
      const menu = open(state, 'LIMITED');
      expect(menu.kind).toBe('add-on');
      expect(menu.items.map((i) => i.caption)).toEqual(ITEMS);
      // onInstall runs in AuthMode.FULL and builds the same menu at once.
      expect(open(state, 'FULL', 'onInstall')).toEqual(menu);
    }
  });

  it('before the add-on is used in this file (AuthMode.NONE, which only add-ons see), under Extensions without touching the spreadsheet', () => {
    const state = agingOnly();
    const menu = open(state, 'NONE');
    expect(menu.kind).toBe('add-on');
    expect(menu.items.map((i) => i.caption)).toEqual(ITEMS);
  });

  it('under Extensions when the installation source cannot be asked: that menu works for a bound script too', () => {
    const state = agingOnly();
    state.installationSource = 'unavailable';
    expect(open(state, 'LIMITED').kind).toBe('add-on');
  });

  it('speaks the user’s language', () => {
    const state = agingOnly();
    state.userLocale = 'pl';
    open(state, 'FULL', 'onInstall');
    expect(state.menus[0]!.items.map((i) => i.caption)).toEqual(['Otwórz panel rozmów', 'Zapisz rozmowę', 'Planuj na teraz', 'Konfiguracja']);
  });

  it('opens the shared call desk in the sidebar, and at its log form for "Log a call"', () => {
    const state = agingOnly();
    startExecution(state).call('openCallDesk');
    startExecution(state).call('openLogForm');
    const page = readFileSync(join(projectDirectory(), 'Sidebar.html'), 'utf8');
    expect(state.sidebars[0]).toEqual({ title: 'Call Desk', content: page });
    expect(state.sidebars[1]!.content.startsWith(page)).toBe(true);
    expect(state.sidebars[1]!.content.slice(page.length)).toBe('<meta name="ar-calldesk-start" content="log-form">');
  });
});

describe('Set up', () => {
  it('creates Settings, Call Log, the Aging named range and the Call plan with its formula and formats', () => {
    const state = agingOnly();
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');

    const settings = sheetNamed(state, 'Settings');
    const rows = settingsSheetRows('en');
    // An empty value is an empty cell.
    rows.forEach((row, r) => expect(rowValues(settings, r + 1, 3)).toEqual(row.map((v) => (v === '' ? null : v))));
    expect(settings.cells.get('3,2')?.format).toBe('@');

    const log = sheetNamed(state, 'Call Log');
    expect(rowValues(log, 1, 14)).toEqual([...callLogHeaders('en'), 'Request id']);
    expect(log.hiddenColumns.has(14)).toBe(true);

    const aging = sheetNamed(state, 'Receivables');
    expect(state.namedRanges.get('Aging')).toEqual({ sheetId: aging.id, row: 1, column: 1, numRows: aging.maxRows, numColumns: SAMPLE_AGING_HEADERS.length });

    const plan = sheetNamed(state, 'Call plan');
    expect(plan.cells.get('3,1')?.formula).toBe("=CALLPLAN(Aging, 'Call Log'!A:N, 'Settings'!A:C, $B$1)");
    const asOf = plan.cells.get('1,2')!;
    expect(asOf.isDate).toBe(true);
    expect(asOf.value).toBeCloseTo(serialOf(2026, 11, 23, 9, 30), 8);
    expect(plan.cells.get('4,6')?.format).toBe('yyyy-mm-dd hh:mm');
    expect(plan.cells.get('4,2')?.format).toBe('#,##0.00');
    expect(state.alerts[0]).toMatch(/Created: Settings, Call Log, Call plan/);
  });

  it('leaves everything that exists as it is when run again', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const before = state.sheets.map((s) => cellsOf(s));
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    state.sheets.slice(0, before.length).forEach((s, i) => expect(cellsOf(s)).toEqual(before[i]));
    expect(state.alerts[0]).toMatch(/Already there, left as they are: Settings, Call Log/);
    const again = state.sheets.map((s) => cellsOf(s));
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    state.sheets.forEach((s, i) => expect(cellsOf(s)).toEqual(again[i]));
  });

  it('says what to do when no aging sheet is recognised, and makes no Call plan', () => {
    const state = newSpreadsheet({ timeZone: 'Europe/London' });
    fillSheet(addSheet(state, 'Notes'), [['Shopping list'], ['milk']]);
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    expect(state.sheets.map((s) => s.name)).toEqual(['Notes', 'Settings', 'Call Log']);
    expect(state.alerts[0]).toMatch(/Name the range with your aging data "Aging"/);
  });

  it('"Plan as of now" moves the plan time forward; without a Call plan it says to run Set up', () => {
    const state = agingOnly();
    startExecution(state, 'full', { now: AS_OF }).call('planAsOfNow');
    expect(state.alerts[0]).toMatch(/run Call Desk > Set up first/);
    startExecution(state, 'full', { now: AS_OF }).call('setUpWorkbook');
    startExecution(state, 'full', { now: new Date('2026-11-23T13:15:00Z') }).call('planAsOfNow');
    expect(sheetNamed(state, 'Call plan').cells.get('1,2')?.value).toBeCloseTo(serialOf(2026, 11, 23, 13, 15), 8);
  });
});

describe('the desk for the sidebar', () => {
  it('plans the selected row’s customer and answers in JSON-safe values only', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const aging = sheetNamed(state, 'Aging');
    state.activeSheetId = aging.id;
    state.active = { sheetId: aging.id, row: 12, column: 2, numRows: 1, numColumns: 1 };
    const context = startExecution(state, 'full', { now: AS_OF }).call('getDeskContext') as { selected: string; asOf: string; debtor: { customer: string }; debtorCount: number };
    expect(context.selected).toBe(aging.cells.get('12,1')!.value);
    expect(context.debtor.customer).toBe(context.selected);
    expect(context.asOf).toBe(AS_OF.toISOString());
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
    expect(context.debtorCount).toBeGreaterThan(10);
  });

  it('answers in the language the collector picked in the desk, reasons included', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const context = startExecution(state, 'full', { now: AS_OF }).call('getDeskContext', 'pl') as { language: string; debtor: { reasons: string[] } };
    expect(context.language).toBe('pl');
    expect(context.debtor.reasons.join(' ')).toMatch(/dni po terminie/);
  });

  it('reads the aging data from the named range "Aging" wherever it points', () => {
    const state = agingOnly();
    const other = addSheet(state, 'Notes');
    fillSheet(other, [['nothing here']]);
    const receivables = sheetNamed(state, 'Receivables');
    state.namedRanges.set('Aging', { sheetId: receivables.id, row: 1, column: 1, numRows: receivables.maxRows, numColumns: 13 });
    state.activeSheetId = other.id;
    const context = startExecution(state, 'full', { now: AS_OF }).call('getDeskContext') as { debtorCount: number; layout: { headerRow: number } };
    expect(context.layout.headerRow).toBe(1);
    expect(context.debtorCount).toBeGreaterThan(10);
  });

  it('says how to point it at the aging data when it finds none', () => {
    const state = newSpreadsheet({ timeZone: 'Europe/London' });
    fillSheet(addSheet(state, 'Notes'), [['Shopping list'], ['milk']]);
    expect(() => startExecution(state).call('getDeskContext')).toThrow(/Name the range that holds it "Aging"/);
  });

  it('moves the selection to a customer’s row and reports where it is', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const aging = sheetNamed(state, 'Aging');
    const key = startExecution(state).call('selectAgingRow', 7);
    expect(state.active).toEqual({ sheetId: aging.id, row: 7, column: 1, numRows: 1, numColumns: 1 });
    expect(key).toBe(`${aging.id}:7`);
    expect(startExecution(state).call('getSelectionKey')).toBe(key);
    expect(startExecution(state).call('selectAgingRow', 'seven')).toBe(key);
  });
});
