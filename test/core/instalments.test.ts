import { describe, expect, test } from 'vitest';
import { formatInstalments, MAX_INSTALMENTS, scheduleDay, type InstalmentPlan } from '../../core/calllog/instalments';
import { cellProblemText, parseInstalmentsCell } from '../../core/calllog/instalments-cell';
import { readCallLog } from '../../core/calllog/read-log';
import { callLogHeaders, parseOutcome } from '../../core/calllog/schema';
import { callLogRow, validateCallLogEntry } from '../../core/calllog/write-row';
import type { CallLogEntry } from '../../core/calllog/entry';
import type { Language } from '../../core/model/cell';
import { epochDay, isoDay } from '../../core/model/day';

const read = (cell: string) => parseInstalmentsCell(cell, null);
const days = (cell: string) => {
  const p = read(cell);
  if (!p?.ok) throw new Error(JSON.stringify(p));
  return p.instalments.map((i) => [isoDay(i.day), i.amount]);
};
const problem = (cell: string) => {
  const p = read(cell);
  if (!p || p.ok) throw new Error(`read: ${cell}`);
  return p.problem;
};

describe('the Instalments cell: a schedule in three languages', () => {
  const threeMonthly = [['2026-12-01', 500], ['2027-01-01', 500], ['2027-02-01', 500]];
  test.each([
    ['en', '3 × 500.00 every month from 2026-12-01'],
    ['en, typed', '3 x 500 every month from 2026-12-01'],
    ['en, with a word', '3 instalments × $500 every 1 month starting 2026-12-01'],
    ['pl', '3 × 500,00 co miesiąc od 2026-12-01'],
    ['pl, with a word', '3 raty × 500 zł co 1 miesiąc od 01.12.2026'],
    ['zh-CN', '3 期 × 500.00，每月，自 2026-12-01 起'],
    ['zh-CN, no spaces', '3期×500每月从2026-12-01开始'],
    ['zh-CN, full-width digits', '３期×５００.００，每个月，自２０２６-１２-０１起'],
  ])('%s: %s', (_, cell) => {
    expect(days(cell)).toEqual(threeMonthly);
  });

  test('weeks and days, with a count', () => {
    expect(days('3 × 100 every 2 weeks from 2026-12-01')).toEqual([['2026-12-01', 100], ['2026-12-15', 100], ['2026-12-29', 100]]);
    expect(days('2 × 100 co 10 dni od 2026-12-30')).toEqual([['2026-12-30', 100], ['2027-01-09', 100]]);
    expect(days('2 × 100，每2周，自 2026-12-01 起')).toEqual([['2026-12-01', 100], ['2026-12-15', 100]]);
    expect(days('4 × 1 250,50 co 2 tygodnie od 2026-12-01').map((d) => d[1])).toEqual([1250.5, 1250.5, 1250.5, 1250.5]);
  });

  test('a month keeps the first date’s day, or the month’s last day when it has fewer', () => {
    expect(days('4 × 10 every month from 2027-01-31').map((d) => d[0])).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    expect(isoDay(scheduleDay(epochDay(2027, 11, 30), { n: 3, unit: 'month' }, 1))).toBe('2028-02-29');
  });
});

describe('the Instalments cell: a list', () => {
  test('date and amount, separated by ; or new lines, in any date form the log reads', () => {
    expect(days('2026-12-01 500.00; 2027-01-15 750')).toEqual([['2026-12-01', 500], ['2027-01-15', 750]]);
    expect(days('2026-12-01: 1 000,50 zł\n2027-01-15: 750,00 zł')).toEqual([['2026-12-01', 1000.5], ['2027-01-15', 750]]);
    expect(days('2026-12-01 500；2027-01-15 750')).toEqual([['2026-12-01', 500], ['2027-01-15', 750]]);
  });
});

