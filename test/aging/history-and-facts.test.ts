import { describe, expect, it } from 'vitest';
import { debtorFacts } from '../fixtures/aging/debtor-facts';
import { settledHistory } from '../fixtures/aging/settled-history';
import { day, read } from './helpers';

describe('settled invoices as payment history', () => {
  const sheet = read(settledHistory);

  it('keeps paid lines with their paid date and no money owed', () => {
    expect(sheet.line(2)).toMatchObject({ openBalance: 0, settledDate: day('2026-07-02'), dueDate: day('2026-06-30'), amount: 1000 });
    expect(sheet.line(3)).toMatchObject({ openBalance: 0, settledDate: day('2026-08-12') });
  });

  it('reads an empty open balance beside a paid date as paid in full', () => {
    expect(sheet.line(4)).toMatchObject({ openBalance: 0, settledDate: day('2026-09-30') });
  });

  it('a payment date beside a balance still owed is a part payment: the line stays open', () => {
    expect(sheet.line(6)).toMatchObject({ openBalance: 400, settledDate: null });
  });

  it('settled rows never count as money owed', () => {
    expect(sheet.total('Acme Tools Inc')).toBe(1000 + 400);
    expect(sheet.total('Baltic Foods')).toBe(2500);
    expect(sheet.layout).toMatchObject({ kind: 'invoice', source: 'generic', ageBasis: 'due-date', skippedRows: [] });
    expect(sheet.issues).toEqual([]);
  });
});

describe('optional per-debtor columns', () => {
  const sheet = read(debtorFacts);
  const facts = (key: string) => sheet.facts.get(key);

  it('gathers a Polish firm from words in Polish, the country giving the zone', () => {
    expect(facts('kowalski sp. z o.o.')).toMatchObject({
      customer: 'Kowalski Sp. z o.o.', phone: '+48 22 555 0101', contact: 'Jan Kowalski', companySize: 'small',
      country: 'PL', timeZone: 'Europe/Warsaw', workingHours: { start: 480, end: 960 }, payday: 10,
      consumer: false, avgDaysLate: 12, doNotCall: false,
    });
  });

  it('one invoice marked disputed is enough to mark the debtor', () => {
    expect(facts('kowalski sp. z o.o.')?.disputed).toBe(true);
  });

  it('reads Chinese words: 大, 中国, 09:00～18:00, 25日, 否, 企业', () => {
    expect(facts('shanghai ruixin trading')).toMatchObject({
      contact: '王经理', companySize: 'large', timeZone: 'Asia/Shanghai', country: 'CN',
      workingHours: { start: 540, end: 1080 }, payday: 25, disputed: false, doNotCall: false, consumer: false,
    });
  });

  it('a consumer keeps her own zone, the no-workplace flag and her inconvenient times', () => {
    expect(facts('jane doe')).toMatchObject({
      consumer: true, timeZone: 'America/Chicago', country: 'US', noWorkplaceCalls: true,
      inconvenientTimes: [{ start: 720, end: 780 }, { start: 1080, end: 1200 }],
    });
  });

  it('reports an unknown zone, a payday of 42 and "maybe", and falls back to the country zone', () => {
    expect(facts('acme tools inc')).toMatchObject({ timeZone: 'America/New_York', companySize: 'large', payday: null, doNotCall: true, disputed: false });
    expect(sheet.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [6, 'Time zone', 'bad-time-zone'],
      [6, 'Payday', 'bad-payday'],
      [6, 'Disputed', 'bad-flag'],
    ]);
    expect(sheet.issues[0]!.message).toBe('Row 6, "Time zone": "Mars/Olympus" is not a time zone. Use an IANA name like Europe/Warsaw or America/New_York. The cell was ignored; the row still counts.');
  });

  it('a bad fact never drops the money', () => {
    expect(sheet.total('Acme Tools Inc')).toBe(1200);
    expect(sheet.lines).toHaveLength(5);
    expect(sheet.layout.skippedRows).toEqual([]);
    expect(sheet.total('Kowalski Sp. z o.o.')).toBe(5000 + 2500);
  });
});
