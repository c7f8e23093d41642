import { describe, expect, it } from 'vitest';
import { planCalls } from '../../core/index';
import { say } from '../../core/i18n/texts';
import { LANGUAGES, type Cell, type Language } from '../../core/model/cell';
import type { DebtorPlan } from '../../core/plan/types';
import { conductViolations, playbookTexts, REBUTTALS, stageScript, type CallSetting } from '../../core/playbook';
import { confirmationMessage } from '../../core/playbook/confirmation';
import { contactName, debtorValues, polishAddress, polishInstrumental, sayDay } from '../../core/playbook/debtor-values';
import { sampleWorkbook } from '../../core/sample/sample-workbook';

const ASOF = new Date('2026-11-23T10:00:00Z');
const book = sampleWorkbook(ASOF);
const plan = planCalls({ aging: book.aging, callLog: book.callLog, settings: book.settings, asOf: ASOF });
const debtor = (name: string): DebtorPlan => plan.debtors.find((x) => x.customer === name)!;
const setting = (language: Language, extra: Partial<CallSetting> = {}): CallSetting => ({
  language, collector: 'Alex', asOf: ASOF.toISOString(), collectorTimeZone: 'Europe/London', allowedConsequences: plan.settings.allowedConsequences, ...extra,
});

describe('plural forms by Intl.PluralRules', () => {
  const days = { en: '{n, plural, one {# day} other {# days}} late', 'zh-CN': '逾期{n}天', pl: '{n, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po terminie' };
  it.each([
    [1, '1 day late', '1 dzień po terminie'],
    [2, '2 days late', '2 dni po terminie'],
    [5, '5 days late', '5 dni po terminie'],
    [22, '22 days late', '22 dni po terminie'],
    [112, '112 days late', '112 dni po terminie'],
  ])('%i', (n, en, pl) => {
    expect(say(days, 'en', { n })).toBe(en);
    expect(say(days, 'pl', { n })).toBe(pl);
    expect(say(days, 'zh-CN', { n })).toBe(`逾期${n}天`);
  });

  it('never says “1 days” in any script', () => {
    const d = { ...debtor('Fenwick Electrical'), daysPastDue: 1 };
    const en = stageScript(d, setting('en')).map((l) => l.text).join(' ');
    expect(en).toContain('1 day late');
    expect(en).not.toMatch(/\b1 days\b/);
    expect(stageScript(d, setting('pl')).map((l) => l.text).join(' ')).toContain('przeterminowana o 1 dzień');
  });
});

describe('Polish address', () => {
  it('takes Pan or Pani from a title, else the neutral Państwo', () => {
    expect(polishAddress({ contact: 'Jan Kowalski', contactTitle: 'Pan' })).toBe(0);
    expect(polishAddress({ contact: 'Anna Nowak', contactTitle: 'K' })).toBe(1);
    expect(polishAddress({ contact: 'Pani Anna Nowak' })).toBe(1);
    expect(polishAddress({ contact: 'Mr John Smith' })).toBe(0);
    expect(polishAddress({ contact: '王芳女士' })).toBe(1);
    expect(polishAddress({ contact: 'Anna Nowak' })).toBe(2); // never guessed from the first name
    expect(polishAddress({ contact: null })).toBe(2);
    expect(contactName('Pani Anna Nowak')).toBe('Anna Nowak');
  });

  it('declines a name after z', () => {
    expect(polishInstrumental('Jan Kowalski', 0)).toBe('Janem Kowalskim');
    expect(polishInstrumental('Marek Nowak', 0)).toBe('Markiem Nowakiem');
    expect(polishInstrumental('Anna Kowalska', 1)).toBe('Anną Kowalską');
    expect(polishInstrumental('Anna Nowak', 1)).toBe('Anną Nowak');
  });

  it('addresses the contact the same way through the script and the rebuttals', () => {
    const base = debtor('Crescent Fitness Studio');
    const pan = { ...base, contact: 'Jan Kowalski', contactTitle: 'Pan' };
    const pani = { ...base, contact: 'Anna Kowalska', contactTitle: 'Pani' };
    const none = { ...base, contact: 'Anna Kowalska' };
    const greet = (d: typeof base) => stageScript(d, setting('pl'))[0]!.text;
    expect(greet(pan)).toContain('czy rozmawiam z panem Janem Kowalskim?');
    expect(greet(pani)).toContain('czy rozmawiam z panią Anną Kowalską?');
    expect(greet(none)).toContain('czy przy telefonie Anna Kowalska?');
    const ask = (d: typeof base) => stageScript(d, setting('pl')).find((l) => l.step === 'ask')!.text;
    expect(ask(pan)).toMatch(/^Czy może Pan dziś/);
    expect(ask(pani)).toMatch(/^Czy może Pani dziś/);
    expect(ask(none)).toMatch(/^Czy mogą Państwo dziś/);
    for (const r of REBUTTALS) {
      for (const d of [pan, pani, none]) {
        const text = say(r.answer, 'pl', debtorValues(d, setting('pl'))) + say(r.followUp, 'pl', debtorValues(d, setting('pl')));
        // A form meant for another address never leaks: Pani text has no "Pan " and the neutral one neither.
        if (d !== pan) expect(text, r.id).not.toMatch(/\bPan\b/);
        if (d !== pani) expect(text, r.id).not.toMatch(/\bPani\b/);
      }
    }
  });

  it('keeps the collector’s own forms neutral (no mógł/mogła, obaj)', () => {
    for (const t of playbookTexts()) expect(t.pl, t.pl).not.toMatch(/żebym mógł|żebym mogła|mógłbym|mogłabym|obaj|zapowiedziałeś|zapowiedziałaś|wyciągnie/);
  });
});

