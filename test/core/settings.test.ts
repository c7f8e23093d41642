import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../core/model/cell';
import { DEFAULT_SETTINGS, PRESET_OVERRIDES } from '../../core/settings/defaults';
import { BINDING, DEBTOR_STANDINGS, standingOf } from '../../core/settings/policy';
import { readSettings, settingText } from '../../core/settings/read-settings';
import { POLICY_NAMES, SETTING_KEYS } from '../../core/settings/schema';
import { settingsSheetRows } from '../../core/settings/sheet-rows';

/** One Settings sheet row read alone: the value it gives and whether it was reported. */
function one(key: string, value: string | number | Date) {
  const read = readSettings([['Setting', 'Value'], [key, value]]);
  return { settings: read.settings as unknown as Record<string, unknown>, issues: read.issues };
}
const accepted = (key: string, value: string | number) => one(key, value).issues.length === 0;

describe('whole-number settings accept exactly their range', () => {
  // The range each count allows, as the hint tells the user; the ends are the boundaries.
  const RANGES: [string, number, number][] = [
    ['dailyCapacity', 1, 500],
    ['horizonDays', 1, 90],
    ['defaultTermsDays', 0, 365],
    ['callMinutes', 5, 120],
  ];
  test.each(RANGES)('%s: %i to %i', (key, min, max) => {
    expect(accepted(key, min - 1)).toBe(false);
    expect(one(key, String(min)).settings[key]).toBe(min);
    expect(one(key, String(max)).settings[key]).toBe(max);
    expect(accepted(key, max + 1)).toBe(false);
    expect(accepted(key, `${min + 1},5`)).toBe(false);
    // A decimal comma that still makes a whole number is a whole number.
    expect(one(key, `${min + 1},0`).settings[key]).toBe(min + 1);
    const bad = one(key, max + 1);
    expect(bad.settings[key]).toBe((DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key]);
    expect(bad.issues[0]!.message).toContain(`from ${min} to ${max}`);
  });
});

