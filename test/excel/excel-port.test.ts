import { describe, expect, it } from 'vitest';
import type { CallLogEntry } from '../../core/calllog/entry';
import { callLogHeaders } from '../../core/calllog/schema';
import { buildDeskContext } from '../../core/desk/context';
import { sampleWorkbook } from '../../core/sample/sample-workbook';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import type { AgingCandidate } from '../../excel-addin/port/aging-source';
import { createExcelDeskPort } from '../../excel-addin/port/excel-port';
import { blanksKept, repeatsAsRowNumbers, structuredColumn } from '../../excel-addin/port/log-reference';
import { AGING_SOURCE_SETTING } from '../../excel-addin/port/workbook-names';
import { FakeWorkbook } from './fake-workbook';

const asOf = new Date('2026-11-23T09:30:00Z');
const book = sampleWorkbook(asOf);
const ZONE = 'Europe/London';

function portOn(workbook: FakeWorkbook, choose: (c: readonly AgingCandidate[]) => Promise<AgingCandidate | null> = async () => null) {
  return createExcelDeskPort({ host: workbook.host, now: () => asOf, chooseAging: choose, hostLocale: 'en-GB', hostTimeZone: ZONE });
}

/** A workbook as a small firm keeps it: aging, call log and settings as plain sheets. */
function sampleFirm(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Aging', book.aging);
  wb.addSheet('Call Log', book.callLog);
  wb.addSheet('Settings', book.settings);
  wb.selection = { sheet: 'Aging', row: 0, col: 0 };
  return wb;
}

/** The log's headers before payment plans added Instalments: what a log kept since then still has. */
const PRE_PLAN_HEADERS = callLogHeaders('en').filter((h) => h !== 'Instalments');

function call(overrides: Partial<CallLogEntry> = {}): CallLogEntry {
  return {
    time: '2026-11-23T09:41:00Z',
    customer: String(book.aging[1]![0]),
    collector: 'Alex',
    outcome: 'promise to pay',
    promisedAmount: 1200,
    promisedDate: '2026-11-27',
    callbackAt: null,
    excuse: 'cash flow',
    consequence: '',
    consequenceDate: null,
    balanceAtCall: 4250.5,
    notes: 'Will pay Friday',
    instalments: null,
    ...overrides,
  };
}

