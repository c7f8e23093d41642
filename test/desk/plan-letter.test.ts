import { describe, expect, it } from 'vitest';
import { planCalls } from '../../core/index';
import type { Language } from '../../core/model/cell';
import type { CallSetting } from '../../core/playbook';
import { confirmationMessage } from '../../core/playbook/confirmation';
import { sampleWorkbook } from '../../core/sample/sample-workbook';

const ASOF = new Date('2026-11-23T10:00:00Z');
const book = sampleWorkbook(ASOF);
const plan = planCalls({ aging: book.aging, callLog: book.callLog, settings: book.settings, asOf: ASOF });
const debtor = plan.debtors.find((d) => d.customer === 'Crescent Fitness Studio')!;
const setting = (language: Language): CallSetting => ({ language, collector: 'Alex', asOf: ASOF.toISOString(), collectorTimeZone: 'Europe/London', allowedConsequences: plan.settings.allowedConsequences });
const instalments = [{ date: '2026-11-30', amount: 1000 }, { date: '2026-12-30', amount: 1000 }, { date: '2027-01-30', amount: 475 }];
const agreed = { amount: 2475, date: '2026-11-30', method: 'bank transfer', partial: false, consequence: null, consequenceDate: null, instalments } as const;

describe('the confirmation of a payment plan lists its instalments', () => {
  it.each([
    ['en', 'As agreed, you will pay 2,475.00 in 3 instalments, by bank transfer:\n- Mon 30 Nov 2026: 1,000.00\n- Wed 30 Dec 2026: 1,000.00\n- Sat 30 Jan 2027: 475.00', 'If an instalment has not arrived by its date'],
    ['pl', 'Zgodnie z ustaleniami zapłata 2475,00 nastąpi w 3 ratach (przelew):\n- pon. 30 lis 2026: 1000,00\n- śr. 30 gru 2026: 1000,00\n- sob. 30 sty 2027: 475,00', 'Jeśli rata nie wpłynie w terminie'],
    ['zh-CN', '按照电话中的约定，贵公司将以银行转账方式分 3 期支付 2,475.00：\n· 2026年11月30日（周一）：1,000.00\n· 2026年12月30日（周三）：1,000.00\n· 2027年1月30日（周六）：475.00', '如某期款项到期仍未到账'],
  ] as const)('%s', (language, list, missed) => {
    const letter = confirmationMessage(debtor, setting(language), agreed);
    expect(letter).toContain(list);
    expect(letter).toContain(missed);
  });

  it('a plan for less than the overdue money says the rest is still due; a promise letter is unchanged', () => {
    const part = { ...agreed, amount: 1000, instalments: instalments.slice(0, 2).map((i) => ({ ...i, amount: 500 })) };
    expect(confirmationMessage(debtor, setting('en'), part)).toContain('The remaining 1,475.00 is still due;');
    const promise = confirmationMessage(debtor, setting('en'), { ...agreed, instalments: undefined });
    expect(promise).toContain('As agreed, you will pay 2,475.00 by Mon 30 Nov 2026, by bank transfer.');
  });
});
