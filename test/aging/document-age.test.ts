import { describe, expect, it } from 'vitest';
import { parseTermsDays } from '../../core/aging/facts';
import { documentAge } from '../fixtures/aging/features/document-age';
import { day, read } from './helpers';

describe('账龄 is age since the document, not days past due', () => {
  const sheet = read(documentAge.table, documentAge.options);

  it('subtracts each row\'s own terms, else the default, from the document age', () => {
    const ages = (row: number) => sheet.lines.filter((l) => l.row === row).map((l) => [l.bucket?.header, l.statedDaysPastDue, l.bucket?.toDays]);
    expect(ages(3)).toEqual([['账龄30天内', 1 - 30, 0], ['账龄30-60天', 0, 30]]);
    expect(ages(4)).toEqual([['账龄30天内', 1 - 45, 30 - 45], ['账龄60-90天', 60 - 45, 90 - 45]]);
    expect(ages(5)).toEqual([['账龄90天以上', 90 - 60, null]]);
  });

  it('says that the default terms were assumed, and only then', () => {
    expect(sheet.layout.assumedTermsDays).toBe(45);
    const allTerms = read(documentAge.table.filter((_, i) => i !== 3), documentAge.options);
    expect(allTerms.layout.assumedTermsDays).toBeNull();
  });

  it('beside a 未到期 column the same words are days past due, as Yonyou prints them', () => {
    const r = read([['客户名称', '未到期', '账龄30-60天'], ['甲公司', 100, 200]]);
    expect(r.layout.ageBasis).toBe('bucket');
    expect(r.lines.map((l) => l.statedDaysPastDue)).toEqual([-30, 30]);
  });

  it('an invoice list with document dates and terms gets its due dates from them', () => {
    const r = read([['Customer', 'Invoice date', 'Terms', 'Amount'], ['Acme', '2026-10-01', 'Net 30', 100], ['Bolt', '2026-10-01', '', 50]]);
    expect(r.line(2)?.dueDate).toBe(day('2026-10-31'));
    expect(r.line(3)?.dueDate).toBeNull();
  });

  it('reads terms as people write them, and not a system\'s own codes', () => {
    expect(['30', 'Net 30', 'N30', 'NET45', '30 days', '30 dni', '30天', '月结60天', '2/10 Net 30', 'Zahlungsziel 14 Tage', 14].map(parseTermsDays))
      .toEqual([30, 30, 30, 45, 30, 30, 30, 60, 30, 14, 14]);
    for (const code of ['NAH4', 'CA10', 'NAD1', 'soon', '', 400]) expect(parseTermsDays(code), String(code)).toBeNull();
  });
});
