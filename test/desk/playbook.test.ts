import { describe, expect, it } from 'vitest';
import { CONSEQUENCES, CONSEQUENCE_WORDS } from '../../core/calllog/schema';
import { planCalls } from '../../core/index';
import { LANGUAGES, type Language } from '../../core/model/cell';
import { say } from '../../core/i18n/texts';
import type { DebtorPlan, Stage } from '../../core/plan/types';
import {
  askForOfSize, checkFirst, debtorValues, confirmationMessage, conductViolations, CONDUCT_RULES, findRebuttals, playbookTexts,
  REBUTTALS, stageScript, unallowedConsequences, whomToAskFor, type CallSetting,
} from '../../core/playbook/index';
import { sampleWorkbook } from '../../core/sample/sample-workbook';
import { CONSEQUENCE_ACTIONS } from '../../core/playbook/debtor-values';
import { likelyCause } from '../../core/playbook/check-first';

const ASOF = new Date('2026-11-23T10:00:00Z'); // Monday
const book = sampleWorkbook(ASOF);
const plan = planCalls({ aging: book.aging, callLog: book.callLog, settings: book.settings, asOf: ASOF });
const debtor = (name: string): DebtorPlan => {
  const d = plan.debtors.find((x) => x.customer === name);
  if (!d) throw new Error(`no ${name} in the sample`);
  return d;
};
const setting = (language: Language, allowed = plan.settings.allowedConsequences): CallSetting => ({
  language, collector: 'Alex', asOf: ASOF.toISOString(), collectorTimeZone: 'Europe/London', allowedConsequences: allowed,
});
const LOCALE: Record<Language, string> = { en: 'en-US', 'zh-CN': 'zh-CN', pl: 'pl-PL' };
const MONEY: Record<Language, (n: number) => string> = Object.fromEntries(
  LANGUAGES.map((l) => [l, (n: number) => n.toLocaleString(LOCALE[l], { minimumFractionDigits: 2, maximumFractionDigits: 2 })]),
) as Record<Language, (n: number) => string>;
const text = (lines: { text: string }[]) => lines.map((l) => l.text).join('\n');

describe('stage scripts', () => {
  const byStage = new Map<Stage, DebtorPlan>();
  for (const d of plan.debtors) if (!byStage.has(d.stage) && !d.disputed) byStage.set(d.stage, d);
  // Stage 5 (agency or court) needs consequences the sample's firm does not allow; shape one from a stage-4 debtor.
  byStage.set(5, { ...byStage.get(4)!, stage: 5 });

  it.each([0, 1, 2, 3, 4, 5] as Stage[])('stage %i has a complete script in every language, with no placeholder left', (stage) => {
    for (const language of LANGUAGES) {
      const lines = stageScript(byStage.get(stage)!, setting(language, ['final notice', 'collection agency']));
      expect(lines.map((l) => l.step)).toEqual(['greeting', 'purpose', 'theme', 'ask', 'commitment', 'summary', 'close']);
      expect(text(lines)).not.toMatch(/\{\w+\}/);
      expect(new Set(lines.map((l) => l.text)).size).toBe(lines.length);
    }
  });

  it('states the exact overdue amount, each overdue invoice with its due date, and the invoices not yet due', () => {
    const d = debtor('Kowalski i Synowie Sp. z o.o.');
    for (const language of LANGUAGES) {
      const purpose = stageScript(d, setting(language)).find((l) => l.step === 'purpose')!.text;
      expect(purpose).toContain(MONEY[language](5900));
      expect(purpose).toContain('FV/2026/0871');
      expect(purpose).toContain('FV/2026/0940'); // not yet due, still named
    }
    expect(stageScript(d, setting('en')).find((l) => l.step === 'purpose')!.text).toContain('FV/2026/0871 (5,900.00, due Fri 16 Oct 2026)');
  });

  it('names the last promise to a debtor who broke it, and asks for the contact by name at the close', () => {
    const d = debtor('Crescent Fitness Studio');
    const en = text(stageScript(d, setting('en')));
    expect(checkFirst(d, setting('en')).join(' ')).toContain('2,475.00 by Sun 22 Nov 2026 (broken)');
    expect(en).toContain('Thank you, Jade Morgan.');
    expect(text(stageScript(d, setting('pl')))).toContain('czy przy telefonie Jade Morgan?');
  });

  it('greets a firm with no contact on file without inventing a name', () => {
    const d = { ...debtor('Fenwick Electrical'), contact: null };
    expect(stageScript(d, setting('en')).at(-1)!.text).toBe('Thank you. Goodbye.');
    const letter = confirmationMessage(d, setting('en'), { amount: 100, date: '2026-11-27', method: 'card', partial: false, consequence: null, consequenceDate: null });
    expect(letter.startsWith('Hello,\n\nThank you for our call today.')).toBe(true);
  });

  it('offers a controlled time frame: today, else two working days ahead', () => {
    const d = debtor('Fenwick Electrical');
    expect(stageScript(d, setting('en')).find((l) => l.step === 'ask')!.text).toMatch(/^Can you pay the 3,150\.00 today\? If not today, will it be with us by Wednesday\? By bank transfer or by card\?/);
    expect(stageScript(d, setting('zh-CN')).find((l) => l.step === 'ask')!.text).toContain('周三');
  });

  it('speaks to a consumer only in person, and a reminder before the due date is a courtesy call', () => {
    expect(stageScript(debtor('Jordan Miller'), setting('en'))[0]!.text).toContain('Jordan Miller in person');
    const reminder = stageScript(debtor('Greenleaf Pharmacy'), setting('en'));
    expect(reminder.find((l) => l.step === 'purpose')!.text).toContain('INV-2313');
    expect(reminder.find((l) => l.step === 'ask')!.text).toContain('Is anything stopping payment on Thu 3 Dec 2026?');
  });

  it('asks about a problem before money when a punctual payer is late, and resolves a dispute first', () => {
    const punctual = { ...debtor('Elm Street Opticians'), possibleDispute: true };
    expect(checkFirst(punctual, setting('en')).join(' ')).toContain('ask about a problem before asking for money');
    const disputed = debtor('Westfield Catering');
    expect(disputed.disputed).toBe(true);
    expect(checkFirst(disputed, setting('pl')).join(' ')).toContain('spór');
  });

  it('names the likely cause among grievance, deliberate delay, tight funds and oversight (seed 002)', () => {
    const base = { ...debtor('Elm Street Opticians'), disputed: false, possibleDispute: false };
    const clean = { ...base, history: { ...base.history, brokenPromises: 0, refusals: 0 }, behaviour: { ...base.behaviour, trend: 'steady' as const } };
    expect(likelyCause({ ...clean, possibleDispute: true })).toBe('grievance');
    expect(likelyCause({ ...clean, history: { ...clean.history, brokenPromises: 2 } })).toBe('deliberate');
    expect(likelyCause({ ...clean, history: { ...clean.history, refusals: 1 } })).toBe('deliberate');
    expect(likelyCause({ ...clean, behaviour: { ...clean.behaviour, trend: 'lengthening' as const } })).toBe('cash');
    expect(likelyCause(clean)).toBe('oversight');
    expect(checkFirst({ ...clean, overdue: Math.max(1, clean.overdue) }, setting('zh-CN'))[0]).toMatch(/^可能原因：/);
  });
});

