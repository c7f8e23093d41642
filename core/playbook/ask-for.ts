import type { CompanySize } from '../aging/types';
import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import type { AskFor } from '../plan/types';

/**
 * Whom to ask for, from company size: in a small firm the owner decides; in a medium one the
 * general manager or finance director; in a large one the accounts-payable manager or controller,
 * who approves payments without spending his own money. A consumer is spoken to in person only.
 */
export function askForOfSize(size: CompanySize | null, consumer: boolean): AskFor {
  if (consumer) return 'account-holder';
  if (size === 'medium') return 'general-manager-or-finance-director';
  if (size === 'large') return 'ap-manager-or-controller';
  return 'owner';
}

const WHO: Readonly<Record<AskFor, Texts>> = {
  // Polish in the accusative: the phrase follows `Poproś o` and `czy mogę prosić`.
  owner: { en: 'the owner', 'zh-CN': '老板', pl: 'właściciela' },
  'general-manager-or-finance-director': { en: 'the general manager or finance director', 'zh-CN': '总经理或财务总监', pl: 'dyrektora generalnego lub finansowego' },
  'ap-manager-or-controller': { en: 'the accounts-payable manager or controller', 'zh-CN': '负责付款的财务经理', pl: 'kierownika działu rozliczeń lub kontrolera finansowego' },
  'account-holder': { en: 'the account holder in person', 'zh-CN': '欠款人本人', pl: 'osobiście dłużnika' },
};

const WHY: Readonly<Record<AskFor, Texts>> = {
  owner: {
    en: 'In a small firm the owner decides every payment; a clerk can only pass a message on.',
    'zh-CN': '小公司的每笔付款都由老板决定；普通职员只能转达。',
    pl: 'W małej firmie o każdej płatności decyduje właściciel; pracownik może tylko przekazać wiadomość.',
  },
  'general-manager-or-finance-director': {
    en: 'In a medium firm the general manager or finance director releases payments.',
    'zh-CN': '中型公司由总经理或财务总监批准付款。',
    pl: 'W średniej firmie o płatnościach decyduje dyrektor generalny lub finansowy.',
  },
  'ap-manager-or-controller': {
    en: 'In a large firm ask for whoever approves payments: the accounts-payable manager or controller. It is not their own money, so a clear case moves them.',
    'zh-CN': '大公司要找审批付款的人，一般是财务经理或应付账款主管。花的不是他自己的钱，把事情讲清楚就好办。',
    pl: 'W dużej firmie pytaj o osobę, która zatwierdza płatności: kierownika działu rozliczeń lub kontrolera finansowego. To nie jego pieniądze, więc jasno przedstawiona sprawa go przekona.',
  },
  'account-holder': {
    en: 'A private person: talk about the debt with the account holder only, never with anyone else who answers.',
    'zh-CN': '个人欠款：只与欠款人本人谈及欠款，不向接听电话的其他任何人透露。',
    pl: 'Osoba prywatna: o długu rozmawiaj tylko z posiadaczem rachunku, nigdy z inną osobą, która odbierze.',
  },
};

/** Whom to ask for and why, in the desk's language. */
export function whomToAskFor(askFor: AskFor, language: Language): { who: string; why: string } {
  return { who: say(WHO[askFor], language), why: say(WHY[askFor], language) };
}

export const ASK_FOR_TEXTS: readonly Texts[] = [...Object.values(WHO), ...Object.values(WHY)];
