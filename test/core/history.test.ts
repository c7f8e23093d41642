import { describe, expect, test } from 'vitest';
import { readCallLog } from '../../core/calllog/read-log';
import { debtorLog } from '../../core/history/debtor-log';
import { callStopOf } from '../../core/history/call-stop';
import { parseIsoDay } from '../../core/model/day';
import { callLog, type LogRow } from './helpers';

// Monday 23 November 2026, 12:00 UTC; the collector's day is the 23rd.
const AS_OF = new Date('2026-11-23T12:00:00Z');
const TODAY = parseIsoDay('2026-11-23')!;

function logOf(rows: Omit<LogRow, 'customer'>[], balance = 1000) {
  const records = readCallLog(callLog(rows.map((r) => ({ ...r, customer: 'Acme' }))), { timeZone: 'UTC', language: 'en', dateOrder: null }).records;
  return debtorLog(records, AS_OF, TODAY, balance);
}

describe('what one debtor’s calls say', () => {
  test('counts: attempts in the last 7 days and 24 hours, refusals, the unanswered streak, conversations', () => {
    const log = logOf([
      { time: '2026-11-16T12:00:00Z', outcome: 'refused' }, // exactly 7 days ago: outside the week
      { time: '2026-11-16T12:01:00Z', outcome: 'no answer' },
      { time: '2026-11-22T11:59:00Z', outcome: 'callback requested' }, // 24 h and a minute ago
      { time: '2026-11-22T12:01:00Z', outcome: 'no answer' },
      { time: '2026-11-23T09:00:00Z', outcome: 'voicemail' },
      { time: '2026-11-23T13:00:00Z', outcome: 'paid' }, // after the plan's time: not yet
    ]);
    const h = log.history;
    expect(h.attemptsLast7Days).toBe(4);
    expect(h.attemptsToday).toBe(2);
    expect(h.refusals).toBe(1);
    expect(h.unreachableStreak).toBe(2);
    expect(log.attempts).toHaveLength(5);
    expect(log.conversations.map((d) => d.toISOString())).toEqual(['2026-11-16T12:00:00.000Z', '2026-11-22T11:59:00.000Z']);
    expect(h.lastConversation).toBe('2026-11-22T11:59:00.000Z');
    expect(h.lastCall).toMatchObject({ at: '2026-11-23T09:00:00.000Z', outcome: 'voicemail', collector: 'Ann' });
    expect(h.recentCalls.map((c) => c.outcome)).toEqual(['voicemail', 'no answer', 'callback requested', 'no answer', 'refused']);
    // A call-back counts only while it is the last word.
    expect(h.callbackAt).toBeNull();
  });

  test('a requested call-back is kept while it is the last call', () => {
    const log = logOf([{ time: '2026-11-22T10:00:00Z', outcome: 'callback requested', callbackAt: '2026-11-24T09:30:00Z' }]);
    expect(log.history.callbackAt).toBe('2026-11-24T09:30:00.000Z');
    expect(log.callbackAt!.toISOString()).toBe('2026-11-24T09:30:00.000Z');
  });

  test('an announced consequence is due on its day unless paid since', () => {
    const due = logOf([{ time: '2026-11-10T10:00:00Z', outcome: 'refused', consequence: 'stop supply', consequenceDate: '2026-11-23' }]);
    expect(due.history.consequenceDue).toEqual({ consequence: 'stop supply', date: '2026-11-23' });
    expect(logOf([{ time: '2026-11-10T10:00:00Z', outcome: 'refused', consequence: 'stop supply', consequenceDate: '2026-11-24' }]).history.consequenceDue).toBeNull();
    const paid = logOf([
      { time: '2026-11-10T10:00:00Z', outcome: 'refused', consequence: 'stop supply', consequenceDate: '2026-11-20' },
      { time: '2026-11-18T10:00:00Z', outcome: 'paid' },
    ]);
    expect(paid.history.consequenceDue).toBeNull();
    expect(logOf([{ time: '2026-11-10T10:00:00Z', outcome: 'refused', consequence: 'stop supply', consequenceDate: '2026-11-20' }], 0).history.consequenceDue).toBeNull();
  });

  test('a dispute stays open until a later promise or payment', () => {
    expect(logOf([{ time: '2026-11-10T10:00:00Z', outcome: 'dispute' }, { time: '2026-11-12T10:00:00Z', outcome: 'no answer' }]).history.disputeLogged).toBe(true);
    expect(logOf([{ time: '2026-11-10T10:00:00Z', outcome: 'dispute' }, { time: '2026-11-12T10:00:00Z', outcome: 'promise to pay', promisedDate: '2026-11-30' }]).history.disputeLogged).toBe(false);
    expect(logOf([{ time: '2026-11-10T10:00:00Z', outcome: 'paid' }, { time: '2026-11-12T10:00:00Z', outcome: 'dispute' }]).history.disputeLogged).toBe(true);
  });

  test('promises newest first; a later payment keeps a promise the log gives no balance for', () => {
    const log = logOf([
      { time: '2026-11-02T10:00:00Z', outcome: 'promise to pay', promisedDate: '2026-11-06' },
      { time: '2026-11-09T10:00:00Z', outcome: 'paid' },
      { time: '2026-11-12T10:00:00Z', outcome: 'promise to pay', promisedDate: '2026-11-20', promisedAmount: 200 },
    ]);
    expect(log.history.promises.map((p) => [p.date, p.status, p.amount])).toEqual([['2026-11-20', 'broken', 200], ['2026-11-06', 'kept', null]]);
    expect(log.history.keptPromises).toBe(1);
    expect(log.history.brokenPromises).toBe(1);
    expect(log.lastPromise!.status).toBe('broken');
    // No balance at the call: nothing known received, so no part to chase.
    expect(log.history.partialToChase).toBeNull();
    expect(log.history.openPromise).toBeNull();
  });

  test('no calls: the shared empty answer', () => {
    const none = debtorLog([], AS_OF, TODAY, 100);
    expect(none.history).toMatchObject({ attemptsLast7Days: 0, lastCall: null, promises: [], unreachableStreak: 0, disputeLogged: false });
    expect(Object.isFrozen(none)).toBe(true);
  });
});