describe('a bad cell says exactly what is wrong', () => {
  test.each([
    ['3 × 500 every fortnight from 2026-12-01', { code: 'interval', value: 'fortnight' }],
    ['3 × 500 every month', { code: 'from' }],
    ['3 × 500 from 2026-12-01', { code: 'interval', value: '500 from 2026-12-01' }],
    ['three × 500 every month from 2026-12-01', { code: 'count' }],
    ['3 × nothing every month from 2026-12-01', { code: 'amount', value: 'nothing' }],
    ['3 × 0 every month from 2026-12-01', { code: 'amount', value: '0' }],
    ['3 × 500 every month from 2026-02-30', { code: 'date', value: '2026-02-30' }],
    ['1 × 500 every month from 2026-12-01', { code: 'few' }],
    ['121 × 5 every day from 2026-12-01', { code: 'many', max: MAX_INSTALMENTS }],
    ['3 × 5 every 6 years from 2026-12-01', { code: 'interval', value: '6' }],
    ['3 × 5 every 61 months from 2026-12-01', { code: 'span', value: '2037-02-01' }],
    ['2026-12-01 500; 2026-11-01 500', { code: 'order', value: '2026-11-01' }],
    ['2026-12-01 500; 2026-12-01 500', { code: 'order', value: '2026-12-01' }],
    ['2026-12-01 500; soon', { code: 'entry', value: 'soon' }],
    ['2026-12-01 500; tomorrow 500', { code: 'date', value: 'tomorrow' }],
    ['2026-12-01 500', { code: 'few' }],
  ])('%s', (cell, expected) => {
    expect(problem(cell)).toEqual(expected);
  });

  test('a number or an empty cell', () => {
    expect(parseInstalmentsCell(500, null)).toEqual({ ok: false, problem: { code: 'form' } });
    expect(parseInstalmentsCell('  ', null)).toBeNull();
    expect(parseInstalmentsCell(null, null)).toBeNull();
  });

  test('the reason in three languages', () => {
    const p = problem('3 × 500 every fortnight from 2026-12-01');
    expect(cellProblemText(p, 'en')).toBe('"fortnight" is not an interval: write every N days, weeks or months');
    expect(cellProblemText(p, 'zh-CN')).toBe('“fortnight”不是有效的间隔：请写每N天、每N周或每N个月');
    expect(cellProblemText(p, 'pl')).toBe('„fortnight” nie jest odstępem: napisz co N dni, tygodni lub miesięcy');
  });
});

describe('what the desk writes reads back to the same plan', () => {
  const plans: InstalmentPlan[] = [
    { kind: 'schedule', count: 3, amount: 1234.5, every: { n: 1, unit: 'month' }, first: '2026-12-01' },
    { kind: 'schedule', count: 12, amount: 99.99, every: { n: 2, unit: 'week' }, first: '2026-12-31' },
    { kind: 'schedule', count: 5, amount: 10, every: { n: 5, unit: 'month' }, first: '2027-01-31' },
    { kind: 'schedule', count: 2, amount: 0.01, every: { n: 22, unit: 'day' }, first: '2026-12-01' },
    { kind: 'list', instalments: [{ date: '2026-12-01', amount: 500 }, { date: '2027-01-15', amount: 1750.25 }] },
  ];
  test.each((['en', 'zh-CN', 'pl'] as Language[]).flatMap((l) => plans.map((p) => [l, p] as const)))('%s %j', (language, plan) => {
    const text = formatInstalments(plan, language);
    expect(read(text)).toMatchObject({ ok: true, plan });
  });
  test('the forms as written', () => {
    expect(formatInstalments(plans[0]!, 'en')).toBe('3 × 1234.50 every month from 2026-12-01');
    expect(formatInstalments(plans[1]!, 'pl')).toBe('12 × 99,99 co 2 tygodnie od 2026-12-31');
    expect(formatInstalments(plans[2]!, 'pl')).toBe('5 × 10,00 co 5 miesięcy od 2027-01-31');
    expect(formatInstalments(plans[2]!, 'zh-CN')).toBe('5 期 × 10.00，每5个月，自 2027-01-31 起');
    expect(formatInstalments(plans[4]!, 'pl')).toBe('2026-12-01 500,00; 2027-01-15 1750,25');
  });
});