describe('reading the workbook for the call desk', () => {
  it('reads a plain aging sheet, the Call Log and Settings, and plans exactly what the core plans', async () => {
    const wb = sampleFirm();
    wb.selection = { sheet: 'Aging', row: 6, col: 2 };
    const desk = await portOn(wb).getContext();
    const expected = buildDeskContext({
      aging: wb.sheet('Aging').grid(),
      callLog: wb.sheet('Call Log').grid(),
      settings: wb.sheet('Settings').grid(),
      asOf,
      selectedRow: 7,
      hostLocale: 'en-GB',
      hostTimeZone: ZONE,
    });
    expect(desk).toEqual(expected);
    expect(desk.selected).toBe(book.aging[6]![0]);
    expect(desk.debtorCount).toBeGreaterThan(20);
  });

  it('reads a large sheet in slices of whole rows and gets the same desk', async () => {
    const wb = sampleFirm();
    wb.selection = { sheet: 'Aging', row: 6, col: 2 };
    const whole = await portOn(wb).getContext();
    const sliced = await createExcelDeskPort({ host: wb.host, now: () => asOf, chooseAging: async () => null, hostLocale: 'en-GB', hostTimeZone: ZONE, readLimits: { bytesPerRead: 400, firstRows: 3 } }).getContext();
    expect(sliced).toEqual(whole);
  });

  it('reads by bytes: a log whose later rows carry long Chinese notes is read whole, halving a slice Excel refuses', async () => {
    const note = '客户说财务下周一统一付款，已请其发邮件确认金额和日期，并约定周三上午十点回电'.repeat(4);
    const longLog = [...book.callLog, ...Array.from({ length: 300 }, (_, i) => book.callLog.slice(1)[i % (book.callLog.length - 1)]!.map((c, j) => (j === 11 ? note : c)))];
    const build = () => {
      const wb = new FakeWorkbook();
      wb.addSheet('Aging', book.aging);
      wb.addSheet('Call Log', longLog);
      wb.addSheet('Settings', book.settings);
      wb.selection = { sheet: 'Aging', row: 6, col: 2 };
      return wb;
    };
    const desktop = build();
    desktop.payloadLimit = null;
    const expected = await portOn(desktop).getContext();
    const web = build();
    web.payloadLimit = 30_000;
    // Sized on the short first rows, the next slice is too large for this limit: Excel refuses it.
    const port = createExcelDeskPort({ host: web.host, now: () => asOf, chooseAging: async () => null, hostLocale: 'en-GB', hostTimeZone: ZONE, readLimits: { bytesPerRead: 29_000, firstRows: 20 } });
    expect(await port.getContext()).toEqual(expected);
    expect(web.refused).toContain('ResponsePayloadSizeLimitExceeded');
    expect(web.refused.length).toBeLessThan(10);
  });

  it('a single row larger than Excel can pass is reported by row and sheet, in the collector’s language', async () => {
    const wb = sampleFirm();
    wb.payloadLimit = 20_000;
    wb.sheet('Call Log').values.set('5,11', '备注'.repeat(5_000));
    const port = createExcelDeskPort({ host: wb.host, now: () => asOf, chooseAging: async () => null, hostLocale: 'pl-PL', hostTimeZone: ZONE, readLimits: { bytesPerRead: 15_000, firstRows: 2 } });
    await expect(port.getContext()).rejects.toThrow(/Wiersz 6 arkusza „Call Log”/);
  });

  it('re-plans in the language the collector switched to', async () => {
    const desk = await portOn(sampleFirm()).getContext({ language: 'pl' });
    expect(desk.language).toBe('pl');
  });

  it('follows the selected row of an aging table placed anywhere on its sheet', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('AR', book.aging, { row: 2, col: 1 });
    wb.addTable('Aging', sheet, { row: 2, col: 1, rows: book.aging.length, cols: book.aging[0]!.length });
    // Sheet row 12 is table row 10 (header at sheet row 3).
    wb.selection = { sheet: 'AR', row: 11, col: 4 };
    const desk = await portOn(wb).getContext();
    expect(desk.selected).toBe(book.aging[9]![0]);
    expect(wb.settings.get(AGING_SOURCE_SETTING)).toBe(JSON.stringify({ kind: 'table', table: 'Aging', sheet: 'AR' }));
  });

  it('a selection on another sheet leaves the first customer of the queue selected', async () => {
    const wb = sampleFirm();
    wb.selection = { sheet: 'Settings', row: 3, col: 1 };
    const desk = await portOn(wb).getContext();
    expect(desk.selected).toBe(desk.queue[0]!.customer);
  });

  it('asks once which table is the aging data when several are recognised, and remembers the answer', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging 2025', book.aging.slice(0, 10));
    wb.addSheet('Aging 2026', book.aging);
    wb.addSheet('Notes', [['Remember to call the bank']]);
    wb.selection = { sheet: 'Notes', row: 0, col: 0 };
    const asked: string[][] = [];
    const port = portOn(wb, async (candidates) => {
      asked.push(candidates.map((c) => c.label));
      return candidates.find((c) => c.label.includes('2026')) ?? null;
    });
    const first = await port.getContext();
    const second = await port.getContext();
    expect(asked).toEqual([['Sheet "Aging 2025"', 'Sheet "Aging 2026"']]);
    expect(first.debtorCount).toBe(second.debtorCount);
    expect(JSON.parse(wb.settings.get(AGING_SOURCE_SETTING)!)).toEqual({ kind: 'sheet', sheet: 'Aging 2026' });
  });

  it('asks again when the remembered table no longer exists', async () => {
    const wb = sampleFirm();
    wb.settings.set(AGING_SOURCE_SETTING, JSON.stringify({ kind: 'table', table: 'Gone', sheet: 'Old' }));
    const desk = await portOn(wb).getContext();
    expect(desk.debtorCount).toBeGreaterThan(0);
    expect(JSON.parse(wb.settings.get(AGING_SOURCE_SETTING)!)).toEqual({ kind: 'sheet', sheet: 'Aging' });
  });

  it('says what to do when no sheet looks like aging data', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Budget', [['Month', 'Rent'], ['Jan', 900]]);
    wb.selection = { sheet: 'Budget', row: 0, col: 0 };
    await expect(portOn(wb).getContext()).rejects.toThrow(/No aging data found.*header row/);
  });

  it('says it in the language of Office', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Budżet', [['Miesiąc', 'Czynsz']]);
    wb.selection = { sheet: 'Budżet', row: 0, col: 0 };
    const port = createExcelDeskPort({ host: wb.host, now: () => asOf, chooseAging: async () => null, hostLocale: 'pl-PL', hostTimeZone: 'Europe/Warsaw' });
    await expect(port.getContext()).rejects.toThrow(/Nie znaleziono zestawienia należności/);
  });

  it('moves the selection to a customer’s first aging row', async () => {
    const wb = sampleFirm();
    const port = portOn(wb);
    const customer = String(book.aging[4]![0]);
    const desk = await port.getContext({ customer });
    await port.selectCustomer!(customer);
    const firstRow = book.aging.findIndex((r) => r[0] === customer);
    expect(wb.selection).toEqual({ sheet: 'Aging', row: firstRow, col: 0 });
    expect(desk.selected).toBe(customer);
  });

  it('tells the sidebar about selection changes until it unsubscribes', async () => {
    const wb = sampleFirm();
    let heard = 0;
    const stop = portOn(wb).onSelectionChange!(() => heard++);
    await new Promise((r) => setImmediate(r));
    await wb.fireSelectionChanged();
    stop();
    await new Promise((r) => setImmediate(r));
    await wb.fireSelectionChanged();
    expect(heard).toBe(1);
    expect(wb.selectionHandlers.size).toBe(0);
  });
});

