import { CONSEQUENCE_WORDS, type Consequence } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import { isoDay, isoWeekday, parseIsoDay } from '../model/day';
import { callerName, CONSUMER_TEXTS, owesCollectorDisclosure } from './consumer-conduct';
import { debtorValues, money, sayDay, type CallSetting, type ScriptDebtor } from './debtor-values';

export const PAYMENT_METHODS = ['bank transfer', 'card', 'cheque', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_WORDS: Readonly<Record<PaymentMethod, Texts>> = {
  'bank transfer': { en: 'bank transfer', 'zh-CN': '银行转账', pl: 'przelew' },
  card: { en: 'card', 'zh-CN': '刷卡', pl: 'karta' },
  cheque: { en: 'cheque', 'zh-CN': '支票', pl: 'czek' },
  cash: { en: 'cash', 'zh-CN': '现金', pl: 'gotówka' },
};

export interface AgreedPayment {
  readonly amount: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly method: PaymentMethod;
  readonly partial: boolean;
  /** The consequence announced on the call, if any; left out of the letter unless the firm allows it. */
  readonly consequence: Consequence | null;
  readonly consequenceDate: string | null;
}

const T = {
  opening: { en: 'Dear {contact},', 'zh-CN': '{contact}，您好：', pl: 'Szanowni Państwo,' },
  openingNoName: { en: 'Hello,', 'zh-CN': '您好：', pl: 'Szanowni Państwo,' },
  thanks: { en: 'Thank you for our call today.', 'zh-CN': '感谢您今天接听电话。', pl: 'Dziękuję za dzisiejszą rozmowę.' },
  agreed: {
    en: 'You agreed to pay {amount} by {date}, by {method}.',
    'zh-CN': '您同意于{date}前以{method}方式支付 {amount}。',
    pl: 'Uzgodniliśmy zapłatę {amount} do {date}, forma: {method}.',
  },
  rest: {
    en: 'The remaining {remaining} stays due. We will agree its date when we next speak.',
    'zh-CN': '剩余 {remaining} 仍需支付。我们下次通话时再约定日期。',
    pl: 'Pozostałe {remaining} nadal jest wymagalne. Termin ustalimy w następnej rozmowie.',
  },
  missed: {
    en: 'If the payment has not arrived by then, I will call you on {followUp}.',
    'zh-CN': '如届时仍未到账，我将于{followUp}致电您。',
    pl: 'Jeśli do tego dnia wpłata nie dotrze, zadzwonię {followUp}.',
  },
  consequence: {
    en: 'As we discussed, {consequence} will follow from {consequenceDate}.',
    'zh-CN': '如通话中所说，自{consequenceDate}起将执行：{consequence}。',
    pl: 'Zgodnie z rozmową od {consequenceDate} nastąpi: {consequence}.',
  },
  changes: {
    en: 'Please call me on {date} if anything changes.',
    'zh-CN': '如有任何变化，请在{date}当天致电我。',
    pl: 'Gdyby coś się zmieniło, proszę o telefon {date}.',
  },
  regards: { en: 'Kind regards,\n{collector}', 'zh-CN': '此致\n{collector}', pl: 'Z poważaniem\n{collector}' },
} as const satisfies Record<string, Texts>;

/** The working day after the promised day: when to call if the money is not there. */
function followUpDay(isoDate: string): string {
  let day = parseIsoDay(isoDate)!;
  do day += 1;
  while (isoWeekday(day) > 5);
  return isoDay(day);
}

/**
 * The written confirmation of a promise, to send after the call: amount, date, method, and what
 * happens if it is missed. Short sentences, one idea a paragraph. A consequence appears only when
 * it was announced and the firm allows it.
 */
export function confirmationMessage(debtor: ScriptDebtor, setting: CallSetting, agreed: AgreedPayment): string {
  const l = setting.language;
  const v = {
    ...debtorValues(debtor, setting),
    amount: money(agreed.amount, debtor, l),
    date: sayDay(agreed.date, l),
    method: say(PAYMENT_METHOD_WORDS[agreed.method], l),
    remaining: money(Math.max(0, debtor.overdue - agreed.amount), debtor, l),
    followUp: sayDay(followUpDay(agreed.date), l),
  };
  const paragraphs = [say(v.contact ? T.opening : T.openingNoName, l, v), say(T.thanks, l, v), say(T.agreed, l, v)];
  if (agreed.partial && debtor.overdue - agreed.amount > 0) paragraphs.push(say(T.rest, l, v));
  paragraphs.push(say(T.missed, l, v));
  if (agreed.consequence && agreed.consequenceDate && setting.allowedConsequences.includes(agreed.consequence)) {
    paragraphs.push(say(T.consequence, l, { consequence: CONSEQUENCE_WORDS[agreed.consequence][l], consequenceDate: sayDay(agreed.consequenceDate, l) }));
  }
  paragraphs.push(say(T.changes, l, v));
  if (owesCollectorDisclosure(debtor, setting)) paragraphs.push(say(CONSUMER_TEXTS.letterDisclosure, l));
  paragraphs.push(say(T.regards, l, { ...v, collector: callerName(setting) }));
  return paragraphs.join('\n\n');
}

export const CONFIRMATION_TEXTS: readonly Texts[] = Object.values(T);
