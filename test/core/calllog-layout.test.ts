import { describe, expect, it } from 'vitest';
import { checkAgainstAging } from '../../core/calllog/aging-check';
import type { CallLogEntry } from '../../core/calllog/entry';
import { findLogHeader, LOG_HEADER_SCAN_ROWS, planAppend } from '../../core/calllog/layout';
import { readCallLog } from '../../core/calllog/read-log';
import { typedText, validateCallLogEntry } from '../../core/calllog/write-row';
import type { Cell } from '../../core/model/cell';
import { Submissions } from '../../core/ui/sidebar/submissions';

const ID = '3f1c7a52-9d0e-4b8a-a1f3-0c2d4e6f8a9b';
const blank = (n: number): Cell[][] => Array.from({ length: n }, () => []);
const entry = (over: Partial<CallLogEntry> = {}): CallLogEntry => ({
  time: '2026-11-23T09:41:00Z', customer: 'Acme Ltd', collector: 'Kim', outcome: 'promise to pay', promisedAmount: 1000, promisedDate: '2026-11-27',
  callbackAt: null, excuse: '', consequence: '', consequenceDate: null, balanceAtCall: null, notes: '', instalments: null, ...over,
});

describe('one header definition for reading and writing', () => {
  const log: Cell[][] = [['Calls kept by Kim'], ['2026'], ...blank(9), ['Time', 'Customer', 'Outcome', 'Notes'], [46349.4, 'Acme Ltd', 'no answer', '']];

  it('finds a header on row 12 below title rows, and the reader uses it', () => {
    expect(findLogHeader(log)?.row).toBe(11);
    expect(readCallLog(log, { timeZone: 'UTC', language: 'en', dateOrder: null }).records.map((r) => r.customer)).toEqual(['Acme Ltd']);
  });

  it(`looks ${LOG_HEADER_SCAN_ROWS} rows down and no further`, () => {
    expect(findLogHeader([...blank(LOG_HEADER_SCAN_ROWS - 1), ['Customer', 'Outcome']])?.row).toBe(LOG_HEADER_SCAN_ROWS - 1);
    expect(findLogHeader([...blank(LOG_HEADER_SCAN_ROWS), ['Customer', 'Outcome']])).toBeNull();
  });

  it('adds the columns a hand-kept log lacks right of everything on the sheet, the request id last', () => {
    const plan = planAppend([...log, [], ['', '', '', '', '', 'a note in F']], ID);
    if ('code' in plan) throw new Error(plan.code);
    expect(plan.addHeaders.map((a) => [a.key, a.column])).toEqual([
      ['collector', 6], ['promisedAmount', 7], ['promisedDate', 8], ['callbackAt', 9], ['excuse', 10],
      ['consequence', 11], ['consequenceDate', 12], ['balanceAtCall', 13], ['instalments', 14], ['requestId', 15],
    ]);
    expect(plan.targetRow).toBe(13);
  });
});

describe('where the next call goes', () => {
  const headers = ['Time', 'Customer', 'Outcome', 'Notes', 'Request id'];

  it('right after the last call, whatever stray note stands far below', () => {
    const table: Cell[][] = [headers, [46349.4, 'Acme Ltd', 'no answer', '', ID], ...blank(40), ['', '', '', 'ask for the controller']];
    expect(planAppend(table, 'x')).toMatchObject({ targetRow: 2, existingRow: null });
  });

  it('below a note typed right under the last call, never over it', () => {
    expect(planAppend([headers, [46349.4, 'Acme Ltd', 'no answer', '', ID], ['', '', '', 'see email']], 'x')).toMatchObject({ targetRow: 3 });
  });

  it('nowhere when a total line closes the log: the write stops', () => {
    for (const total of ['Total', 'Razem', '合计', 'TOTAL:']) {
      expect(planAppend([headers, [46349.4, 'Acme Ltd', 'paid', '', ID], [], [total, '', '', 1200]], 'x')).toEqual({ code: 'total-line', row: 3, label: total });
    }
  });

  it('finds a request id already written, wherever the row was sorted to', () => {
    expect(planAppend([headers, [46349.5, 'B', 'paid', '', 'other'], [46349.4, 'Acme Ltd', 'no answer', '', ID]], ID)).toMatchObject({ existingRow: 2 });
  });
});

describe('the request-id column', () => {
  const row = [46349.4, 'Acme Ltd', 'no answer', '', ID];

  it('restores a deleted header over the desk’s ids, so a retry still finds its row', () => {
    const plan = planAppend([['Time', 'Customer', 'Outcome', 'Notes', ''], row], ID);
    expect(plan).toMatchObject({ existingRow: 1, addHeaders: expect.arrayContaining([{ key: 'requestId', column: 4 }]) });
  });

  it('refuses a header typed over the ids, naming the column', () => {
    expect(planAppend([['Time', 'Customer', 'Outcome', 'Notes', 'Ref'], row], 'x')).toEqual({ code: 'renamed-request-id', column: 4, header: 'Ref' });
  });

  it('leaves a column of other text alone and adds a new id column', () => {
    const plan = planAppend([['Time', 'Customer', 'Outcome', 'Notes', 'Ref'], [46349.4, 'Acme Ltd', 'no answer', '', 'PO-1123']], 'x');
    expect(plan).toMatchObject({ addHeaders: expect.arrayContaining([{ key: 'requestId', column: 14 }]) });
  });
});

