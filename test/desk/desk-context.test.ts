import { describe, expect, it } from 'vitest';
import { buildDeskContext, DESK_ISSUES_SENT, firstRowOf } from '../../core/desk/context';
import type { Cell } from '../../core/model/cell';
import { callLogHeaders, OUTCOME_WORDS } from '../../core/calllog/schema';
import type { CallLogEntry } from '../../core/calllog/entry';
import { planCalls } from '../../core/index';
import { sampleWorkbook, SAMPLE_COLLECTORS, SAMPLE_COLLECTOR_ZONE } from '../../core/sample/sample-workbook';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { createMemoryPort } from '../../core/ui/preview/memory-port';

const ASOF = new Date('2026-11-23T10:00:00Z');
const snapshot = (over: Partial<Parameters<typeof buildDeskContext>[0]> = {}) => {
  const book = sampleWorkbook(ASOF);
  return { aging: book.aging, callLog: book.callLog, settings: book.settings, asOf: ASOF, selectedRow: null, hostLocale: null, hostTimeZone: null, ...over };
};

describe('the sample workbook', () => {
  const book = sampleWorkbook(ASOF);
  const plan = planCalls({ aging: book.aging, callLog: book.callLog, settings: book.settings, asOf: ASOF });
  const by = (name: string) => plan.debtors.find((d) => d.customer === name)!;

  it('is read without a single issue and holds about 40 debtors', () => {
    expect(plan.issues).toEqual([]);
    expect(plan.debtors.length).toBeGreaterThanOrEqual(38);
    expect(plan.debtors.length).toBeLessThanOrEqual(45);
    expect(plan.settings.collectorTimeZone).toBe(SAMPLE_COLLECTOR_ZONE);
  });

  it('is the same workbook for the same moment, and moves along with the moment', () => {
    expect(sampleWorkbook(ASOF)).toEqual(book);
    const later = sampleWorkbook(new Date(ASOF.getTime() + 7 * 86_400_000));
    expect(later.aging[1]![3]).toBe((book.aging[1]![3] as number) + 7);
  });

  it('has debtors in every state a collector meets', () => {
    expect(plan.debtors.filter((d) => d.riskClass === 'not-due').length).toBeGreaterThanOrEqual(3);
    expect(plan.debtors.some((d) => d.riskClass === 'dead' || d.riskClass === 'bad')).toBe(true);
    const crescent = by('Crescent Fitness Studio');
    expect(crescent.history.promises[0]).toMatchObject({ status: 'broken', date: '2026-11-22' }); // broken yesterday
    expect(by('Westfield Catering').disputed).toBe(true);
    expect(by('Lantern Brewing Co').balance).toBe(3500); // partly paid
    expect(by('Jordan Miller')).toMatchObject({ consumer: true, timeZone: 'America/Chicago' });
    expect(by('上海瑞鑫贸易有限公司').timeZone).toBe('Asia/Shanghai');
    expect(by('Wisła Logistyka S.A.').timeZone).toBe('Europe/Warsaw');
    expect(new Set(plan.debtors.map((d) => d.stage)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives dates as Excel serials, as Excel delivers a range', () => {
    expect(typeof book.aging[1]![2]).toBe('number');
    expect(book.callLog[0]).toEqual(callLogHeaders('en'));
    expect(book.settings).toEqual(settingsSheetRows('en', { collectorTimeZone: SAMPLE_COLLECTOR_ZONE, holidayCountry: 'GB', allowedConsequences: ['final notice', 'late interest', 'stop supply'], collectors: [...SAMPLE_COLLECTORS] }));
  });
});

describe('the desk context', () => {
  it('carries no Date: it survives JSON unchanged, as google.script.run needs', () => {
    const ctx = buildDeskContext(snapshot());
    expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
    expect(ctx.asOf).toBe(ASOF.toISOString());
    expect(ctx.debtor!.nextCall!.start).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(ctx.allowedConsequences).toEqual(['final notice', 'late interest', 'stop supply']);
    expect(ctx.layout.kind).toBe('invoice');
  });

  it('selects the customer of the selected aging row, else the first of today’s queue', () => {
    const first = buildDeskContext(snapshot());
    expect(first.selected).toBe(first.queue[0]!.customer);
    expect(first.debtor!.customer).toBe(first.selected);
    const book = sampleWorkbook(ASOF);
    const row = book.aging.findIndex((r) => r[0] === 'Redbrick Bakery') + 1;
    expect(buildDeskContext(snapshot({ selectedRow: row })).selected).toBe('Redbrick Bakery');
  });

  it('speaks the Settings language, else the host’s, else English', () => {
    const book = sampleWorkbook(ASOF);
    const noLanguage = book.settings.filter((r) => r[0] !== 'language');
    expect(buildDeskContext(snapshot({ settings: noLanguage, hostLocale: 'pl-PL' })).language).toBe('pl');
    expect(buildDeskContext(snapshot({ settings: null, hostLocale: 'zh-CN' })).language).toBe('zh-CN');
    expect(buildDeskContext(snapshot({ settings: null, hostLocale: 'de-DE' })).language).toBe('en');
    const chinese = settingsSheetRows('zh-CN', { collectorTimeZone: SAMPLE_COLLECTOR_ZONE });
    expect(buildDeskContext(snapshot({ settings: chinese, hostLocale: 'pl-PL' })).language).toBe('zh-CN');
  });

  it('speaks the language the collector picked, reasons included, and keeps the Settings sheet’s issues', () => {
    const book = sampleWorkbook(ASOF);
    const typo = [...book.settings, ['dailyCapacity', 'many']];
    const english = buildDeskContext(snapshot({ settings: typo }));
    const polish = buildDeskContext(snapshot({ settings: typo, language: 'pl' }));
    expect(polish.language).toBe('pl');
    expect(polish.debtor!.reasons.join(' ')).toMatch(/dni po terminie/);
    expect(polish.collectorTimeZone).toBe(english.collectorTimeZone);
    expect(polish.queue).toEqual(english.queue);
    expect(english.issues.some((i) => i.table === 'settings')).toBe(true);
    expect(polish.issues.filter((i) => i.table === 'settings')).toHaveLength(english.issues.filter((i) => i.table === 'settings').length);
  });
});

/** A sheet of `debtors` debtors with three invoices each and a call log, zones and phones as real exports have them. */
function bigBook(debtors: number): { aging: Cell[][]; callLog: Cell[][] } {
  const zones = ['Europe/Warsaw', 'America/New_York', 'Asia/Shanghai', 'Europe/London'];
  const aging: Cell[][] = [['Customer', 'Invoice', 'Invoice date', 'Due date', 'Amount', 'Open balance', 'Time zone', 'Phone', 'Contact']];
  for (let i = 0; i < debtors * 3; i++) {
    const d = i % debtors;
    const due = 46349 - ((i * 37) % 400) + 30;
    aging.push([`Debtor ${d} Trading Company Ltd`, `INV-${i}`, due - 30, due, 1000 + (i % 97) * 13.5, 500 + (i % 89) * 11.25, zones[d % zones.length]!, `+1 555 ${String(d).padStart(4, '0')}`, `Contact ${d}`]);
  }
  const callLog: Cell[][] = [['Time', 'Customer', 'Collector', 'Outcome', 'Promised amount', 'Promised date', 'Callback at', 'Excuse', 'Consequence', 'Consequence date', 'Balance at call', 'Notes']];
  for (let i = 0; i < debtors * 2; i++) callLog.push([46349 - (i % 50) - 0.5, `Debtor ${i % debtors} Trading Company Ltd`, 'Ann', i % 3 ? 'no answer' : 'promise to pay', i % 3 ? '' : 300, i % 3 ? '' : 46340, '', '', '', '', 2000, 'called the main line']);
  return { aging, callLog };
}

describe('what crosses to the sidebar', () => {
  const ASOF_BIG = new Date('2026-11-23T08:00:00Z');

  it('is the debtor on screen and today’s queue: at most 50 KB at 5,000 debtors', () => {
    const book = bigBook(5000);
    const ctx = buildDeskContext({ aging: book.aging, callLog: book.callLog, settings: null, asOf: ASOF_BIG, selectedRow: 1234, hostLocale: null, hostTimeZone: 'Europe/London' });
    const bytes = Buffer.byteLength(JSON.stringify(ctx));
    const everyone = Buffer.byteLength(JSON.stringify(planCalls({ aging: book.aging, callLog: book.callLog, asOf: ASOF_BIG, hostTimeZone: 'Europe/London' }).debtors));
    console.log(`desk context at 5,000 debtors: ${(bytes / 1024).toFixed(1)} KiB (every debtor, as before: ${(everyone / 1024 / 1024).toFixed(1)} MiB)`);
    expect(ctx.debtorCount).toBe(5000);
    expect(ctx.queue.length).toBeGreaterThan(0);
    expect(ctx.debtor!.rows).toContain(1234);
    expect(bytes).toBeLessThanOrEqual(50 * 1024);
  });

  it('opens the customer the desk asked for over the selected row, and the selected row’s over the queue', () => {
    const book = sampleWorkbook(ASOF);
    const row = book.aging.findIndex((r) => r[0] === 'Redbrick Bakery') + 1;
    const asked = buildDeskContext(snapshot({ selectedRow: row, customer: 'Fenwick Electrical' }));
    expect(asked.debtor!.customer).toBe('Fenwick Electrical');
    expect(asked.selected).toBe('Fenwick Electrical');
    // A customer no longer in the sheet (renamed, paid and removed): the selection decides again.
    expect(buildDeskContext(snapshot({ selectedRow: row, customer: 'Nobody Ltd' })).selected).toBe('Redbrick Bakery');
  });

  it('names each queued customer with their first aging row, for moving the host’s selection', () => {
    const book = sampleWorkbook(ASOF);
    const ctx = buildDeskContext(snapshot());
    for (const q of ctx.queue) {
      const first = book.aging.findIndex((r) => r[0] === q.customer) + 1;
      expect(q.row).toBe(first);
      expect(firstRowOf(ctx, q.customer)).toBe(first);
    }
    expect(firstRowOf(ctx, 'Nobody Ltd')).toBeUndefined();
  });

  it('carries the first issues and says how many there are', () => {
    const book = sampleWorkbook(ASOF);
    const broken = [...book.aging, ...Array.from({ length: 120 }, (_, i) => [`Broken ${i}`, `X-${i}`, 'not a date', 'soon', 'abc'] as Cell[])];
    const ctx = buildDeskContext(snapshot({ aging: broken }));
    expect(ctx.issueCount).toBeGreaterThan(DESK_ISSUES_SENT);
    expect(ctx.issues).toHaveLength(DESK_ISSUES_SENT);
  });
});

describe('the in-memory port behind the preview', () => {
  const entry = (over: Partial<CallLogEntry> = {}): CallLogEntry => ({
    time: '2026-11-23T10:05:00.000Z', customer: 'Fenwick Electrical', collector: 'Alex', outcome: 'promise to pay', promisedAmount: 3150,
    promisedDate: '2026-11-26', callbackAt: null, excuse: '', consequence: '', consequenceDate: null, balanceAtCall: 3930, notes: '@once', instalments: null, ...over,
  });

  it('appends one row per request id, formatted by the core, and the plan sees it', async () => {
    const book = sampleWorkbook(ASOF);
    const before = book.callLog.map((r) => [...r]);
    const port = createMemoryPort(book, { now: () => new Date(ASOF.getTime() + 10 * 60_000) });
    const first = await port.logCall(entry(), 'req-1');
    expect(first).toEqual({ status: 'written', row: before.length + 1 });
    expect(await port.logCall(entry(), 'req-1')).toEqual({ status: 'duplicate', row: before.length + 1 });
    expect(book.callLog.slice(0, before.length)).toEqual(before); // nothing overwritten or reordered
    const row = book.callLog[before.length]!;
    expect(row[1]).toBe('Fenwick Electrical');
    expect(row[3]).toBe(OUTCOME_WORDS['promise to pay'].en);
    expect(row[11]).toBe('@once'); // stored as a host stores it: the guarding apostrophe is not shown
    const ctx = await port.getContext({ customer: 'Fenwick Electrical' });
    expect(ctx.debtor!.history.openPromise).toMatchObject({ date: '2026-11-26', amount: 3150 });
  });

  it('refuses a consequence the firm does not allow, with a message, and writes nothing', async () => {
    const book = sampleWorkbook(ASOF);
    const rows = book.callLog.length;
    const port = createMemoryPort(book, { now: () => ASOF });
    expect(await port.logCall(entry({ consequence: 'court', consequenceDate: '2026-12-01' }), 'req-2')).toEqual({ status: 'refused', message: expect.stringMatching(/court/) });
    expect(await port.logCall(entry({ outcome: 'promise to pay', promisedDate: null }), 'req-3')).toEqual({ status: 'refused', message: expect.stringMatching(/date/i) });
    expect(book.callLog.length).toBe(rows);
  });

  it('moves the selection to a customer’s first aging row and tells the desk when a row is picked', async () => {
    const port = createMemoryPort(sampleWorkbook(ASOF), { now: () => ASOF });
    await port.getContext({ customer: 'Redbrick Bakery' });
    await port.selectCustomer!('Redbrick Bakery');
    expect((await port.getContext()).selected).toBe('Redbrick Bakery');
    let told = 0;
    port.onSelectionChange!(() => told++);
    port.selectRow(2);
    expect(told).toBe(1);
    expect((await port.getContext()).selected).toBe(sampleWorkbook(ASOF).aging[1]![0]);
  });
});
