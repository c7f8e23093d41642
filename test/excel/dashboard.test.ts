import { describe, expect, it } from 'vitest';
import { sampleWorkbook } from '../../core/sample/sample-workbook';
import { DASHBOARD_CHARTS } from '../../core/summary/dashboard';
import { SUMMARY_LAYOUT } from '../../core/summary/spill';
import { SUMMARY_TEXTS } from '../../core/summary/texts';
import { runFunction } from '../../core/functions/run';
import { isFnError } from '../../core/functions/errors';
import { excelSerialFromDay } from '../../core/coerce/date';
import { wallTimeOf } from '../../core/time/zone';
import { createExcelDeskPort } from '../../excel-addin/port/excel-port';
import { FakeWorkbook } from './fake-workbook';

const asOf = new Date('2026-11-23T09:30:00Z');
const book = sampleWorkbook(asOf);

function sampleFirm(language?: string): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Aging', book.aging);
  wb.addSheet('Call Log', book.callLog);
  wb.addSheet('Settings', language ? [...book.settings, ['language', language]] : book.settings);
  wb.selection = { sheet: 'Aging', row: 0, col: 0 };
  return wb;
}
const portOn = (wb: FakeWorkbook) => createExcelDeskPort({ host: wb.host, now: () => asOf, chooseAging: async () => null, hostLocale: 'en-GB', hostTimeZone: 'Europe/London' });