describe('dates in running text', () => {
  it('puts the preposition and the case with the date', () => {
    expect(sayDay('2026-11-16', 'pl', 'on')).toBe('w poniedziałek 16 listopada 2026 r.');
    expect(sayDay('2026-11-17', 'pl', 'on')).toBe('we wtorek 17 listopada 2026 r.');
    expect(sayDay('2026-11-18', 'pl', 'by')).toBe('do środy 18 listopada 2026 r.');
    expect(sayDay('2026-11-18', 'pl', 'from')).toBe('od środy 18 listopada 2026 r.');
    expect(sayDay('2026-11-16', 'en', 'by')).toBe('by Mon 16 Nov 2026');
    expect(sayDay('2026-11-16', 'zh-CN', 'by')).toBe('2026年11月16日（周一）前');
  });

  it('writes the Polish confirmation with w before the day', () => {
    const letter = confirmationMessage(debtor('Crescent Fitness Studio'), setting('pl'), { amount: 100, date: '2026-11-27', method: 'bank transfer', partial: false, consequence: null, consequenceDate: null });
    expect(letter).toContain('zadzwonię w poniedziałek 30 listopada 2026 r.');
    expect(letter).toContain('nastąpi do piątku 27 listopada 2026 r.');
  });
});

describe('Chinese for the telephone', () => {
  it('names the caller’s firm, asks for the boss plainly, and reads amounts without nested brackets', () => {
    const d = debtor('Crescent Fitness Studio');
    const lines = stageScript({ ...d, contact: null }, setting('zh-CN', { firmName: '华信贸易' }));
    expect(lines[0]!.text).toContain('我是华信贸易的Alex');
    expect(lines.map((l) => l.text).join('')).not.toMatch(/贵方|我司/);
    expect(lines.find((l) => l.step === 'purpose')!.text).not.toMatch(/（[^）]*（/);
  });

  it('closes a letter with 此致 and 敬礼', () => {
    const letter = confirmationMessage(debtor('Crescent Fitness Studio'), setting('zh-CN'), { amount: 100, date: '2026-11-27', method: 'bank transfer', partial: false, consequence: null, consequenceDate: null });
    expect(letter).toMatch(/此致\n敬礼！/);
    expect(letter).toContain('微信');
  });

  it('names consequences as actions', () => {
    const d = { ...debtor('Crescent Fitness Studio'), stage: 5 as const };
    const theme = stageScript(d, setting('zh-CN', { allowedConsequences: ['collection agency', 'court'] })).find((l) => l.step === 'theme')!.text;
    expect(theme).toContain('移交第三方催收机构或提起诉讼');
    const en = stageScript(d, setting('en', { allowedConsequences: ['collection agency', 'court'] })).find((l) => l.step === 'theme')!.text;
    expect(en).toContain('we will pass the account to a collection agency or we will take the matter to court');
    const pl = stageScript({ ...d, stage: 3 as const }, setting('pl', { allowedConsequences: ['late interest'] })).find((l) => l.step === 'theme')!.text;
    expect(pl).toContain('naliczymy odsetki za opóźnienie w transakcjach handlowych');
  });

  it('leaves no English words in Chinese texts', () => {
    const allowed = /^(IBAN|SWIFT|OA|AR|CFR|FDCPA)$/; // codes and legal citations are said as they are
    for (const t of playbookTexts()) {
      const words = t['zh-CN'].replace(/\{[^{}]*\}/g, '').match(/[A-Za-z]{3,}/g) ?? [];
      expect(words.filter((w) => !allowed.test(w)), t['zh-CN']).toEqual([]);
    }
  });
});