describe('whom to ask for', () => {
  it('goes by company size: owner, general manager or finance director, accounts-payable manager or controller', () => {
    expect(askForOfSize('small', false)).toBe('owner');
    expect(askForOfSize(null, false)).toBe('owner');
    expect(askForOfSize('medium', false)).toBe('general-manager-or-finance-director');
    expect(askForOfSize('large', false)).toBe('ap-manager-or-controller');
    expect(askForOfSize('large', true)).toBe('account-holder');
    expect(whomToAskFor('ap-manager-or-controller', 'en').who).toBe('the accounts payable manager or financial controller');
    expect(whomToAskFor('owner', 'zh-CN').who).toBe('老板');
    expect(whomToAskFor('general-manager-or-finance-director', 'pl').who).toContain('dyrektor');
  });

  it('agrees with the planner on the sample’s debtors', () => {
    for (const d of plan.debtors) if (d.companySize) expect(d.askFor).toBe(askForOfSize(d.companySize, d.consumer));
  });
});

describe('rebuttals', () => {
  it('has at least 14 categories, each with title, answer, follow-up and keywords in all three languages', () => {
    expect(REBUTTALS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(REBUTTALS.map((r) => r.id)).size).toBe(REBUTTALS.length);
    for (const r of REBUTTALS) {
      for (const l of LANGUAGES) {
        expect(r.title[l].length, `${r.id} ${l}`).toBeGreaterThan(3);
        const min = l === 'zh-CN' ? 8 : 20; // Chinese says as much in far fewer characters
        expect(r.answer[l].length, `${r.id} ${l}`).toBeGreaterThan(min);
        expect(r.followUp[l].length, `${r.id} ${l}`).toBeGreaterThan(min / 2);
        expect(r.keywords[l].length, `${r.id} ${l}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('fills answers from the debtor and the call, leaving no placeholder', () => {
    const values = debtorValues(debtor('Fenwick Electrical'), setting('en'));
    for (const r of REBUTTALS) {
      for (const l of LANGUAGES) {
        const v = debtorValues(debtor('Fenwick Electrical'), setting(l));
        expect(say(r.answer, l, v) + say(r.followUp, l, v)).not.toMatch(/\{\w+\}/);
      }
    }
    const cheque = REBUTTALS.find((r) => r.id === 'cheque-in-post')!;
    expect(say(cheque.followUp, 'en', values)).toContain('by Wednesday');
    expect(say(cheque.followUp, 'pl', debtorValues(debtor('Fenwick Electrical'), setting('pl')))).toContain('do środy');
  });

  it('covers the excuses collectors hear most', () => {
    expect(REBUTTALS.map((r) => r.id)).toEqual(expect.arrayContaining([
      'cheque-in-post', 'cash-flow', 'no-invoice-copy', 'already-paid', 'dispute', 'not-decision-maker', 'call-back-later',
      'decision-maker-away', 'angry-caller', 'next-order', 'small-partial', 'waiting-for-customers', 'put-in-writing', 'insolvency-or-lawyer',
    ]));
  });

  it.each([['cheque'], ['支票'], ['czek'], ['Czek'], ['CHEQUE']])('finds the cheque in the post from “%s”, whatever the desk language', (word) => {
    for (const l of LANGUAGES) expect(findRebuttals(word, l)[0]!.id).toBe('cheque-in-post');
  });

  it('finds other categories by what was heard, Polish without diacritics too', () => {
    expect(findRebuttals('lawyer', 'en')[0]!.id).toBe('insolvency-or-lawyer');
    expect(findRebuttals('破产', 'en')[0]!.id).toBe('insolvency-or-lawyer');
    expect(findRebuttals('upadlosc', 'pl')[0]!.id).toBe('insolvency-or-lawyer');
    expect(findRebuttals('资金', 'zh-CN')[0]!.id).toBe('cash-flow');
    expect(findRebuttals('zzzz', 'en')).toEqual([]);
    expect(findRebuttals('  ', 'en')).toHaveLength(REBUTTALS.length);
  });
});

describe('written confirmation of a promise', () => {
  const d = debtor('Crescent Fitness Studio');
  const agreed = { amount: 2475, date: '2026-11-27', method: 'bank transfer' as const, partial: false, consequence: null, consequenceDate: null };

  it('states amount, date, method and what happens if it is missed, in short paragraphs', () => {
    const en = confirmationMessage(d, setting('en'), agreed);
    expect(en).toContain('As agreed, you will pay 2,475.00 by Fri 27 Nov 2026, by bank transfer.');
    expect(en).toContain('I will call you on Mon 30 Nov 2026.');
    for (const p of en.split('\n\n')) expect(p.length).toBeLessThan(120);
    expect(confirmationMessage(d, setting('zh-CN'), agreed)).toContain('银行转账');
    expect(confirmationMessage(d, setting('pl'), agreed)).toContain('przelew');
  });

  it('asks when the rest comes after a partial promise', () => {
    expect(confirmationMessage(d, setting('en'), { ...agreed, amount: 1000, partial: true })).toContain('The remaining 1,475.00 is still due;');
  });

  it('names an announced consequence only when the firm allows it', () => {
    const withCourt = { ...agreed, consequence: 'court' as const, consequenceDate: '2026-12-04' };
    expect(confirmationMessage(d, setting('en', ['final notice']), withCourt)).not.toContain('court');
    expect(confirmationMessage(d, setting('en', ['court']), withCourt)).toContain('from Fri 4 Dec 2026 we will take the matter to court');
  });
});

describe('conduct rules', () => {
  it('no playbook text in any language pressures through other people or threatens', () => {
    for (const t of playbookTexts()) for (const l of LANGUAGES) expect(conductViolations(t[l]), t[l]).toEqual([]);
    for (const r of REBUTTALS) for (const l of LANGUAGES) expect(conductViolations(r.keywords[l].join(' '))).toEqual([]);
  });

  it('the check itself catches third-party pressure and threats', () => {
    expect(conductViolations('Tell his wife about the debt')).toEqual(['wife']);
    expect(conductViolations('我们会联系您的家人')).toEqual(['家人']);
    expect(conductViolations('Zadzwonimy na policję')).toEqual(['policj']);
    expect(unallowedConsequences('We will take you to court.', ['final notice'])).toEqual(['court']);
    expect(unallowedConsequences('A courtesy call.', ['final notice'])).toEqual([]);
  });

  it('the conduct rules themselves exist in every language', () => {
    for (const r of CONDUCT_RULES) for (const l of LANGUAGES) expect(r[l].length).toBeGreaterThan(10);
  });

  it('no script offers a consequence the settings do not allow, for any allowed set', () => {
    const subsets = [[], ['final notice'], ['stop supply', 'late interest'], ['collection agency'], [...CONSEQUENCES]] as const;
    for (const d of plan.debtors) {
      for (const stage of [3, 4, 5] as Stage[]) {
        for (const allowed of subsets) {
          for (const l of LANGUAGES) {
            const script = text(stageScript({ ...d, stage }, setting(l, allowed)));
            expect(unallowedConsequences(script, allowed)).toEqual([]);
          }
        }
      }
    }
  });

  it('with nothing allowed the consequences call names none, and with one allowed it names that one', () => {
    const d = { ...debtor('Stonebridge Builders'), stage: 3 as Stage };
    expect(stageScript(d, setting('en', [])).find((l) => l.step === 'theme')!.text).toContain('Announce no consequence');
    const theme = stageScript(d, setting('pl', ['stop supply'])).find((l) => l.step === 'theme')!.text;
    expect(theme).toContain(CONSEQUENCE_ACTIONS['stop supply'].pl);
  });
});