describe('the Dashboard sheet', () => {
  it('holds =AR.AGINGSUMMARY over the Call plan’s ranges and plan time, next to three native charts over its spilled rows', async () => {
    const wb = sampleFirm();
    expect(await portOn(wb).setUpCallPlan()).toEqual({ created: true, dashboardCreated: true });
    const dash = wb.sheet('Dashboard');
    const planFormula = wb.sheet('Call plan').formulas.get('2,0')!;
    const formula = dash.formulas.get('2,0')!;
    // The same three ranges as the plan, and the plan's own time cell.
    expect(formula).toBe(planFormula.replace('=AR.CALLPLAN(', '=AR.AGINGSUMMARY(').replace(/,\$B\$1\)$/, ",'Call plan'!$B$1)"));
    expect(dash.get(0, 0)).toMatch(/plan time on the "Call plan" sheet \(B1\)/);
    expect(dash.format(0, 0)).toBe('@');

    expect(dash.charts.map((c) => [c.type, c.source, c.seriesBy, c.title.text, c.legend.visible])).toEqual([
      ['BarClustered', 'A5:B10', 'Columns', 'Balance by risk class', false],
      ['ColumnClustered', 'A13:B21', 'Columns', 'Balance by days past due', false],
      ['ColumnClustered', 'A24:B32', 'Columns', 'Promised cash by week', false],
    ]);
    // Side by side with the table, one under the other, never over it.
    expect(dash.charts.map((c) => c.position)).toEqual([
      { start: 'F3', end: 'M19' },
      { start: 'F21', end: 'M37' },
      { start: 'F39', end: 'M55' },
    ]);
    expect(dash.format(5, 1)).toBe('#,##0.00');
    expect(dash.format(2 + SUMMARY_LAYOUT.keptRate, 1)).toBe('0.0%');
  });

  it('charts exactly the heading and data rows the function spills there, not the totals', () => {
    const settings = [['Setting', 'Value'], ['collectorTimeZone', 'Europe/London']];
    const wall = wallTimeOf(asOf, 'Europe/London');
    const out = runFunction('AGINGSUMMARY', [book.aging, book.callLog, settings, excelSerialFromDay(wall.day, wall.minutes)], { dates: 'serial' });
    if (isFnError(out)) throw new Error(out.message);
    const rowOf = (sheetRow: number) => out[sheetRow - 3]!; // the formula is in A3
    const [risk, age, weeks] = DASHBOARD_CHARTS;
    expect(rowOf(risk!.firstRow)[0]).toBe(SUMMARY_TEXTS.riskClass.en);
    expect(rowOf(risk!.lastRow)[0]).toBe('dead');
    expect(rowOf(risk!.lastRow + 1)[0]).toBe(SUMMARY_TEXTS.total.en);
    expect(rowOf(age!.firstRow)[0]).toBe(SUMMARY_TEXTS.age.en);
    expect(rowOf(age!.lastRow)[0]).toBe('age unknown');
    expect(rowOf(weeks!.firstRow)[0]).toBe(SUMMARY_TEXTS.weekStart.en);
    expect(rowOf(weeks!.lastRow + 1)[0]).toBe(SUMMARY_TEXTS.later.en);
    // Every charted value is a number: a chart over text would draw nothing.
    for (const c of DASHBOARD_CHARTS) for (let r = c.firstRow + 1; r <= c.lastRow; r++) expect(typeof rowOf(r)[1]).toBe('number');
  });

  it('titles the charts and writes the note in the workbook’s language', async () => {
    const wb = sampleFirm('pl');
    await portOn(wb).setUpCallPlan();
    const dash = wb.sheet('Dashboard');
    expect(dash.charts.map((c) => c.title.text)).toEqual([SUMMARY_TEXTS.chartRisk.pl, SUMMARY_TEXTS.chartAge.pl, SUMMARY_TEXTS.chartWeeks.pl]);
    expect(dash.get(0, 0)).toMatch(/^Należności na czas planu/);
  });

  it('is made once: a second Set up adds no chart and changes nothing, and a Dashboard of the user’s own is never overwritten', async () => {
    const wb = sampleFirm();
    await portOn(wb).setUpCallPlan();
    const dash = wb.sheet('Dashboard');
    const before = { values: new Map(dash.values), formulas: new Map(dash.formulas), formats: new Map(dash.formats), charts: dash.charts.length };
    expect(await portOn(wb).setUpCallPlan()).toEqual({ created: false, dashboardCreated: false });
    expect({ values: dash.values, formulas: dash.formulas, formats: dash.formats, charts: dash.charts.length }).toEqual(before);
    expect(wb.sheets.filter((s) => s.name === 'Dashboard')).toHaveLength(1);

    const own = sampleFirm();
    own.addSheet('Dashboard', [['my KPIs', 42]]);
    expect(await portOn(own).setUpCallPlan()).toEqual({ created: true, dashboardCreated: false });
    expect(own.sheet('Dashboard').grid()).toEqual([['my KPIs', 42]]);
    expect(own.sheet('Dashboard').charts).toEqual([]);
  });

  it('a chart Excel fails to make leaves no half-made Dashboard behind: the next Set up makes it whole', async () => {
    const wb = sampleFirm();
    wb.failChartsAdd = 'GeneralException: the chart could not be created';
    await expect(portOn(wb).setUpCallPlan()).rejects.toThrow(/chart could not be created/);
    expect(wb.sheets.map((s) => s.name)).not.toContain('Dashboard');
    expect(wb.calls).toContain('delete sheet Dashboard');
    expect(await portOn(wb).setUpCallPlan()).toEqual({ created: false, dashboardCreated: true });
    expect(wb.sheet('Dashboard').charts).toHaveLength(3);
    expect(wb.sheet('Dashboard').formulas.get('2,0')).toMatch(/^=AR\.AGINGSUMMARY\(/);
  });

  it('adds the Dashboard to a workbook set up before it existed, leaving the Call plan as it is', async () => {
    const wb = sampleFirm();
    wb.addSheet('Call plan', [['my plan']]);
    expect(await portOn(wb).setUpCallPlan()).toEqual({ created: false, dashboardCreated: true });
    expect(wb.sheet('Call plan').grid()).toEqual([['my plan']]);
    expect(wb.sheet('Dashboard').charts).toHaveLength(3);
  });
});
