import { describe, expect, it } from 'vitest';
import { dayFromExcelSerial, decideDateOrder, excelSerialFromDay, parseDateCell } from '../../core/coerce/date';
import { epochDay } from '../../core/model/day';

const on = (y: number, m: number, d: number, minutes: number | null = null) => ({ ok: true, day: epochDay(y, m, d), minutes });
const bad = { ok: false, code: 'bad-date' };
const ambiguous = { ok: false, code: 'ambiguous-date' };

describe('Excel serial dates', () => {
  it('serial 25569 is 1970-01-01 and 46349 is 2026-11-23', () => {
    expect(dayFromExcelSerial(25569)).toBe(0);
    expect(parseDateCell(46349, null)).toEqual(on(2026, 11, 23));
  });

  it('keeps the 1900 leap-year quirk: serial 60 is the 29 February 1900 that never was', () => {
    expect(dayFromExcelSerial(1)).toBe(epochDay(1900, 1, 1));
    expect(dayFromExcelSerial(59)).toBe(epochDay(1900, 2, 28));
    expect(parseDateCell(60, null)).toEqual(bad);
    expect(dayFromExcelSerial(61)).toBe(epochDay(1900, 3, 1));
    expect(excelSerialFromDay(epochDay(1900, 2, 28))).toBe(59);
    expect(excelSerialFromDay(epochDay(1900, 3, 1))).toBe(61);
  });

  it('the fraction is the time of day', () => {
    expect(parseDateCell(46349.375, null)).toEqual(on(2026, 11, 23, 9 * 60));
    expect(excelSerialFromDay(epochDay(2026, 11, 23), 9 * 60)).toBe(46349.375);
  });

  it('a time a hair before midnight rounds into the next day, not to minute 1440', () => {
    expect(parseDateCell(46349 + 0.9999999, null)).toEqual(on(2026, 11, 24));
  });

  it('zero, negatives, NaN and serials past 9999-12-31 are not dates', () => {
    for (const n of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 2_958_466]) expect(parseDateCell(n, null)).toEqual(bad);
  });
});

describe('Date objects', () => {
  it('are read by their UTC fields (the shells hand over the wall clock the user sees)', () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 2, 5)), null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell(new Date(Date.UTC(2026, 2, 5, 14, 30)), null)).toEqual(on(2026, 3, 5, 870));
    expect(parseDateCell(new Date(Number.NaN), null)).toEqual(bad);
  });
});

