import { describe, expect, it } from 'vitest';
import { callLogHeaders, CALL_LOG_COLUMNS } from '../../core/calllog/schema';
import { startExecution } from './harness/apps-script';
import { useBuiltAddOn } from './harness/build';
import { addSheet, fillSheet, newSpreadsheet, type SpreadsheetState } from './harness/fake-apps-script';
import { cellsOf, lastRowOf, rowValues, sheetNamed } from './harness/snapshot';
import { sampleSpreadsheet, AGING_DATE_COLUMNS } from './harness/workbook';
import { serialOf } from './harness/zone-clock';

useBuiltAddOn();

const AS_OF = new Date('2026-11-23T09:30:00Z');
const column = (key: string) => CALL_LOG_COLUMNS.findIndex((c) => c.key === key) + 1;
const REQUEST_ID_COLUMN = CALL_LOG_COLUMNS.length + 1;

function firstCustomer(state: SpreadsheetState): string {
  return String(sheetNamed(state, 'Aging').cells.get('2,1')!.value);
}

/** A promise to pay, as the sidebar sends it: JSON-safe, instants as ISO strings. */
function promise(customer: string, notes = 'Will pay on Friday.') {
  return {
    time: '2026-11-23T09:41:00Z',
    customer,
    collector: 'Alex',
    outcome: 'promise to pay',
    promisedAmount: 1200,
    promisedDate: '2026-11-27',
    callbackAt: null,
    excuse: 'the cheque is in the post',
    consequence: '',
    consequenceDate: null,
    balanceAtCall: 4800,
    notes,
  };
}