describe('the payment plan outcome and its log rows', () => {
  test('the outcome word in three languages', () => {
    expect(['payment plan', '分期付款', 'plan spłaty', 'Payment  Plan'].map(parseOutcome)).toEqual(['payment plan', 'payment plan', 'payment plan', 'payment plan']);
  });

  const options = (language: Language) => ({ timeZone: 'Europe/Warsaw', language, dateOrder: null });
  test('a plan row without an Instalments column or with a bad cell still counts as a call, reported in the log’s language', () => {
    const noColumn = [['Time', 'Customer', 'Outcome'], ['2026-11-20 10:00', 'Gamma', 'payment plan']];
    const read = readCallLog(noColumn, options('en'));
    expect(read.records.map((r) => [r.outcome, r.instalments])).toEqual([['payment plan', null]]);
    expect(read.issues.map((i) => i.message)).toEqual([
      'Call log row 2, "Instalments": "" is not a payment plan: the Instalments cell is empty. Write it as "3 × 500.00 every month from 2026-12-01" or "2026-12-01 500.00; 2027-01-15 750.00". The call counts; no plan was read from it.',
    ]);
    const polish = readCallLog([['Czas', 'Kontrahent', 'Wynik', 'Raty'], ['2026-11-20 10:00', 'Gamma', 'plan spłaty', '3 × 500 co miesiąc']], options('pl'));
    expect(polish.issues.map((i) => [i.code, i.message])).toEqual([[
      'bad-plan',
      'Dziennik, wiersz 2, „Raty”: „3 × 500 co miesiąc” nie jest planem spłaty: brak daty pierwszej raty: zakończ słowem „od” i datą. Zapisz go jako „3 × 500,00 co miesiąc od 2026-12-01” lub „2026-12-01 500,00; 2027-01-15 750,00”. Rozmowa się liczy, ale planu nie odczytano.',
    ]]);
    const chinese = readCallLog([['时间', '客户', '结果', '分期'], ['2026-11-20 10:00', 'Gamma', '分期付款', '3 期 × 500，每月，自 2026-12-01 起']], options('zh-CN'));
    expect(chinese.issues).toEqual([]);
    expect(chinese.records[0]!.instalments!.map((i) => i.amount)).toEqual([500, 500, 500]);
  });

  test('instalments on a row of another outcome are reported and ignored', () => {
    const log = [callLogHeaders('en'), ['2026-11-20 10:00', 'Gamma', 'Ann', 'promise to pay', 500, '2026-11-27', '', '', '', '', 1000, '', '2 × 500 every month from 2026-12-01']];
    const read = readCallLog(log, options('en'));
    expect(read.records[0]!.instalments).toBeNull();
    expect(read.issues.map((i) => i.code)).toEqual(['bad-plan']);
    expect(read.issues[0]!.message).toContain('instalments are read on "payment plan" rows only');
  });
});

describe('logging a plan from the desk', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const plan: InstalmentPlan = { kind: 'schedule', count: 3, amount: 500, every: { n: 1, unit: 'month' }, first: '2026-12-01' };
  const raw = (over: Record<string, unknown> = {}) => ({ time: '2026-11-23T09:41:00Z', customer: 'Gamma', collector: 'Ann', outcome: 'payment plan', balanceAtCall: 1500, instalments: plan, ...over });
  const check = (over: Record<string, unknown>, language: Language = 'en') => validateCallLogEntry(raw(over), language, { now });

  test('a valid plan is written in the log’s language and reads back', () => {
    const ok = check({});
    if (!ok.ok) throw new Error(ok.message);
    expect(ok.entry.instalments).toEqual(plan);
    const row = callLogRow(ok.entry, { dates: 'date', timeZone: 'Europe/Warsaw', language: 'pl', textGuard: 'format' });
    expect(row.at(-1)).toBe('3 × 500,00 co miesiąc od 2026-12-01');
    const back = readCallLog([callLogHeaders('pl'), row], { timeZone: 'Europe/Warsaw', language: 'pl', dateOrder: null });
    expect(back.issues).toEqual([]);
    expect(back.records[0]!.instalments!.map((i) => isoDay(i.day))).toEqual(['2026-12-01', '2027-01-01', '2027-02-01']);
  });

  test('another outcome writes no instalments', () => {
    const ok = check({ outcome: 'no answer' }) as { ok: true; entry: CallLogEntry };
    expect(ok.entry.instalments).toBeNull();
  });

  test.each([
    [{ instalments: null }, 'A payment plan needs its instalments: the amount, the first date, how many and how often.'],
    [{ instalments: { ...plan, count: 1 } }, 'This payment plan cannot be logged: a plan has at least two instalments (one payment is a promise to pay).'],
    [{ instalments: { ...plan, count: 2.5 } }, 'This payment plan cannot be logged: a schedule starts with the number of instalments and "×".'],
    [{ instalments: { ...plan, amount: -5 } }, 'This payment plan cannot be logged: "-5" is not an amount above zero.'],
    [{ instalments: { ...plan, amount: 1e12 } }, 'This payment plan cannot be logged: "1000000000000" is not an amount above zero.'],
    [{ instalments: { ...plan, every: { n: 1, unit: 'year' } } }, 'A payment plan needs its instalments: the amount, the first date, how many and how often.'],
    [{ instalments: { ...plan, first: '2026-10-01' } }, 'The first instalment date 2026-10-01 is not a plausible time for this call: use one between 2026-10-23 and 2029-11-25.'],
  ])('refuses %j', (over, message) => {
    expect(check(over)).toEqual({ ok: false, message });
  });

  test('the refusal in Chinese and Polish', () => {
    expect(check({ instalments: { ...plan, count: 1 } }, 'zh-CN')).toEqual({ ok: false, message: '无法记录此分期付款：分期付款至少两期（一次付清属于承诺付款）。' });
    expect(check({ instalments: { ...plan, count: 1 } }, 'pl')).toEqual({ ok: false, message: 'Nie można zapisać tego planu spłaty: plan ma co najmniej dwie raty (jedna wpłata to obietnica zapłaty).' });
  });
});