describe('working days', () => {
  /** The days a good text gives; it must be read without an issue (the preset's days are Mon-Fri too). */
  const days = (text: string) => {
    const r = one('workingDays', text);
    expect(r.issues, text).toEqual([]);
    return r.settings.workingDays;
  };
  test('words, numbers and ranges in the three languages give the ISO weekdays in order', () => {
    expect(days('Mon-Fri')).toEqual([1, 2, 3, 4, 5]);
    expect(days('sat, mon')).toEqual([1, 6]);
    expect(days('7,1;3')).toEqual([1, 3, 7]);
    expect(days('pon.–pt.')).toEqual([1, 2, 3, 4, 5]);
    expect(days('周一~周六')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(days('Sunday')).toEqual([7]);
    expect(days('Mon-Mon')).toEqual([1]);
    // A stray separator before the first day is no day and no mistake.
    expect(days(',Tue')).toEqual([2]);
  });
  test('a backwards range, an unknown day, a day 0 or 8 or no day at all is reported and the preset kept', () => {
    for (const text of ['Fri-Mon', 'Mon-Funday', 'Mon,Funday', '0', '8', '17', '1-8', ',;', 'Mon-Tue-Wed', '.5', 'p.t', 'Mon, Fri-Tue', 'Mon, Tue-Funday', 'Funday-Tue']) {
      const r = one('workingDays', text);
      expect(r.issues, text).toHaveLength(1);
      expect(r.settings.workingDays, text).toEqual(DEFAULT_SETTINGS.workingDays);
      expect(r.issues[0]!.message, text).toContain('Mon-Fri or 1,2,3,4,5');
    }
  });
});

describe('the other readers', () => {
  test('lunch: a range, or one of the words for none', () => {
    expect(one('lunch', '12:30-13:00').settings.lunch).toEqual({ start: 750, end: 780 });
    for (const none of ['none', 'NO', '-', '—', '无', 'Brak']) expect(one('lunch', none).settings.lunch, none).toBeNull();
    for (const badText of ['nothing', 'none please', 'piano', '12:00-', '13-12']) {
      const r = one('lunch', badText);
      expect(r.settings.lunch, badText).toEqual(DEFAULT_SETTINGS.lunch);
      expect(r.issues[0]!.message, badText).toContain('or none');
    }
  });
  test('hours of the collector and of the debtors', () => {
    expect(one('collectorHours', '07:00-15:00').settings.collectorHours).toEqual({ start: 420, end: 900 });
    expect(one('workingHours', '8-16').settings.workingHours).toEqual({ start: 480, end: 960 });
    for (const key of ['collectorHours', 'workingHours']) {
      const r = one(key, '17:00-09:00');
      expect(r.issues[0]!.message).toContain('09:00-17:30');
      expect(r.settings[key]).toEqual((DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key]);
    }
  });
  test('policy, day ranking, date order, language and time zones', () => {
    expect(one('policy', 'US-Consumer').settings.policy).toBe('us-consumer');
    expect(one('policy', 'consumer').issues[0]!.message).toContain('b2b, us-consumer or cn-consumer');
    expect(one('dayRanking', 'tue-thu').settings.dayRanking).toBe('tue-thu');
    expect(one('dayRanking', 'fri-thu-tue').settings.dayRanking).toBe('fri-thu-tue');
    expect(one('dayRanking', 'mon-fri').issues[0]!.message).toContain('fri-thu-tue or tue-thu');
    for (const order of ['mdy', 'DMY', 'Ymd']) expect(one('dateOrder', order).settings.dateOrder).toBe(order.toUpperCase());
    expect(one('dateOrder', 'DYM').issues[0]!.message).toContain('MDY, DMY or YMD');
    expect(one('language', 'ZH').settings.language).toBe('zh-CN');
    expect(one('language', 'PL').settings.language).toBe('pl');
    expect(one('language', 'de').issues[0]!.message).toContain('en, zh-CN or pl');
    expect(one('collectorTimeZone', 'Asia/Shanghai').settings.collectorTimeZone).toBe('Asia/Shanghai');
    expect(one('collectorTimeZone', 'Mars/Olympus').issues[0]!.message).toContain('IANA');
    expect(one('defaultDebtorTimeZone', 'Europe/Warsaw').settings.defaultDebtorTimeZone).toBe('Europe/Warsaw');
    expect(one('defaultDebtorTimeZone', 'Warsaw').issues[0]!.message).toContain('IANA');
  });
  test('holiday country and extra holidays', () => {
    expect(one('holidayCountry', 'Poland').settings.holidayCountry).toBe('PL');
    expect(one('holidayCountry', 'pl').settings.holidayCountry).toBe('PL');
    expect(one('holidayCountry', 'Atlantis').issues[0]!.message).toContain('two-letter country code');
    expect(one('holidays', '2026-12-24, 2026-12-31').settings.holidays).toEqual(['2026-12-24', '2026-12-31']);
    expect(one('holidays', '2026-12-24 2026-12-31').settings.holidays).toEqual(['2026-12-24', '2026-12-31']);
    // Padding and a trailing comma around the list are no day and no mistake.
    expect(one('holidays', ' 2026-12-24, ').settings.holidays).toEqual(['2026-12-24']);
    // A date cell is the day it shows (the core reads dates by their UTC fields), at any hour of it.
    expect(one('holidays', new Date('2026-12-24T23:59:00Z')).settings.holidays).toEqual(['2026-12-24']);
    const bad = one('holidays', '2026-12-24, 2026-02-30');
    expect(bad.settings.holidays).toEqual([]);
    expect(bad.issues[0]!.message).toContain('2026-12-24, separated by commas');
  });
  test('consequences: the words of each language, each once; none clears the preset list', () => {
    expect(one('allowedConsequences', 'court; Final Notice, court').settings.allowedConsequences).toEqual(['court', 'final notice']);
    expect(one('allowedConsequences', 'none').settings.allowedConsequences).toEqual([]);
    expect(one('allowedConsequences', '无').settings.allowedConsequences).toEqual([]);
    expect(one('allowedConsequences', 'brak, court').settings.allowedConsequences).toEqual(['court']);
    expect(one('allowedConsequences', 'court,').settings.allowedConsequences).toEqual(['court']);
    const bad = one('allowedConsequences', 'court, prison');
    expect(bad.settings.allowedConsequences).toEqual(DEFAULT_SETTINGS.allowedConsequences);
    expect(bad.issues[0]!.message).toContain('stop supply, final notice');
  });
  test('firm name: one line of at most 120 characters', () => {
    expect(one('firmName', 'x'.repeat(120)).settings.firmName).toBe('x'.repeat(120));
    expect(accepted('firmName', 'x'.repeat(121))).toBe(false);
    expect(accepted('firmName', 'Northway\nRecovery')).toBe(false);
    // Trailing line ends are trimmed away like any padding; one inside the name is a paragraph.
    expect(accepted('firmName', 'Northway\rRecovery')).toBe(false);
    expect(one('firmName', 'x\n').settings.firmName).toBe('x');
  });
  test('collectors: each name once whatever its case, spaces folded, in the order typed', () => {
    expect(one('collectors', ' Ann  Lee ; ben，ANN LEE、Ben, Cleo').settings.collectors).toEqual(['Ann Lee', 'ben', 'Cleo']);
  });
});

describe('the Settings sheet', () => {
  test('a key is found in any case; a header row and a blank key are skipped; an empty value keeps the preset', () => {
    const read = readSettings([['Setting', 'Value', 'What it means'], ['HORIZONDAYS', '30'], [null, 'stray'], ['callMinutes', ''], ['callMinutes', '   ']]);
    expect(read.settings.horizonDays).toBe(30);
    expect(read.settings.callMinutes).toBe(DEFAULT_SETTINGS.callMinutes);
    // The repeated callMinutes row is reported, though both were empty.
    expect(read.issues.map((i) => i.message)).toEqual(['Settings row 5: "callMinutes" is set twice; the later row wins.']);
  });
  test('a header word on a later row is not a setting and not a mistake; any other unknown key is reported with its row', () => {
    const read = readSettings([['policy', 'b2b'], ['Key', 'Value'], ['klucz', 'x'], ['horizon', '30']]);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ table: 'settings', row: 4, column: 'horizon', code: 'unknown-setting' });
    expect(read.issues[0]!.message).toBe(`Settings row 4: "horizon" is not a setting. Known settings: ${SETTING_KEYS.join(', ')}.`);
    // Only the whole word is a header: a key that starts or ends with one is reported.
    expect(readSettings([['policy', 'b2b'], ['keyboard', 'x'], ['Turnkey', 'x'], ['settings', 'x']]).issues.map((i) => i.row)).toEqual([2, 3, 4]);
    // A date typed as a key is reported as the day it shows.
    expect(readSettings([['policy', 'b2b'], [new Date('2026-12-24T18:00:00Z'), 'x']]).issues[0]!.message).toContain('"2026-12-24" is not a setting');
    // The first row is taken for a header whatever it says.
    expect(readSettings([['Name', 'Wert'], ['policy', 'b2b']]).issues).toEqual([]);
  });
  test('the later of two rows wins, and the repeat is reported with its row', () => {
    const read = readSettings([['horizonDays', '10'], ['horizonDays', '20']]);
    expect(read.settings.horizonDays).toBe(20);
    expect(read.issues).toEqual([
      { table: 'settings', row: 2, column: 'horizonDays', code: 'bad-setting', message: 'Settings row 2: "horizonDays" is set twice; the later row wins.' },
    ]);
  });
  test('a bad value is reported with its row, the value typed, the hint and the default kept', () => {
    const read = readSettings([['Setting', 'Value'], ['policy', 'us-consumer'], ['workingHours', ' late ']]);
    expect(read.settings.workingHours).toEqual(PRESET_OVERRIDES['us-consumer'].workingHours);
    expect(read.issues).toEqual([
      {
        table: 'settings',
        row: 3,
        column: 'workingHours',
        code: 'bad-setting',
        message: 'Settings row 3, workingHours: "late" is not valid. Use hours like 09:00-17:30. The default (09:00-20:00) is used.',
      },
    ]);
    // A date typed where a number belongs is quoted as the day the sheet shows.
    expect(one('horizonDays', new Date('2026-12-24T18:00:00Z')).issues[0]!.message).toContain('"2026-12-24" is not valid');
    // A default that is empty is shown as a dash, not as nothing.
    expect(one('defaultDebtorTimeZone', 'nowhere').issues[0]!.message).toContain('The default (—) is used.');
  });
  test('the messages speak the sheet’s language, whichever row sets it, the last language row winning', () => {
    const zh = readSettings([['horizonDays', '0'], ['language', 'en'], ['language', 'pl'], ['language', 'zh-CN']]);
    expect(zh.settings.language).toBe('zh-CN');
    expect(zh.issues.map((i) => i.message)[0]).toBe('设置第1行，horizonDays：“0”无效。请填写 1 到 90 之间的整数。已使用默认值（21）。');
    // A bad language row leaves the host's language, else English.
    expect(readSettings([['language', 'xx'], ['horizonDays', '0']], { hostLanguage: 'pl' }).settings.language).toBe('pl');
    expect(readSettings([['language', 'xx']]).settings.language).toBe('en');
    expect(readSettings([], { hostLanguage: 'zh-CN' }).settings.language).toBe('zh-CN');
    expect(readSettings([['language', 'pl']], { hostLanguage: 'zh-CN' }).settings.language).toBe('pl');
  });
  test('the preset is applied before the rows, whatever row order, the last policy row winning', () => {
    const read = readSettings([['workingHours', '10:00-16:00'], ['policy', 'b2b'], ['policy', 'cn-consumer']]);
    expect(read.settings.policy).toBe('cn-consumer');
    expect(read.settings.workingHours).toEqual({ start: 600, end: 960 });
    expect(read.settings.lunch).toEqual(PRESET_OVERRIDES['cn-consumer'].lunch);
    expect(read.settings.workingDays).toEqual([1, 2, 3, 4, 5, 6]);
    // A bad policy row means b2b.
    expect(readSettings([['policy', 'retail']]).settings.workingDays).toEqual(DEFAULT_SETTINGS.workingDays);
  });
  test('the collector’s zone is the host’s when the sheet names none and the host’s is a real zone', () => {
    expect(readSettings([], { hostTimeZone: 'Asia/Tokyo' }).settings.collectorTimeZone).toBe('Asia/Tokyo');
    expect(readSettings([], { hostTimeZone: 'Not/AZone' }).settings.collectorTimeZone).toBe('UTC');
    expect(readSettings([], { hostTimeZone: null }).settings.collectorTimeZone).toBe('UTC');
    expect(readSettings([['collectorTimeZone', 'Europe/Warsaw']], { hostTimeZone: 'Asia/Tokyo' }).settings.collectorTimeZone).toBe('Europe/Warsaw');
  });
  test('a new sheet, in every language, reads back as the defaults without a single issue', () => {
    for (const language of LANGUAGES) {
      const rows = settingsSheetRows(language);
      expect(rows).toHaveLength(SETTING_KEYS.length + 1);
      expect(rows[0]).toHaveLength(3);
      const read = readSettings(rows);
      expect(read.issues, language).toEqual([]);
      expect(read.settings, language).toEqual({ ...DEFAULT_SETTINGS, language });
    }
    expect(settingsSheetRows('pl')[0]).toEqual(['Ustawienie', 'Wartość', 'Znaczenie']);
    // With no language asked for, the sheet is in English.
    expect(settingsSheetRows()[0]).toEqual(['Setting', 'Value', 'What it means']);
  });
  test('every setting written by settingText reads back as itself, under every preset', () => {
    const typed = { ...DEFAULT_SETTINGS, lunch: null, holidays: ['2026-12-24', '2026-12-31'], collectors: ['Ann', 'Ben'], holidayCountry: 'PL', defaultDebtorTimeZone: 'Europe/Warsaw', dateOrder: 'DMY' as const, allowedConsequences: ['court' as const] };
    for (const policy of POLICY_NAMES) {
      const settings = { ...typed, policy };
      const rows = SETTING_KEYS.map((k) => [k, settingText(k, settings)]);
      const read = readSettings(rows);
      expect(read.issues, policy).toEqual([]);
      expect(read.settings, policy).toEqual(settings);
    }
    expect(settingText('lunch', DEFAULT_SETTINGS)).toBe('12:00-13:30');
    expect(settingText('workingDays', DEFAULT_SETTINGS)).toBe('1,2,3,4,5');
    expect(settingText('allowedConsequences', DEFAULT_SETTINGS)).toBe('final notice, late interest, stop supply');
    expect(settingText('dateOrder', DEFAULT_SETTINGS)).toBe('');
    // A firm that allows no consequence says so: an empty cell would give back the preset's list.
    const none = { ...DEFAULT_SETTINGS, allowedConsequences: [] };
    expect(settingText('allowedConsequences', none)).toBe('none');
    expect(readSettings(SETTING_KEYS.map((k) => [k, settingText(k, none)])).settings.allowedConsequences).toEqual([]);
    // Lists are written as the hints ask for them: comma and space.
    expect(settingText('holidays', typed)).toBe('2026-12-24, 2026-12-31');
    expect(settingText('collectors', typed)).toBe('Ann, Ben');
  });
});