describe('logging a call', () => {
  it('creates the Settings sheet and the Call Log table with its headers, then writes the row with text and date formats', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const result = await portOn(wb).logCall(call(), 'req-1');
    expect(result).toEqual({ status: 'written', row: 2 });

    const settings = wb.sheet('Settings');
    expect(settings.grid()).toEqual(settingsSheetRows('en'));
    expect(settings.format(1, 1)).toBe('@');

    const log = wb.sheet('Call Log');
    expect(log.grid()[0]).toEqual([...callLogHeaders('en'), 'Request id']);
    expect(wb.table('CallLog')).toMatchObject({ headerRow: 0, lastRow: 1, width: 14 });
    expect(log.hiddenColumns.has(13)).toBe(true);

    const row = log.grid()[1]!;
    expect(row[1]).toBe(book.aging[1]![0]);
    expect(row[3]).toBe('promise to pay');
    expect(row[12]).toBe('');
    expect(row[13]).toBe('req-1');
    // 09:41 UTC is 09:41 in London in November: serial of 2026-11-23 09:41.
    expect(row[0]).toBeCloseTo(46349 + (9 * 60 + 41) / 1440, 8);
    expect(row[5]).toBe(46353);
    expect([log.format(1, 0), log.format(1, 1), log.format(1, 5), log.format(1, 10), log.format(1, 11)]).toEqual(['yyyy-mm-dd hh:mm', '@', 'yyyy-mm-dd', '#,##0.00', '@']);
  });

  it('writes typed text that looks like a formula as text, never as a formula', async () => {
    const wb = sampleFirm();
    await portOn(wb).logCall(call({ notes: '=HYPERLINK("http://evil.example","pay here")', excuse: '+1 says already paid', collector: '@alex' }), 'req-f');
    const log = wb.sheet('Call Log');
    expect(log.formulas.size).toBe(0);
    const last = log.grid().at(-1)!;
    expect(last).toContain('=HYPERLINK("http://evil.example","pay here")');
    expect(last).toContain('+1 says already paid');
    expect(last).toContain('@alex');
  });

  it('does not write the same request twice', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const port = portOn(wb);
    await port.logCall(call(), 'req-1');
    await port.logCall(call({ notes: 'second call' }), 'req-2');
    const again = await port.logCall(call({ notes: 'second call' }), 'req-2');
    expect(again).toEqual({ status: 'duplicate', row: 3 });
    expect(wb.sheet('Call Log').grid()).toHaveLength(3);
  });

  it('appends below the table by writing under it (no rows.add), and the table grows over the row', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const port = portOn(wb);
    for (let i = 1; i <= 3; i++) await port.logCall(call({ notes: `call ${i}` }), `req-${i}`);
    expect(wb.table('CallLog').lastRow).toBe(3);
    expect(wb.sheet('Call Log').grid().slice(1).map((r) => r[11])).toEqual(['call 1', 'call 2', 'call 3']);
    expect(wb.calls.filter((c) => c.startsWith('rows.add'))).toEqual([]);
  });

  it('pushes what sits right below the Call Log table down instead of overwriting it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const port = portOn(wb);
    await port.logCall(call({ notes: 'first' }), 'req-1');
    const log = wb.sheet('Call Log');
    log.put(2, 0, 'Totals checked by Kim');
    log.put(3, 1, 'keep me');
    await port.logCall(call({ notes: 'second' }), 'req-2');
    expect(log.get(1, 11)).toBe('first');
    expect(log.get(2, 11)).toBe('second');
    expect(log.get(3, 0)).toBe('Totals checked by Kim');
    expect(log.get(4, 1)).toBe('keep me');
    expect(wb.calls).toContain('insert Call Log!A3');
    expect(wb.table('CallLog').lastRow).toBe(2);
  });

  it('with a filter on, appends after the last row, hidden ones included, and leaves the filter alone', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const port = portOn(wb);
    for (let i = 1; i <= 4; i++) await port.logCall(call({ notes: `call ${i}` }), `req-${i}`);
    const table = wb.table('CallLog');
    table.filterOn = true;
    wb.sheet('Call Log').filteredOut.add(3).add(4);
    await port.logCall(call({ notes: 'call 5' }), 'req-5');
    expect(wb.sheet('Call Log').grid().slice(1).map((r) => r[11])).toEqual(['call 1', 'call 2', 'call 3', 'call 4', 'call 5']);
    expect(table.filterOn).toBe(true);
    expect(table.lastRow).toBe(5);
    expect(wb.calls.filter((c) => c.startsWith('rows.add'))).toEqual([]);
  });

  it('resizes the table over the new row when Excel does not grow it by itself', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const port = portOn(wb);
    await port.logCall(call({ notes: 'first' }), 'req-1');
    wb.autoExpand = false;
    await port.logCall(call({ notes: 'second' }), 'req-2');
    expect(wb.calls).toContain('resize CallLog $A$1:$N$3');
    expect(wb.table('CallLog').lastRow).toBe(2);
  });

  it('adds rows above a total row with rows.add, the one case where writing below cannot join the table', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const headers = [...callLogHeaders('en'), 'Request id'];
    const sheet = wb.addSheet('Call Log', [headers, ['', 'Old Customer', '', 'paid', '', '', '', '', '', '', '', '', '', 'old-1'], ['Total', '', '', '', '', '', '', '', '', '', 0]]);
    wb.addTable('CallLog', sheet, { row: 0, col: 0, rows: 3, cols: 14 }, { showTotals: true });
    await portOn(wb).logCall(call({ notes: 'new' }), 'req-1');
    expect(sheet.get(2, 11)).toBe('new');
    expect(sheet.get(3, 0)).toBe('Total');
    expect(wb.calls).toContain('rows.add CallLog');
  });

  it('turns an empty Call Log sheet into the CallLog table', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    wb.addSheet('Call Log');
    expect(await portOn(wb).logCall(call(), 'req-1')).toEqual({ status: 'written', row: 2 });
    expect(wb.sheet('Call Log').grid()[0]).toEqual([...callLogHeaders('en'), 'Request id']);
    expect(wb.table('CallLog').lastRow).toBe(1);
  });

  it('adds the Instalments and hidden request-id columns to a Call Log table made by hand before plans existed', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const sheet = wb.addSheet('Call Log', [PRE_PLAN_HEADERS, [46340, 'Old Customer', 'Kim', 'paid']]);
    wb.addTable('MyCalls', sheet, { row: 0, col: 0, rows: 2, cols: 12 });
    expect(await portOn(wb).logCall(call({ notes: 'new' }), 'req-1')).toEqual({ status: 'written', row: 3 });
    expect(wb.calls).toContain('columns.add MyCalls');
    expect(sheet.get(0, 12)).toBe('Instalments');
    expect(sheet.get(0, 13)).toBe('Request id');
    expect(sheet.hiddenColumns.has(13)).toBe(true);
    expect(sheet.grid()[2]!.slice(11)).toEqual(['new', '', 'req-1']);
    expect(sheet.grid()[1]!.slice(0, 4)).toEqual([46340, 'Old Customer', 'Kim', 'paid']);
  });

  it('will not widen a Call Log table over cells right of it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const sheet = wb.addSheet('Call Log', [[...PRE_PLAN_HEADERS, '', 'my notes']]);
    sheet.put(1, 12, 'keep');
    wb.addTable('MyCalls', sheet, { row: 0, col: 0, rows: 2, cols: 12 });
    expect(await portOn(wb).logCall(call(), 'req-1')).toEqual({ status: 'refused', message: expect.stringMatching(/lacks Instalments, Request id.*column M is in use.*Nothing was written/) });
    expect(sheet.get(1, 12)).toBe('keep');
  });

  it('appends to a Call Log kept as a plain range, under its own headers, adding the hidden request-id column', async () => {
    const wb = sampleFirm();
    const before = wb.sheet('Call Log').grid();
    const port = portOn(wb);
    const result = await port.logCall(call({ notes: 'plain' }), 'req-p');
    const log = wb.sheet('Call Log');
    expect(result).toEqual({ status: 'written', row: before.length + 1 });
    expect(log.grid().slice(0, before.length).map((r) => r.slice(0, 12))).toEqual(before.map((r) => r.slice(0, 12)));
    expect(log.get(0, 13)).toBe('Request id');
    expect(log.hiddenColumns.has(13)).toBe(true);
    expect(log.get(before.length, 11)).toBe('plain');
    expect(await port.logCall(call({ notes: 'plain' }), 'req-p')).toEqual({ status: 'duplicate', row: before.length + 1 });
  });

  it('writes under a log whose headers are in Polish and in another order, adding the columns it lacks right of it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    wb.addSheet('Call Log', [['Wynik', 'Kontrahent', 'Czas', 'Notatki']]);
    await portOn(wb).logCall(call({ notes: 'po polsku' }), 'req-pl');
    const log = wb.sheet('Call Log');
    expect(log.grid()[0]).toEqual(['Wynik', 'Kontrahent', 'Czas', 'Notatki', 'Collector', 'Promised amount', 'Promised date', 'Callback at', 'Excuse', 'Consequence', 'Consequence date', 'Balance at call', 'Instalments', 'Request id']);
    // The promise, its date and the collector are kept, so the promise can be judged kept or broken.
    expect(log.grid()[1]).toEqual(['promise to pay', book.aging[1]![0], expect.any(Number), 'po polsku', 'Alex', 1200, 46353, '', 'cash flow', '', '', 4250.5, '', 'req-pl']);
    expect(log.format(1, 2)).toBe('yyyy-mm-dd hh:mm');
    expect(log.format(1, 6)).toBe('yyyy-mm-dd');
    expect(log.hiddenColumns.has(13)).toBe(true);
  });

  it('gives two collectors logging at the same moment a row each, and reports the row each is in', async () => {
    const wb = sampleFirm();
    const before = wb.sheet('Call Log').grid().length;
    const [alex, kim] = await Promise.all([portOn(wb).logCall(call({ collector: 'Alex' }), 'req-alex'), portOn(wb).logCall(call({ collector: 'Kim' }), 'req-kim')]);
    const log = wb.sheet('Call Log').grid();
    expect(log).toHaveLength(before + 2);
    expect([alex, kim].map((r) => r.status)).toEqual(['written', 'written']);
    const rowOf = (id: string) => log.findIndex((r) => r[13] === id) + 1;
    // Both inserted at the same place: the later insert pushed the earlier row down by one.
    expect(new Set([rowOf('req-alex'), rowOf('req-kim')]).size).toBe(2);
    expect(kim).toEqual({ status: 'written', row: rowOf('req-kim') });
    expect(rowOf('req-alex')).toBeGreaterThanOrEqual((alex as { row: number }).row);
  });

  it('writes under a header on row 12 below title rows, and the desk reads the call back', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    wb.addSheet('Call Log', [['Call record 2026'], ['Kept by Kim'], ...Array.from({ length: 9 }, () => []), ['Time', 'Customer', 'Outcome', 'Notes'], [46340.4, 'Old Customer', 'paid', 'done']]);
    wb.selection = { sheet: 'Aging', row: 1, col: 0 };
    const port = portOn(wb);
    expect(await port.logCall(call({ notes: 'below the titles', time: '2026-11-23T09:20:00Z' }), 'req-12')).toEqual({ status: 'written', row: 14 });
    expect(wb.sheet('Call Log').get(13, 3)).toBe('below the titles');
    const desk = await port.getContext({ customer: String(book.aging[1]![0]) });
    expect(desk.debtor!.history.lastCall?.at).toBe('2026-11-23T09:20:00.000Z');
  });

  it('keeps a leading apostrophe as typed: the call still belongs to its debtor', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', [...book.aging, ["'t Hoekje BV", 'INV-9', 46300, 46330, 900, 900]]);
    await portOn(wb).logCall(call({ customer: "'t Hoekje BV", promisedAmount: 500, notes: "'72 invoice" }), 'req-apos');
    const row = wb.sheet('Call Log').grid()[1]!;
    expect([row[1], row[11]]).toEqual(["'t Hoekje BV", "'72 invoice"]);
  });

  it('asks to confirm a customer the aging sheet does not list, and logs it once confirmed', async () => {
    const wb = sampleFirm();
    const port = portOn(wb);
    const rows = wb.sheet('Call Log').grid().length;
    expect(await port.logCall(call({ customer: 'Brightwater Cafe Ltd' }), 'req-u')).toEqual({ status: 'confirm', reason: 'unknown-customer', message: expect.stringMatching(/not on the aging sheet/) });
    expect(wb.sheet('Call Log').grid()).toHaveLength(rows);
    expect(await port.logCall(call({ customer: 'Brightwater Cafe Ltd' }), 'req-u', { customerConfirmed: true })).toMatchObject({ status: 'written' });
    expect(await port.logCall(call({ promisedAmount: 1e300 }), 'req-big')).toEqual({ status: 'refused', message: expect.stringMatching(/larger than any amount/) });
    expect(await port.logCall(call({ time: '0001-01-01T00:00:00Z' }), 'req-old')).toEqual({ status: 'refused', message: expect.stringMatching(/not a plausible time/) });
  });

  it('refuses to write below a total line, and into a log whose request-id header was typed over', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    const sheet = wb.addSheet('Call Log', [['Time', 'Customer', 'Outcome', 'Promised amount'], [46340.4, 'Old Customer', 'paid', 300], ['Total', '', '', 300]]);
    expect(await portOn(wb).logCall(call(), 'req-t')).toEqual({ status: 'refused', message: expect.stringMatching(/ends with a total line \(row 3: "Total"\)\. Nothing was written/) });
    expect(sheet.grid()).toHaveLength(3);
    sheet.values.clear();
    [['Time', 'Customer', 'Outcome', 'Ref'], [46340.4, 'Old Customer', 'paid', '3f1c7a52-9d0e-4b8a-a1f3-0c2d4e6f8a9b']].forEach((r, i) => r.forEach((v, j) => sheet.put(i, j, v)));
    expect(await portOn(wb).logCall(call(), 'req-r')).toEqual({ status: 'refused', message: expect.stringMatching(/Column D of the "Call Log" sheet holds the call desk’s request ids, but its header now reads "Ref"/) });
  });

  it('refuses an incomplete call with the core’s message and writes nothing', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Aging', book.aging);
    expect(await portOn(wb).logCall(call({ promisedDate: null }), 'req-1')).toEqual({ status: 'refused', message: expect.stringMatching(/date/i) });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Aging']);
  });

  it('refuses a call without a request id', async () => {
    const wb = sampleFirm();
    expect(await portOn(wb).logCall(call(), '  ')).toEqual({ status: 'refused', message: expect.stringMatching(/request id/) });
  });
});