describe('logCall from the sidebar', () => {
  it('appends exactly one row below the log and leaves every existing cell as it was', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const log = sheetNamed(state, 'Call Log');
    const before = cellsOf(log);
    const lastBefore = lastRowOf(log);
    const result = startExecution(state).call('logCall', promise(firstCustomer(state)), 'req-1');
    expect(result).toEqual({ status: 'written', row: lastBefore + 1 });
    expect(lastRowOf(log)).toBe(lastBefore + 1);
    const after = cellsOf(log);
    for (const [k, cell] of Object.entries(before)) expect(after[k], k).toEqual(cell);
    // The hand-kept log had no request-id column: its header went to the first free column, hidden.
    expect(log.cells.get(`1,${REQUEST_ID_COLUMN}`)?.value).toBe('Request id');
    expect(log.hiddenColumns.has(REQUEST_ID_COLUMN)).toBe(true);
    expect(log.cells.get(`${lastBefore + 1},${REQUEST_ID_COLUMN}`)?.value).toBe('req-1');
    expect(state.flushes).toBe(1);
    expect(state.lockHolder).toBeNull();
  });

  it('keeps the time and the promised date as real dates, showing the collector’s wall clock', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const row = (startExecution(state).call('logCall', promise(firstCustomer(state)), 'req-dates') as { row: number }).row;
    const log = sheetNamed(state, 'Call Log');
    const time = log.cells.get(`${row},${column('time')}`)!;
    const promised = log.cells.get(`${row},${column('promisedDate')}`)!;
    expect(time.isDate).toBe(true);
    expect(time.value).toBeCloseTo(serialOf(2026, 11, 23, 9, 41), 8);
    expect(promised.isDate).toBe(true);
    expect(promised.value).toBeCloseTo(serialOf(2026, 11, 27), 8);
    expect(log.cells.get(`${row},${column('promisedAmount')}`)?.value).toBe(1200);
  });

  it('writes a call made at 14:41 London time as 14:41 in a spreadsheet set to New York, and plans with it', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'America/New_York' });
    const customer = firstCustomer(state);
    const entry = { ...promise(customer), time: '2026-11-23T14:41:00Z' };
    const row = (startExecution(state).call('logCall', entry, 'req-zone') as { row: number }).row;
    const time = sheetNamed(state, 'Call Log').cells.get(`${row},${column('time')}`)!;
    expect(time.value).toBeCloseTo(serialOf(2026, 11, 23, 14, 41), 8);
    const context = startExecution(state, 'full', { now: new Date('2026-11-23T16:00:00Z') }).call('getDeskContext', null, customer) as { debtor: { customer: string; history: { lastCall: { at: string } | null } } };
    const debtor = context.debtor;
    expect(debtor.history.lastCall?.at).toBe('2026-11-23T14:41:00.000Z');
  });

  it('keeps text that looks like a formula, a number or a date exactly as typed', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const typed = {
      ...promise(firstCustomer(state), '=HYPERLINK("http://example.com","pay here")'),
      collector: '+48 600 100 200',
      excuse: '-10% or nothing',
    };
    const row = (startExecution(state).call('logCall', typed, 'req-text') as { row: number }).row;
    const log = sheetNamed(state, 'Call Log');
    for (const [key, text] of [['notes', typed.notes], ['collector', typed.collector], ['excuse', typed.excuse]] as const) {
      const cell = log.cells.get(`${row},${column(key)}`)!;
      expect(cell.formula, key).toBeNull();
      expect(cell.value, key).toBe(text);
      expect(cell.format, key).toBe('@');
    }
    const second = startExecution(state).call('logCall', { ...promise(firstCustomer(state), '3/4'), collector: '2024' }, 'req-text-2') as { row: number };
    expect(log.cells.get(`${second.row},${column('notes')}`)).toMatchObject({ value: '3/4', isDate: false });
    expect(log.cells.get(`${second.row},${column('collector')}`)).toMatchObject({ value: '2024' });
  });

  it('does not write a repeated request id twice, and says which row holds it', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const entry = promise(firstCustomer(state));
    const first = startExecution(state).call('logCall', entry, 'req-retry') as { row: number };
    const rows = lastRowOf(sheetNamed(state, 'Call Log'));
    // The sidebar retries after a lost answer: a new execution, the same request id.
    expect(startExecution(state).call('logCall', entry, 'req-retry')).toEqual({ status: 'duplicate', row: first.row });
    expect(lastRowOf(sheetNamed(state, 'Call Log'))).toBe(rows);
  });

  it('lets two collectors logging at the same moment each get their own row, never the same one', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const log = sheetNamed(state, 'Call Log');
    const lastBefore = lastRowOf(log);
    const customer = firstCustomer(state);
    const alex = startExecution(state);
    const kim = startExecution(state);
    let kimsFirstTry: unknown = null;
    state.onCall = (execution, method) => {
      // Kim presses "Log call" while Alex's row is being written.
      if (execution === alex.id && method === 'Range.setValues' && kimsFirstTry === null) {
        kimsFirstTry = kim.call('logCall', { ...promise(customer), collector: 'Kim' }, 'req-kim');
      }
    };
    expect(alex.call('logCall', promise(customer), 'req-alex')).toEqual({ status: 'written', row: lastBefore + 1 });
    state.onCall = null;
    // A definite "nothing was written", so the desk may send it again.
    expect(kimsFirstTry).toEqual({ status: 'refused', message: expect.stringMatching(/Someone else is logging a call.*Nothing was written/) });
    // Kim presses again: the lock is free and the row goes below Alex's.
    expect(kim.call('logCall', { ...promise(customer), collector: 'Kim' }, 'req-kim')).toEqual({ status: 'written', row: lastBefore + 2 });
    expect(rowValues(log, lastBefore + 1, 3)[2]).toBe('Alex');
    expect(rowValues(log, lastBefore + 2, 3)[2]).toBe('Kim');
    expect(state.lockHolder).toBeNull();
  });

  it('releases the lock when writing fails, so the next call is not blocked', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    state.onCall = (_execution, method) => {
      if (method === 'Range.setValues') throw new Error('Service Spreadsheets timed out while accessing document');
    };
    expect(() => startExecution(state).call('logCall', promise(firstCustomer(state)), 'req-fail')).toThrow(/timed out/);
    state.onCall = null;
    expect(state.lockHolder).toBeNull();
    expect(startExecution(state).call('logCall', promise(firstCustomer(state)), 'req-after')).toMatchObject({ status: 'written' });
  });

  it('refuses an incomplete call with the core’s message and writes nothing', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const before = cellsOf(sheetNamed(state, 'Call Log'));
    expect(startExecution(state).call('logCall', { ...promise(firstCustomer(state)), promisedDate: null }, 'req-bad')).toEqual({ status: 'refused', message: expect.stringMatching(/date/i) });
    expect(startExecution(state).call('logCall', promise(firstCustomer(state)), '')).toEqual({ status: 'refused', message: expect.stringMatching(/request id/) });
    expect(cellsOf(sheetNamed(state, 'Call Log'))).toEqual(before);
    expect(state.lockHolder).toBeNull();
  });

  it('creates the Call Log sheet with its headers, formats and hidden request ids when there is none', () => {
    const state = newSpreadsheet({ timeZone: 'Europe/Warsaw', locale: 'pl_PL' });
    fillSheet(addSheet(state, 'Aging'), sampleSpreadsheet(AS_OF, { timeZone: 'Europe/Warsaw' }).tables.aging, AGING_DATE_COLUMNS);
    const result = startExecution(state).call('logCall', promise(firstCustomer(state)), 'req-new');
    expect(result).toEqual({ status: 'written', row: 2 });
    const log = sheetNamed(state, 'Call Log');
    // No Settings sheet: the language comes from the spreadsheet's locale.
    expect(rowValues(log, 1, REQUEST_ID_COLUMN)).toEqual([...callLogHeaders('pl'), 'Request id']);
    expect(log.frozenRows).toBe(1);
    expect(log.hiddenColumns.has(REQUEST_ID_COLUMN)).toBe(true);
    expect(log.cells.get(`2,${column('outcome')}`)?.value).toBe('obietnica zapłaty');
    // Rows typed by hand later get the same formats.
    expect(log.cells.get(`50,${column('notes')}`)?.format).toBe('@');
    expect(log.cells.get(`50,${column('time')}`)?.format).toBe('yyyy-mm-dd hh:mm');
  });

  it('adds a row to a full sheet instead of failing or overwriting', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const log = sheetNamed(state, 'Call Log');
    log.maxRows = lastRowOf(log);
    const result = startExecution(state).call('logCall', promise(firstCustomer(state)), 'req-full') as { row: number };
    expect(result.row).toBe(log.maxRows);
    expect(log.cells.get(`${result.row},${column('customer')}`)?.value).toBe(firstCustomer(state));
  });

  it('writes under the headers of a log kept by hand: a title above, Chinese headers in its own order', () => {
    const state = newSpreadsheet({ timeZone: 'Asia/Shanghai' });
    fillSheet(addSheet(state, 'Aging'), sampleSpreadsheet(AS_OF, { timeZone: 'Asia/Shanghai' }).tables.aging, AGING_DATE_COLUMNS);
    const log = addSheet(state, 'Call Log');
    fillSheet(log, [['催收记录 2026'], [], ['备注', '结果', '客户', '时间'], ['first call', '无人接听', 'Acme', 46340]], [3]);
    const before = cellsOf(log);
    const result = startExecution(state).call('logCall', promise(firstCustomer(state), 'second call'), 'req-zh') as { row: number };
    expect(result.row).toBe(5);
    expect(rowValues(log, 5, 4).slice(0, 3)).toEqual(['second call', 'promise to pay', firstCustomer(state)]);
    for (const [k, cell] of Object.entries(before)) expect(cellsOf(log)[k], k).toEqual(cell);
    // The fields the hand-kept log lacked got their headers right of it, on the header row.
    expect(log.cells.get('3,5')?.value).toBe('Collector');
    expect(log.cells.get('3,13')?.value).toBe('Instalments');
    expect(rowValues(log, 3, 14).at(-1)).toBe('Request id');
    expect(log.hiddenColumns.has(14)).toBe(true);
  });

  it('refuses to write into a Call Log sheet it cannot read, and says what to do', () => {
    const state = newSpreadsheet({ timeZone: 'Europe/London' });
    fillSheet(addSheet(state, 'Aging'), sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' }).tables.aging, AGING_DATE_COLUMNS);
    const log = addSheet(state, 'Call Log');
    fillSheet(log, [['Phone numbers'], ['+44 20 7946 0000']]);
    const before = cellsOf(log);
    expect(startExecution(state).call('logCall', promise(firstCustomer(state)), 'req-odd')).toEqual({ status: 'refused', message: expect.stringMatching(/no header row naming "Customer" and "Outcome".*Nothing was written/) });
    expect(cellsOf(log)).toEqual(before);
    expect(state.lockHolder).toBeNull();
  });

  it('writes the next call right after the last one, not below a stray note far down, and keeps apostrophes as typed', () => {
    const state = newSpreadsheet({ timeZone: 'Europe/London' });
    fillSheet(addSheet(state, 'Aging'), [['Customer', 'Due date', 'Open balance'], ["'t Hoekje BV", 46300, 900]], [1]);
    const log = addSheet(state, 'Call Log');
    fillSheet(log, [['Time', 'Customer', 'Outcome', 'Notes'], [46340.4, "'t Hoekje BV", 'no answer', 'first try']], [0]);
    log.cells.set('40,4', { value: 'ask for the controller', isDate: false, formula: null, format: 'General' });
    const result = startExecution(state).call('logCall', { ...promise("'t Hoekje BV", "'72 invoice"), promisedAmount: 500 }, 'req-apos');
    expect(result).toEqual({ status: 'written', row: 3 });
    expect(rowValues(log, 3, 4).slice(1, 4)).toEqual(["'t Hoekje BV", 'promise to pay', "'72 invoice"]);
    expect(log.cells.get('40,4')?.value).toBe('ask for the controller');
  });

  it('stops at a total line closing the log, and says why', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const log = sheetNamed(state, 'Call Log');
    const last = lastRowOf(log);
    log.cells.set(`${last + 1},1`, { value: 'Total', isDate: false, formula: null, format: 'General' });
    const before = cellsOf(log);
    expect(startExecution(state).call('logCall', promise(firstCustomer(state)), 'req-total')).toEqual({
      status: 'refused',
      message: expect.stringMatching(new RegExp(`ends with a total line \\(row ${last + 1}: "Total"\\)\\. Nothing was written`)),
    });
    expect(cellsOf(log)).toEqual(before);
  });

  it('detects a request-id header that was deleted (restores it) or typed over (refuses, naming the column)', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const entry = promise(firstCustomer(state));
    const id = '3f1c7a52-9d0e-4b8a-a1f3-0c2d4e6f8a9b';
    const first = startExecution(state).call('logCall', entry, id) as { row: number };
    const log = sheetNamed(state, 'Call Log');
    log.cells.delete(`1,${REQUEST_ID_COLUMN}`);
    // Found by its contents: the retry is answered from the row, and the next write restores the header.
    expect(startExecution(state).call('logCall', entry, id)).toEqual({ status: 'duplicate', row: first.row });
    const next = startExecution(state).call('logCall', entry, '5a1c7a52-9d0e-4b8a-a1f3-0c2d4e6f8a9b') as { row: number };
    expect(next.row).toBe(first.row + 1);
    expect(log.cells.get(`1,${REQUEST_ID_COLUMN}`)?.value).toBe('Request id');
    log.cells.set(`1,${REQUEST_ID_COLUMN}`, { value: 'Ref', isDate: false, formula: null, format: '@' });
    expect(startExecution(state).call('logCall', entry, id)).toEqual({ status: 'refused', message: expect.stringMatching(/Column N of the "Call Log" sheet holds the call desk’s request ids, but its header now reads "Ref"/) });
    expect(lastRowOf(log)).toBe(first.row + 1);
  });

  it('asks to confirm a customer not on the aging sheet, and refuses year 0001 and a promise of 1e300', () => {
    const { state } = sampleSpreadsheet(AS_OF, { timeZone: 'Europe/London' });
    const rows = lastRowOf(sheetNamed(state, 'Call Log'));
    const now = { now: new Date('2026-11-23T10:00:00Z') };
    expect(startExecution(state, 'full', now).call('logCall', promise('Nobody Ltd'), 'req-u')).toEqual({ status: 'confirm', reason: 'unknown-customer', message: expect.stringMatching(/"Nobody Ltd" is not on the aging sheet/) });
    expect(startExecution(state, 'full', now).call('logCall', { ...promise(firstCustomer(state)), time: '0001-11-23T09:41:00Z' }, 'req-0001')).toMatchObject({ status: 'refused', message: expect.stringMatching(/not a plausible time/) });
    expect(startExecution(state, 'full', now).call('logCall', { ...promise(firstCustomer(state)), promisedAmount: 1e300 }, 'req-big')).toMatchObject({ status: 'refused', message: expect.stringMatching(/larger than any amount/) });
    expect(lastRowOf(sheetNamed(state, 'Call Log'))).toBe(rows);
    expect(startExecution(state, 'full', now).call('logCall', promise('Nobody Ltd'), 'req-u', { customerConfirmed: true })).toEqual({ status: 'written', row: rows + 1 });
  });
});
