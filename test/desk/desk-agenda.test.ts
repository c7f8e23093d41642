import { describe, expect, test } from 'vitest';
import { buildDeskContext } from '../../core/desk/context';
import { planCalls } from '../../core/index';
import { sampleWorkbook, SAMPLE_COLLECTORS, SAMPLE_COLLECTOR_ZONE } from '../../core/sample/sample-workbook';

const ASOF = new Date('2026-11-23T08:30:00Z');
const book = sampleWorkbook(ASOF);
const snapshot = (collector: string | null) => ({
  aging: book.aging,
  callLog: book.callLog,
  settings: book.settings,
  asOf: ASOF,
  selectedRow: null,
  hostLocale: 'en-GB',
  hostTimeZone: SAMPLE_COLLECTOR_ZONE,
  collector,
});

describe('the desk and the day’s agenda', () => {
  const plan = planCalls({ aging: book.aging, callLog: book.callLog, settings: book.settings, asOf: ASOF, hostTimeZone: SAMPLE_COLLECTOR_ZONE });

  test('with a collector at the desk, the queue is that collector’s agenda with each call’s time, and opens on its first call', () => {
    const ctx = buildDeskContext(snapshot('sam'));
    expect(ctx.collectors).toEqual([...SAMPLE_COLLECTORS]);
    expect(ctx.collector).toBe('Sam');
    const sam = plan.agenda.filter((c) => c.collector === 'Sam');
    expect(ctx.queue.map((q) => [q.customer, q.time, q.debtorLocal])).toEqual(sam.map((c) => [c.customer, c.collectorLocal, c.debtorLocal]));
    expect(ctx.selected).toBe(sam[0]!.customer);
    expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
  });

  test('among several collectors, a name not on the team (or none) keeps today’s ranked queue, without times', () => {
    for (const who of [null, 'Zoe']) {
      const ctx = buildDeskContext(snapshot(who));
      expect(ctx.collector).toBeNull();
      expect(ctx.queue.map((q) => q.customer)).toEqual(plan.queue);
      expect(ctx.queue.every((q) => q.time === null)).toBe(true);
    }
  });

  test('a team of one needs no name: the queue is its agenda', () => {
    const solo = book.settings.map((r) => (r[0] === 'collectors' ? ['collectors', '', r[2]!] : r));
    const ctx = buildDeskContext({ ...snapshot(null), settings: solo });
    expect(ctx.collectors).toEqual(['Collector']);
    expect(ctx.collector).toBe('Collector');
    expect(ctx.queue.length).toBeGreaterThan(0);
    expect(ctx.queue.every((q) => q.time !== null)).toBe(true);
  });
});
