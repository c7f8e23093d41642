import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { buildDeskContext } from '../../core/desk/context';
import { OUTCOME_WORDS, parseOutcome } from '../../core/calllog/schema';
import { LANGUAGES } from '../../core/model/cell';
import { aging, callLog, type LogRow } from './helpers';

// Monday 23 November 2026, 10:00 in Warsaw.
const AS_OF = new Date('2026-11-23T09:00:00Z');
const settings = { collectorTimeZone: 'Europe/Warsaw' };

function plan(kind: 'consumer' | 'business', rows: Omit<LogRow, 'customer'>[], notes: string[] = [], language: 'en' | 'zh-CN' | 'pl' = 'en') {
  const sheet = aging([['Nowak', 'N-1', '2026-09-01', 1200, 'PL', kind]], ['Country', 'Type of debtor']);
  const log = callLog(rows.map((r) => ({ ...r, customer: 'Nowak' })));
  notes.forEach((n, i) => (log[i + 1]![11] = n));
  return planCalls({ aging: sheet, callLog: log, settings: { ...settings, language }, asOf: AS_OF });
}

describe('outcomes that stop calls', () => {
  test('each is an outcome word in every language', () => {
    for (const o of ['cease request', 'attorney', 'bankruptcy'] as const) {
      for (const l of LANGUAGES) expect(parseOutcome(OUTCOME_WORDS[o][l])).toBe(o);
    }
  });

  test('without any of them the debtor is called: the tests below are not vacuous', () => {
    const p = plan('consumer', [{ time: '2026-11-10T09:00:00Z', outcome: 'no answer' }]);
    expect(p.debtors[0]!.nextCall).not.toBeNull();
    expect(p.queue).toEqual(['Nowak']);
  });

  test('a consumer who asked us to stop gets no call and no place in the queue, only letters, even after a later promise', () => {
    const p = plan('consumer', [
      { time: '2026-11-10T09:00:00Z', outcome: 'cease request' },
      { time: '2026-11-16T09:00:00Z', outcome: 'promise to pay', promisedDate: '2026-11-30' },
    ]);
    const d = p.debtors[0]!;
    expect(d.nextCall).toBeNull();
    expect(p.queue).toEqual([]);
    expect(d.doNotCall).toBe(true);
    expect(d.callStop).toMatchObject({ reason: 'cease-consumer', row: 2 });
    expect(d.callNowBlocked).toMatch(/^No calls: on 2026-11-10 the debtor asked us to stop calling \(Call Log row 2\)\. Write only/);
    expect(d.nextCallWhy).toBe(d.callNowBlocked);
    expect(d.reasons).toContain(d.callNowBlocked);
  });

  test('a business that asked us to stop is do-not-call until a later row clears it', () => {
    const stopped = plan('business', [{ time: '2026-11-10T09:00:00Z', outcome: 'cease request' }]).debtors[0]!;
    expect(stopped.nextCall).toBeNull();
    expect(stopped.callStop!.reason).toBe('cease-business');
    expect(stopped.callNowBlocked).toMatch(/only when a person clears it in the sheet/);
    // Unanswered rows a person dialled by hand do not clear it; an agreement to go on does.
    const stillStopped = plan('business', [
      { time: '2026-11-10T09:00:00Z', outcome: 'cease request' },
      { time: '2026-11-12T09:00:00Z', outcome: 'no answer' },
    ]).debtors[0]!;
    expect(stillStopped.nextCall).toBeNull();
    for (const outcome of ['callback requested', 'promise to pay', 'partial payment promised', 'paid']) {
      const cleared = plan('business', [
        { time: '2026-11-10T09:00:00Z', outcome: 'cease request' },
        { time: '2026-11-12T09:00:00Z', outcome, promisedDate: '2026-11-13', promisedAmount: 100, callbackAt: '2026-11-24T09:00:00Z' },
      ]).debtors[0]!;
      expect(cleared.callStop, outcome).toBeNull();
      expect(cleared.nextCall, outcome).not.toBeNull();
    }
  });

  test('a represented debtor is not called; the desk shows the attorney’s details logged with the row', () => {
    const d = plan('business', [{ time: '2026-11-10T09:00:00Z', outcome: 'attorney' }], ['Mec. Anna Lis, +48 22 555 01 02']).debtors[0]!;
    expect(d.nextCall).toBeNull();
    expect(d.callStop).toMatchObject({ reason: 'attorney', notes: 'Mec. Anna Lis, +48 22 555 01 02' });
    expect(d.callNowBlocked).toBe('No calls to the debtor: represented by an attorney since 2026-11-10 (Call Log row 2). Contact the attorney instead: Mec. Anna Lis, +48 22 555 01 02.');
    const noDetails = plan('consumer', [{ time: '2026-11-10T09:00:00Z', outcome: 'attorney' }]).debtors[0]!;
    expect(noDetails.callNowBlocked).toMatch(/Contact the attorney instead\.$/);
  });

  test('bankruptcy stops every collection call, whatever follows, and outranks a cease request', () => {
    const d = plan('business', [
      { time: '2026-11-05T09:00:00Z', outcome: 'bankruptcy' },
      { time: '2026-11-10T09:00:00Z', outcome: 'cease request' },
      { time: '2026-11-12T09:00:00Z', outcome: 'promise to pay', promisedDate: '2026-11-30' },
    ]).debtors[0]!;
    expect(d.nextCall).toBeNull();
    expect(d.callStop).toMatchObject({ reason: 'bankruptcy', row: 2 });
    expect(d.priority).toBe(0);
  });

  test('the reasons are in the user’s language', () => {
    const zh = plan('consumer', [{ time: '2026-11-10T09:00:00Z', outcome: '要求停止来电' }], [], 'zh-CN').debtors[0]!;
    expect(zh.callNowBlocked).toMatch(/^不得致电：债务人于2026-11-10要求停止来电/);
    const pl = plan('business', [{ time: '2026-11-10T09:00:00Z', outcome: 'upadłość' }], [], 'pl').debtors[0]!;
    expect(pl.callNowBlocked).toMatch(/^Żadnych telefonów windykacyjnych: 2026-11-10 odnotowano upadłość/);
    const plAttorney = plan('business', [{ time: '2026-11-10T09:00:00Z', outcome: 'pełnomocnik' }], ['adw. Jan Kos'], 'pl').debtors[0]!;
    expect(plAttorney.callNowBlocked).toMatch(/pełnomocnikiem: adw\. Jan Kos\.$/);
  });

  test('the desk context carries the stop and the reason', () => {
    const sheet = aging([['Nowak', 'N-1', '2026-09-01', 1200, 'PL', 'consumer']], ['Country', 'Type of debtor']);
    const ctx = buildDeskContext({
      aging: sheet,
      callLog: callLog([{ time: '2026-11-10T09:00:00Z', customer: 'Nowak', outcome: 'bankruptcy' }]),
      settings: null,
      asOf: AS_OF,
      selectedRow: 2,
      hostTimeZone: 'Europe/Warsaw',
      hostLocale: 'en-GB',
      language: null,
    });
    expect(ctx.debtor!.callStop).toEqual({ reason: 'bankruptcy', row: 2, at: '2026-11-10T09:00:00.000Z', notes: '' });
    expect(ctx.debtor!.callNowBlocked).toMatch(/No collection calls/);
    expect(ctx.queue).toEqual([]);
  });
});
