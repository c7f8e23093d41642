import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { aging } from './helpers';
import { callLogRow, validateCallLogEntry } from '../../core/calllog/write-row';
import { readCallLog } from '../../core/calllog/read-log';
import { callLogHeaders, CALL_LOG_COLUMNS } from '../../core/calllog/schema';
import { excelSerialFromDay } from '../../core/coerce/date';
import { epochDay } from '../../core/model/day';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { readSettings } from '../../core/settings/read-settings';

const promise = {
  time: '2026-11-23T09:15:00Z',
  customer: 'Kowalski Sp. z o.o.',
  collector: 'Ann',
  outcome: 'promise to pay',
  promisedAmount: 5000,
  promisedDate: '2026-11-27',
  callbackAt: null,
  excuse: 'cash-flow trouble',
  consequence: '',
  consequenceDate: null,
  balanceAtCall: 7500,
  notes: '=HYPERLINK("http://evil.example","click")',
};

describe('writing a call', () => {
  test('typed text that looks like a formula is written as text', () => {
    const row = callLogRow(validateOk(promise), { dates: 'serial', timeZone: 'Europe/Warsaw', language: 'en' });
    expect(row[CALL_LOG_COLUMNS.findIndex((c) => c.key === 'notes')]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row).toHaveLength(callLogHeaders().length);
  });

  test('a host writing into plain-text cells gets the text exactly as typed, without the apostrophe', () => {
    const row = callLogRow(validateOk({ ...promise, customer: '-Minus Ltd', collector: '@ann' }), { dates: 'date', timeZone: 'Europe/Warsaw', language: 'en', textGuard: 'format' });
    const at = (key: string) => row[CALL_LOG_COLUMNS.findIndex((c) => c.key === key)];
    expect(at('notes')).toBe('=HYPERLINK("http://evil.example","click")');
    expect([at('customer'), at('collector')]).toEqual(['-Minus Ltd', '@ann']);
  });

  test('Excel gets serial dates in the collector’s wall time; Sheets gets Date objects', () => {
    const excel = callLogRow(validateOk(promise), { dates: 'serial', timeZone: 'Europe/Warsaw', language: 'en' });
    expect(excel[0]).toBeCloseTo(excelSerialFromDay(epochDay(2026, 11, 23), 10 * 60 + 15), 8);
    expect(excel[5]).toBe(excelSerialFromDay(epochDay(2026, 11, 27)));
    const sheets = callLogRow(validateOk(promise), { dates: 'date', timeZone: 'Europe/Warsaw', language: 'pl' });
    expect(sheets[0]).toEqual(new Date('2026-11-23T09:15:00Z'));
    expect(sheets[3]).toBe('obietnica zapłaty');
  });

  test('a promise without a date is refused with what to ask', () => {
    const check = validateCallLogEntry({ ...promise, promisedDate: null }, 'en');
    expect(check).toEqual({ ok: false, message: expect.stringMatching(/Can you pay today/) });
  });

  test('a consequence the firm does not carry out is never logged as announced', () => {
    const check = validateCallLogEntry({ ...promise, consequence: 'court', consequenceDate: '2026-12-01' }, 'en', { allowedConsequences: ['final notice'] });
    expect(check.ok).toBe(false);
  });

  test('anything that is not a call is refused, not written', () => {
    for (const raw of [null, 42, 'x', { customer: '' }, { ...promise, outcome: 'threatened them' }, { ...promise, time: 'yesterday' }, { ...promise, promisedAmount: -5 }]) {
      expect(validateCallLogEntry(raw, 'en').ok).toBe(false);
    }
  });
});

describe('reading the log back', () => {
  test('a log kept by hand in Chinese is read, and a bad outcome is reported on its row', () => {
    const log = readCallLog(
      [
        callLogHeaders('zh-CN'),
        ['2026-11-20 10:00', '上海瑞鑫贸易', '王芳', '承诺付款', 8000, '2026-11-25', '', '资金紧张', '', '', 8000, ''],
        ['2026-11-21 10:00', '上海瑞鑫贸易', '王芳', '骂人', '', '', '', '', '', '', '', ''],
      ],
      { timeZone: 'Asia/Shanghai', language: 'zh-CN', dateOrder: null },
    );
    expect(log.records).toHaveLength(1);
    expect(log.records[0]).toMatchObject({ outcome: 'promise to pay', promisedAmount: 8000, at: new Date('2026-11-20T02:00:00Z') });
    expect(log.issues[0]).toMatchObject({ row: 3, code: 'bad-outcome' });
    expect(log.issues[0]!.message).toMatch(/第3行/);
  });
});

describe('settings', () => {
  test('a new Settings sheet lists every key with its default and reads back unchanged', () => {
    const rows = settingsSheetRows('pl');
    expect(rows[0]).toEqual(['Ustawienie', 'Wartość', 'Znaczenie']);
    const read = readSettings(rows);
    expect(read.issues).toEqual([]);
    expect(read.settings.language).toBe('pl');
    expect(read.settings.dailyCapacity).toBe(25);
  });

  test('the us-consumer preset brings Regulation F’s hours and no lunch break', () => {
    const read = readSettings([['policy', 'us-consumer']]);
    expect(read.settings.policy).toBe('us-consumer');
    expect(read.settings.lunch).toBeNull();
  });
});

function validateOk(raw: unknown) {
  const check = validateCallLogEntry(raw, 'en');
  if (!check.ok) throw new Error(check.message);
  return check.entry;
}

test('an invalid Date cell in the call log is reported, not thrown', () => {
  const headers = callLogHeaders('en');
  const row = headers.map((_, i) => (i === 0 ? new Date(NaN) : i === 1 ? 'Acme' : i === 3 ? 'no answer' : ''));
  const log = readCallLog([headers, row], { timeZone: 'UTC', language: 'en', dateOrder: null });
  expect(log.records).toHaveLength(0);
  expect(log.issues.map((i) => i.row)).toEqual([2]);
});

describe('a 0 where the log is blank', () => {
  // A formula that reads a blank cell gets 0 (HSTACK of the log's columns, =A1-style references).
  test('is read as the blank it stands for: no promise of nothing, no day serial 0, no issue', () => {
    const sheet = aging([['Beta', 'B-1', '2026-10-20', 1000]]);
    const given: Record<string, string | number> = { time: '2026-11-16T09:00:00Z', customer: 'Beta', outcome: 'promise to pay', promisedDate: '2026-11-20', balanceAtCall: 1000 };
    const log = [callLogHeaders('en'), CALL_LOG_COLUMNS.map((c) => given[c.key] ?? 0)];
    const plan = planCalls({ aging: sheet, callLog: log, settings: { collectorTimeZone: 'Europe/Warsaw' }, asOf: new Date('2026-11-23T09:00:00Z') });
    expect(plan.issues.filter((i) => i.table === 'callLog')).toEqual([]);
    const p = plan.debtors[0]!.history.promises[0]!;
    // Judged against the balance at the call, not as a promise of 0 kept by paying nothing.
    expect(p.status).toBe('broken');
  });
});
