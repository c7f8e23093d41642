import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import type { CallSetting, ScriptDebtor } from './debtor-values';
import type { RebuttalId } from './rebuttals';
import { textsOf } from '../i18n/catalog';

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

const CONSUMER = /* @__PURE__ */ textsOf('consumer');

/** Who is calling: the collector, and the firm when Settings name it. */
const CALLER: Texts = CONSUMER.caller;

export function callerName(setting: Pick<CallSetting, 'collector' | 'firmName' | 'language'>): string {
  const firm = setting.firmName?.trim();
  return firm ? say(CALLER, setting.language, { collector: setting.collector, firm }) : setting.collector;
}

/**
 * `identify` is said only once the consumer is on the line: to anyone else, the call is about
 * nothing. `firmTheme` is stage 2 for a consumer: firm, without saying the calls go on until they pay.
 */
export const CONSUMER_TEXTS = /* @__PURE__ */ textsOf('consumer.text');

export function consumerText(key: keyof typeof CONSUMER_TEXTS, language: Language, values: Readonly<Record<string, string>>): string {
  return say(CONSUMER_TEXTS[key], language, values);
}
