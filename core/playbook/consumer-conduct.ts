import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import type { CallSetting, ScriptDebtor } from './debtor-values';
import type { RebuttalId } from './rebuttals';

/**
 * What the law asks of a call to a consumer beyond the business script: a debt collector's
 * disclosures to US consumers, and nothing said about the debt to anyone but the consumer.
 */

/**
 * A debt collector (Settings: collectorRole `agency`) calling a consumer bound by US rules owes
 * the "mini-Miranda" in every communication (FDCPA, 15 U.S.C. 1692e(11)) and, after the first
 * one, a validation notice (Regulation F, 12 CFR 1006.34). A creditor collecting its own invoices
 * is not a debt collector under the FDCPA.
 */
export function owesCollectorDisclosure(debtor: Pick<ScriptDebtor, 'consumer' | 'rules'>, setting: Pick<CallSetting, 'collectorRole'>): boolean {
  return setting.collectorRole === 'agency' && debtor.consumer && debtor.rules === 'us-consumer';
}

/** Rebuttals that discuss the debt with someone other than the debtor: for firms only. */
export const B2B_ONLY_REBUTTALS: ReadonlySet<RebuttalId> = new Set<RebuttalId>(['not-decision-maker', 'decision-maker-away']);

/** Who is calling: the collector, and the firm when Settings name it. */
const CALLER: Texts = { en: '{collector} from {firm}', 'zh-CN': '{firm}的{collector}', pl: '{collector} z firmy {firm}' };

export function callerName(setting: Pick<CallSetting, 'collector' | 'firmName' | 'language'>): string {
  const firm = setting.firmName?.trim();
  return firm ? say(CALLER, setting.language, { collector: setting.collector, firm }) : setting.collector;
}

export const CONSUMER_TEXTS = {
  /** Said only once the consumer is on the line: to anyone else, the call is about nothing. */
  identify: {
    en: 'Once it is {contact} in person: “This is {caller}, calling about your account with us.”',
    'zh-CN': '确认是{contact}本人后再说：“我是{caller}，关于您在我司的账户给您打电话。”',
    pl: 'Gdy to już {contact} osobiście: „Mówi {caller}, dzwonię w sprawie Pana/Pani rozliczeń z nami.”',
  },
  miniMiranda: {
    en: 'Once it is {contact} in person, say this before anything else: “This is {caller}, a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose.” (FDCPA, 15 U.S.C. 1692e(11))',
    'zh-CN': '确认是{contact}本人后，先说：“我是{caller}，是债务催收方。本次通话是为了催收债务，所获得的任何信息都将用于该目的。”（美国《公平债务催收作业法》第1692e(11)条）',
    pl: 'Gdy to już {contact} osobiście, najpierw powiedz: „Mówi {caller}, windykator. To próba odzyskania długu, a wszelkie uzyskane informacje zostaną wykorzystane w tym celu.” (FDCPA, 15 U.S.C. 1692e(11))',
  },
  validationNotice: {
    en: 'First contact with this consumer: unless the validation notice has gone out, send it within five days (Regulation F, 12 CFR 1006.34): the amount, the creditor, and the date until which the debt can be disputed.',
    'zh-CN': '这是与该个人债务人的首次联系：如尚未寄出债务确认通知，须在五日内寄出（美国 F 条例，12 CFR 1006.34），写明金额、债权人及可提出异议的截止日期。',
    pl: 'Pierwszy kontakt z tym konsumentem: jeśli zawiadomienie o długu (validation notice) jeszcze nie wyszło, wyślij je w ciągu pięciu dni (Regulation F, 12 CFR 1006.34): kwota, wierzyciel i data, do której można zakwestionować dług.',
  },
  letterDisclosure: {
    en: 'This communication is from a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
    'zh-CN': '本函来自债务催收方。这是一次债务催收行为，所获得的任何信息都将用于该目的。',
    pl: 'To pismo pochodzi od windykatora. Jest to próba odzyskania długu, a wszelkie uzyskane informacje zostaną wykorzystane w tym celu.',
  },
  /** Stage 2 for a consumer: firm, without saying the calls go on until they pay. */
  firmTheme: {
    en: 'Be firm and calm: this is not the first reminder. Ask for payment today, or a dated promise. Last promise: {promise}.',
    'zh-CN': '态度坚定、语气平和：这已不是第一次提醒。请对方今天付款，或约定付款日期。上次承诺：{promise}。',
    pl: 'Stanowczo i spokojnie: to nie pierwsze przypomnienie. Poproś o zapłatę dziś albo obietnicę z datą. Ostatnia obietnica: {promise}.',
  },
} as const satisfies Record<string, Texts>;

export function consumerText(key: keyof typeof CONSUMER_TEXTS, language: Language, values: Readonly<Record<string, string>>): string {
  return say(CONSUMER_TEXTS[key], language, values);
}