describe('settings passed by a caller', () => {
  test('text and numbers are checked like sheet cells; typed values are taken as given and win over the preset', () => {
    const read = readSettings({ policy: 'us-consumer', horizonDays: 0 as never, collectorTimeZone: 'Nowhere', workingDays: [2, 3], lunch: { start: 700, end: 720 } });
    expect(read.settings.policy).toBe('us-consumer');
    expect(read.settings.horizonDays).toBe(DEFAULT_SETTINGS.horizonDays);
    expect(read.settings.collectorTimeZone).toBe('UTC');
    expect(read.settings.workingDays).toEqual([2, 3]);
    expect(read.settings.lunch).toEqual({ start: 700, end: 720 });
    expect(read.issues.map((i) => [i.row, i.column])).toEqual([[0, 'collectorTimeZone'], [0, 'horizonDays']]);
    expect(readSettings({ callMinutes: '15' as never }).settings.callMinutes).toBe(15);
    expect(readSettings({ language: 'pl' }).settings.language).toBe('pl');
    expect(readSettings(undefined).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('who is a consumer where', () => {
  test('a business is a business wherever it is; a consumer by their country', () => {
    expect(standingOf(false, 'US')).toBe('business');
    expect(standingOf(false, 'CN')).toBe('business');
    expect(standingOf(true, 'US')).toBe('consumer-us');
    expect(standingOf(true, 'CN')).toBe('consumer-cn');
    expect(standingOf(true, 'PL')).toBe('consumer-elsewhere');
    expect(standingOf(true, null)).toBe('consumer-elsewhere');
    for (const policy of POLICY_NAMES) for (const s of DEBTOR_STANDINGS) expect(BINDING[policy][s]).toBeDefined();
  });
});