describe('text dates', () => {
  it('empty cells are not errors', () => {
    for (const empty of [null, '', '   ', '\u00a0']) expect(parseDateCell(empty, null)).toBeNull();
  });

  it('ISO, with a time and with an offset (the wall time is kept as written)', () => {
    expect(parseDateCell('2026-03-05', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('2026-03-05T09:30', null)).toEqual(on(2026, 3, 5, 570));
    expect(parseDateCell('2026-03-05T09:30:00+08:00', null)).toEqual(on(2026, 3, 5, 570));
    expect(parseDateCell('2026-03-05T23:30:00Z', null)).toEqual(on(2026, 3, 5, 1410));
  });

  it('03/05/2026 with no date order is reported as ambiguous, not guessed', () => {
    expect(parseDateCell('03/05/2026', null)).toEqual(ambiguous);
    expect(parseDateCell('03-05-2026', null)).toEqual(ambiguous);
  });

  it('the date order setting decides slashed dates', () => {
    expect(parseDateCell('03/05/2026', 'MDY')).toEqual(on(2026, 3, 5));
    expect(parseDateCell('03/05/2026', 'DMY')).toEqual(on(2026, 5, 3));
    expect(parseDateCell('3/5/26', 'MDY')).toEqual(on(2026, 3, 5));
  });

  it('a day above 12 needs no setting', () => {
    expect(parseDateCell('13/05/2026', null)).toEqual(on(2026, 5, 13));
    expect(parseDateCell('05/13/2026', null)).toEqual(on(2026, 5, 13));
    expect(parseDateCell('05/05/2026', null)).toEqual(on(2026, 5, 5));
  });

  it('a date impossible in the chosen order is bad, not flipped', () => {
    expect(parseDateCell('05/13/2026', 'DMY')).toEqual(bad);
    expect(parseDateCell('31/02/2026', 'DMY')).toEqual(bad);
  });

  it('month names in English and Polish', () => {
    expect(parseDateCell('15 Jul 2026', null)).toEqual(on(2026, 7, 15));
    expect(parseDateCell('Jul 15, 2026', null)).toEqual(on(2026, 7, 15));
    expect(parseDateCell('July 15, 2026 9:30 AM', null)).toEqual(on(2026, 7, 15, 570));
    expect(parseDateCell('15-Jul-26', null)).toEqual(on(2026, 7, 15));
    expect(parseDateCell('5 marca 2026', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('5 marca 2026 r.', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('15 Foo 2026', null)).toEqual(bad);
  });

  it('Chinese dates, full-width digits too', () => {
    expect(parseDateCell('2026年3月5日', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('２０２６年３月５日', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('2026/3/5', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('2026年3月5日 14:30', null)).toEqual(on(2026, 3, 5, 870));
  });

  it('Polish dotted dates are day first', () => {
    expect(parseDateCell('05.03.2026', null)).toEqual(on(2026, 3, 5));
    expect(parseDateCell('05.03.2026 14.30', null)).toEqual(on(2026, 3, 5, 870));
  });

  it('times after a date: 09:30, 9:30 AM, 2:15 pm, 14.30', () => {
    expect(parseDateCell('2026-03-05 09:30', null)).toEqual(on(2026, 3, 5, 570));
    expect(parseDateCell('03/05/2026 2:15 pm', 'MDY')).toEqual(on(2026, 3, 5, 855));
    expect(parseDateCell('2026-03-05 25:00', null)).toEqual(bad);
  });

  it('other things are not dates', () => {
    for (const t of ['soon', '2026-13-01', '2026-02-29', 'TBD', '46349', '12:30']) expect(parseDateCell(t, null)).toEqual(bad);
    expect(parseDateCell(true, null)).toEqual(bad);
  });
});

describe('deciding the date order of a column', () => {
  it('a first part above 12 proves day-first, a second part above 12 month-first', () => {
    expect(decideDateOrder(['03/05/2026', '25/05/2026'])).toBe('DMY');
    expect(decideDateOrder(['03/05/2026', '10/31/2026', 46349])).toBe('MDY');
  });

  it('no evidence, or evidence both ways, decides nothing', () => {
    expect(decideDateOrder(['03/05/2026', '2026-03-05', null])).toBeNull();
    expect(decideDateOrder(['25/05/2026', '05/25/2026'])).toBeNull();
    expect(decideDateOrder([])).toBeNull();
  });
});

describe('the calendar arithmetic', () => {
  it('agrees with the Date-based epoch day for every day from 1900 to 9999', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-').map(Number);
        expect(parseDateCell(iso, null)).toEqual(on(y!, m!, dd!));
      }),
      { numRuns: 3000 },
    );
  });

  it('knows leap years: 2024-02-29 and 2000-02-29 exist, 2100-02-29 and 2026-02-29 do not', () => {
    expect(parseDateCell('2024-02-29', null)).toEqual(on(2024, 2, 29));
    expect(parseDateCell('2000-02-29', null)).toEqual(on(2000, 2, 29));
    expect(parseDateCell('2100-02-29', null)).toEqual(bad);
    expect(parseDateCell('2026-02-29', null)).toEqual(bad);
  });

  it('year-first short dates follow a YMD setting', () => {
    expect(parseDateCell('26/03/05', 'YMD')).toEqual(on(2026, 3, 5));
  });
});

describe('commas people put in dates', () => {
  it('"23 November, 2026", "Jul 15, 2026, 9:30 AM" and "5. marca 2026"', () => {
    expect(parseDateCell('23 November, 2026', null)).toEqual(on(2026, 11, 23));
    expect(parseDateCell('Jul 15, 2026, 9:30 AM', null)).toEqual(on(2026, 7, 15, 570));
    expect(parseDateCell('5. marca 2026', null)).toEqual(on(2026, 3, 5));
  });
});

describe('day, month word and year between slashes', () => {
  it('reads 04/May/2025 as 04-May-2025 is read', () => {
    expect(parseDateCell('04/May/2025', null)).toEqual(parseDateCell('04-May-2025', null));
    expect(parseDateCell('04/May/2025', null)).toMatchObject({ ok: true, day: epochDay(2025, 5, 4) });
    expect(parseDateCell('31/Dec/26', null)).toMatchObject({ ok: true, day: epochDay(2026, 12, 31) });
    expect(parseDateCell('31/Foo/2026', null)).toEqual({ ok: false, code: 'bad-date' });
  });
});

describe('compact dates (YYYYMMDD) from ERP and SQL exports', () => {
  // The expected day by the platform's own calendar, apart from the parser's arithmetic.
  const day = (iso: string) => ({ ok: true, day: Date.parse(`${iso}T00:00:00Z`) / 86_400_000, minutes: null });
  it('reads eight digits as text, with a float tail, and as a number', () => {
    expect(parseDateCell('20190307', null)).toEqual(day('2019-03-07'));
    expect(parseDateCell('20190307.0', null)).toEqual(day('2019-03-07'));
    expect(parseDateCell(' 20200229.00 ', 'DMY')).toEqual(day('2020-02-29'));
    expect(parseDateCell(20190307, null)).toEqual(day('2019-03-07'));
    expect(parseDateCell(21991231, null)).toEqual(day('2199-12-31'));
    expect(parseDateCell(19000101, null)).toEqual(day('1900-01-01'));
  });
  it('rejects eight digits that are no calendar day, or outside 1900–2199', () => {
    for (const bad of ['20190229', '20191301', '20190132', '18991231', '22000101', '20190307.5']) expect(parseDateCell(bad, null)).toEqual({ ok: false, code: 'bad-date' });
    for (const bad of [20190229, 18991231, 22000101, 20190307.5]) expect(parseDateCell(bad, null)).toEqual({ ok: false, code: 'bad-date' });
  });
  it('leaves real Excel serials alone: the largest serial is far below any compact date', () => {
    expect(parseDateCell(2_958_465, null)).toEqual(day('9999-12-31'));
    expect(parseDateCell(2_958_466, null)).toEqual({ ok: false, code: 'bad-date' });
  });
});