describe('stops', () => {
  const records = (rows: Omit<LogRow, 'customer'>[]) => readCallLog(callLog(rows.map((r) => ({ ...r, customer: 'Acme' }))), { timeZone: 'UTC', language: 'en', dateOrder: null }).records;
  test('none without a stopping outcome; the strongest wins whatever the order', () => {
    expect(callStopOf(records([{ time: '2026-11-10T10:00:00Z', outcome: 'refused' }]), true)).toBeNull();
    expect(callStopOf(records([{ time: '2026-11-10T10:00:00Z', outcome: 'attorney' }, { time: '2026-11-11T10:00:00Z', outcome: 'cease request' }]), true)!.reason).toBe('attorney');
    expect(callStopOf(records([{ time: '2026-11-10T10:00:00Z', outcome: 'cease request' }, { time: '2026-11-11T10:00:00Z', outcome: 'attorney' }]), true)).toMatchObject({ reason: 'attorney', row: 3 });
    expect(callStopOf(records([{ time: '2026-11-10T10:00:00Z', outcome: 'bankruptcy' }, { time: '2026-11-11T10:00:00Z', outcome: 'attorney' }]), false)).toMatchObject({ reason: 'bankruptcy', row: 2 });
    // A second attorney row (new details) replaces the first.
    expect(callStopOf(records([{ time: '2026-11-10T10:00:00Z', outcome: 'attorney' }, { time: '2026-11-11T10:00:00Z', outcome: 'attorney' }]), false)!.row).toBe(3);
  });
  test('a later agreement clears only a business’s cease request', () => {
    const rows = [{ time: '2026-11-10T10:00:00Z', outcome: 'cease request' }, { time: '2026-11-11T10:00:00Z', outcome: 'callback requested' }];
    expect(callStopOf(records(rows), false)).toBeNull();
    expect(callStopOf(records(rows), true)!.reason).toBe('cease-consumer');
    expect(callStopOf(records([{ time: '2026-11-10T10:00:00Z', outcome: 'attorney' }, { time: '2026-11-11T10:00:00Z', outcome: 'paid' }]), false)!.reason).toBe('attorney');
  });
});