describe('text kept as typed', () => {
  it('doubles a leading apostrophe, which both hosts take as the text marker', () => {
    expect(typedText("'t Hoekje BV")).toBe("''t Hoekje BV");
    expect(typedText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(typedText('Paid by transfer')).toBe('Paid by transfer');
  });
});

describe('validation of what is logged', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const check = (over: Partial<CallLogEntry>) => validateCallLogEntry(entry(over), 'en', { now });

  it('refuses call times outside a sane window, with clear messages', () => {
    expect(check({ time: '0001-11-23T09:41:00Z' })).toEqual({ ok: false, message: expect.stringMatching(/call time 0001-11-23T09:41:00Z is not a plausible time.*between 2025-11-22 10:00 UTC and 2026-11-24 10:00 UTC/) });
    expect(check({ time: '9999-11-23T09:41:00Z' }).ok).toBe(false);
    expect(validateCallLogEntry(entry({ time: '9999-11-23T09:41:00Z' }), 'en').ok).toBe(false); // without a clock too
    expect(check({ time: '2026-11-24T09:59:00Z' }).ok).toBe(true); // a zone ahead, within a day
    expect(check({ promisedDate: '9999-01-01' })).toEqual({ ok: false, message: expect.stringMatching(/promised date 9999-01-01 .* between 2026-10-23 and 2029-11-2/) });
  });

  it('refuses an amount no log can hold', () => {
    expect(check({ promisedAmount: 1e300 })).toEqual({ ok: false, message: expect.stringMatching(/promised amount 1e\+300 is larger than any amount/) });
    expect(check({ promisedAmount: 1e11 }).ok).toBe(true);
  });

  it('says the same in Polish and Chinese', () => {
    expect(validateCallLogEntry(entry({ time: '0001-01-01T00:00:00Z' }), 'pl', { now })).toMatchObject({ message: expect.stringMatching(/nie jest wiarygodnym terminem/) });
    expect(validateCallLogEntry(entry({ promisedAmount: 1e300 }), 'zh-CN', { now })).toMatchObject({ message: expect.stringMatching(/超出通话记录可接受的最大金额/) });
  });

  const aging: Cell[][] = [['Customer', 'Invoice', 'Open balance'], ['Acme Ltd', 'INV-1', 1000], ['Acme Ltd', 'INV-2', 600], ["'t Hoekje BV", 'INV-3', 200]];

  it('asks to confirm a customer the aging sheet does not list, and accepts once confirmed', () => {
    expect(checkAgainstAging(entry({ customer: 'Acme Limited' }), aging, { language: 'en' })).toEqual({ ok: false, kind: 'confirm', message: expect.stringMatching(/"Acme Limited" is not on the aging sheet. Log this call anyway/) });
    expect(checkAgainstAging(entry({ customer: 'Acme Limited' }), aging, { language: 'en', customerConfirmed: true })).toEqual({ ok: true });
    expect(checkAgainstAging(entry({ customer: "'t Hoekje BV", promisedAmount: 200 }), aging, { language: 'en' })).toEqual({ ok: true });
  });

  it('refuses a promise far above what the customer owes', () => {
    expect(checkAgainstAging(entry({ promisedAmount: 2000 }), aging, { language: 'en' })).toEqual({ ok: true }); // 1,600 owed: within a quarter more
    expect(checkAgainstAging(entry({ promisedAmount: 2001 }), aging, { language: 'en' })).toEqual({ ok: false, kind: 'refuse', message: expect.stringMatching(/2,001.00 is far above what Acme Ltd owes \(1,600.00\)/) });
  });
});

describe('the desk’s request ids', () => {
  it('keep one id through a lost answer and an edit, and tell an edited duplicate', () => {
    let n = 0;
    const subs = new Submissions(() => `id-${++n}`);
    const first = subs.begin('Acme Ltd', entry({ notes: 'typo' }));
    expect(subs.settle(first, { error: 'lost' })).toEqual({ kind: 'unsure', message: 'lost' });
    const retry = subs.begin('Acme Ltd', entry({ notes: 'fixed', time: '2026-11-23T09:50:00Z' }));
    expect([retry.requestId, retry.entry.time]).toEqual(['id-1', '2026-11-23T09:41:00Z']);
    expect(subs.settle(retry, { result: { status: 'refused', message: 'busy' } })).toEqual({ kind: 'unsure', message: 'busy' });
    const third = subs.begin('Acme Ltd', entry({ notes: 'fixed' }));
    expect(subs.settle(third, { result: { status: 'duplicate', row: 7 } })).toEqual({ kind: 'logged', row: 7, duplicate: true, edited: true });
    expect(subs.begin('Acme Ltd', entry()).requestId).toBe('id-2');
  });
});