describe('conduct lists', () => {
  it('catch pressure through a spouse, the workplace or friends, credit-record threats, visits and bailiffs', () => {
    expect(conductViolations('我们会联系您爱人')).toEqual(['爱人']);
    expect(conductViolations('再不还就让你上征信')).toEqual(['征信']);
    expect(conductViolations('把你列为老赖')).toEqual(['老赖']);
    expect(conductViolations('我们明天上门')).toEqual(['上门']);
    expect(conductViolations('打到你单位去')).toEqual(['单位']);
    expect(conductViolations('翻你通讯录')).toEqual(['通讯录']);
    expect(conductViolations('Wpiszemy Pana do KRD')).toEqual(['KRD']);
    expect(conductViolations('zgłosimy do BIG')).toEqual(['BIG']);
    expect(conductViolations('a big order')).toEqual([]);
    expect(conductViolations('Przyślemy komornika')).toEqual(['komornik']);
    expect(conductViolations('Powiemy przyjaciołom')).toEqual(['przyjaci']);
    expect(conductViolations('We will tell your friends')).toEqual(['friends']);
  });

  it('no playbook text in any language uses them', () => {
    for (const t of playbookTexts()) for (const l of LANGUAGES) expect(conductViolations(t[l]), t[l]).toEqual([]);
  });
});

describe('from the sheet to the script', () => {
  it('reads a Title column and the firm name from Settings', () => {
    const aging = book.aging.map((row, i) => [...row, i === 0 ? 'Title' : 'Pani']);
    const settings: Cell[][] = (book.settings as readonly (readonly Cell[])[]).map((r) => (r[0] === 'firmName' ? ['firmName', 'Northwind Supplies'] : [...r]));
    const p = planCalls({ aging, callLog: book.callLog, settings, asOf: ASOF });
    expect(p.issues.filter((x) => x.table === 'settings').map((x) => x.message)).toEqual([]);
    expect(p.settings.firmName).toBe('Northwind Supplies');
    const d = p.debtors.find((x) => x.customer === 'Crescent Fitness Studio')!;
    expect(d.contactTitle).toBe('Pani');
    const s = { ...setting('pl'), firmName: p.settings.firmName };
    const greeting = stageScript(d, s)[0]!.text;
    expect(greeting).toContain('z firmy Northwind Supplies');
    expect(greeting).toContain('czy rozmawiam z panią');
    expect(stageScript(d, { ...s, language: 'en' })[0]!.text).toContain('This is Alex from Northwind Supplies');
  });
});

describe('Polish punctuation', () => {
  it('never doubles the dot after r. nor ends a question on it', () => {
    const d = debtor('Crescent Fitness Studio');
    for (const stage of [0, 1, 2, 3, 4, 5] as const) {
      const text = stageScript({ ...d, stage }, setting('pl')).map((l) => l.text).join('\n');
      expect(text).not.toMatch(/r\.[.?]/);
    }
    const letter = confirmationMessage(d, setting('pl'), { amount: 100, date: '2026-11-27', method: 'bank transfer', partial: true, consequence: 'stop supply', consequenceDate: '2026-12-01' });
    expect(letter).not.toMatch(/r\.[.?]/);
  });
});