describe('setting up the call plan', () => {
  it('creates the Call plan sheet with =AR.CALLPLAN over the workbook’s ranges and formats its dates', async () => {
    const wb = sampleFirm();
    const result = await portOn(wb).setUpCallPlan();
    expect(result).toEqual({ created: true, dashboardCreated: true });
    const plan = wb.sheet('Call plan');
    expect(plan.formulas.get('2,0')).toBe(
      // Only the log columns planning reads: not Collector (C), Excuse (H) or Notes (L); Customer
      // (B) and Outcome (D) with their repeats as row numbers.
      `=AR.CALLPLAN('Aging'!$A$1:$N$${book.aging.length + 1000},HSTACK(${blanksKept(`'Call Log'!$A$1:$A$${book.callLog.length + 1000}`)},${repeatsAsRowNumbers(`'Call Log'!$B$1:$B$${book.callLog.length + 1000}`)},${repeatsAsRowNumbers(`'Call Log'!$D$1:$D$${book.callLog.length + 1000}`)},${blanksKept(`'Call Log'!$E$1:$G$${book.callLog.length + 1000}`)},${blanksKept(`'Call Log'!$I$1:$K$${book.callLog.length + 1000}`)},${blanksKept(`'Call Log'!$M$1:$M$${book.callLog.length + 1000}`)}),'Settings'!$A$1:$B$${book.settings.length + 50},$B$1)`,
    );
    expect(plan.get(0, 1)).toBeCloseTo(46349 + 9.5 / 24, 8);
    expect(plan.format(0, 1)).toBe('yyyy-mm-dd hh:mm');
    expect(plan.format(3, 5)).toBe('yyyy-mm-dd hh:mm');
    expect(plan.format(3, 1)).toBe('#,##0.00');
    expect(wb.calls).toContain('activate Call plan');
  });

  it('over an aging table, refers to the tables, creating Call Log and Settings first', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('AR', book.aging);
    wb.addTable('Aging', sheet, { row: 0, col: 0, rows: book.aging.length, cols: book.aging[0]!.length });
    wb.selection = { sheet: 'AR', row: 0, col: 0 };
    await portOn(wb).setUpCallPlan();
    const formula = wb.sheet('Call plan').formulas.get('2,0')!;
    expect(formula.replace(/\$B\$\d+,/, '$B$n,')).toBe(
      `=AR.CALLPLAN(Aging[#All],HSTACK(${blanksKept('CallLog[[#All],[Time]]')},${repeatsAsRowNumbers('CallLog[[#All],[Customer]]')},${repeatsAsRowNumbers('CallLog[[#All],[Outcome]]')},${blanksKept('CallLog[[#All],[Promised amount]:[Callback at]]')},${blanksKept('CallLog[[#All],[Consequence]:[Balance at call]]')},${blanksKept('CallLog[[#All],[Instalments]]')}),'Settings'!$A$1:$B$n,$B$1)`,
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(['AR', 'Settings', 'Call Log', 'Call plan', 'Dashboard']);
  });

  it('finds the planning columns of a log kept by hand in Polish and in another order, escaping what a structured reference needs', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('AR', book.aging);
    wb.addTable('Aging', sheet, { row: 0, col: 0, rows: book.aging.length, cols: book.aging[0]!.length });
        const log = wb.addSheet('Call Log', [['Notatki', 'Kontrahent', 'Czas', 'Windykator', 'Wynik', 'Saldo w dniu rozmowy'], ['', 'Acme', 46300, 'Ann', 'brak odpowiedzi', 100]]);
    wb.addTable('Rozmowy', log, { row: 0, col: 0, rows: 2, cols: 6 });
    wb.selection = { sheet: 'AR', row: 0, col: 0 };
    await portOn(wb).setUpCallPlan();
    expect(wb.sheet('Call plan').formulas.get('2,0')).toContain(
      `HSTACK(${repeatsAsRowNumbers('Rozmowy[[#All],[Kontrahent]]')},${blanksKept('Rozmowy[[#All],[Czas]]')},${repeatsAsRowNumbers('Rozmowy[[#All],[Wynik]]')},${blanksKept('Rozmowy[[#All],[Saldo w dniu rozmowy]]')})`,
    );
    expect(structuredColumn("Kwota [PLN] #1 'netto' @x")).toBe("[Kwota '[PLN'] '#1 ''netto'' '@x]");
  });

  it('leaves an existing Call plan sheet as it is', async () => {
    const wb = sampleFirm();
    wb.addSheet('Call plan', [['my own notes']]);
    expect(await portOn(wb).setUpCallPlan()).toMatchObject({ created: false });
    expect(wb.sheet('Call plan').grid()).toEqual([['my own notes']]);
  });
});
