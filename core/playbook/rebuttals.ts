import type { Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { B2B_ONLY_REBUTTALS } from './consumer-conduct';
import { rank } from './find-rebuttal';
import { KEYWORD_SYNONYMS, REBUTTAL_KEYWORDS } from './rebuttal-keywords';
import { textsOf } from '../i18n/catalog';

/**
 * One kind of excuse a debtor gives, with what to answer and the question that moves the call on
 * to a commitment. Keywords are what a collector hears and types, in every language, so the
 * finder works whatever language the call is in.
 */
export interface Rebuttal {
  readonly id: RebuttalId;
  readonly title: Texts;
  readonly answer: Texts;
  readonly followUp: Texts;
  readonly keywords: Readonly<Record<Language, readonly string[]>>;
}

export const REBUTTAL_IDS = [
  'cheque-in-post',
  'cash-flow',
  'no-invoice-copy',
  'already-paid',
  'dispute',
  'not-decision-maker',
  'call-back-later',
  'decision-maker-away',
  'angry-caller',
  'next-order',
  'small-partial',
  'waiting-for-customers',
  'put-in-writing',
  'insolvency-or-lawyer',
  'payment-run',
  'bank-details',
  'cease-request',
  'not-our-debt',
  'approval-in-progress',
  'stop-supply-hostage',
  'no-details-to-hand',
  'statement-mismatch',
  'retention',
  'set-off',
  'bank-acceptance-bill',
  'blame-collector',
] as const;
export type RebuttalId = (typeof REBUTTAL_IDS)[number];

const TITLE: Readonly<Record<RebuttalId, Texts>> = /* @__PURE__ */ textsOf('rebuttal.title');
const ANSWER: Readonly<Record<RebuttalId, Texts>> = /* @__PURE__ */ textsOf('rebuttal.answer');
const FOLLOW_UP: Readonly<Record<RebuttalId, Texts>> = /* @__PURE__ */ textsOf('rebuttal.followUp');

const ENTRIES: readonly Omit<Rebuttal, 'keywords'>[] = REBUTTAL_IDS.map((id) => ({ id, title: TITLE[id], answer: ANSWER[id], followUp: FOLLOW_UP[id] }));

/**
 * Every category, with its keywords attached. Keywords live in their own file: they are long and
 * tuned against a table of typed queries, the answers are not.
 */
export const REBUTTALS: readonly Rebuttal[] = ENTRIES.map((e) => ({ ...e, keywords: REBUTTAL_KEYWORDS[e.id] }));

/**
 * The rebuttals that match what the collector typed, best first; all of them, in playbook order,
 * when nothing is typed. Keywords of every language are searched, the desk's language a little
 * ahead (see find-rebuttal.ts for how a match is scored).
 *
 * @example
 * findRebuttals('czek', 'en')[0].id // → 'cheque-in-post'
 * findRebuttals('czekamy na pieniądze od klienta', 'pl')[0].id // → 'waiting-for-customers'
 * findRebuttals('老板出差了', 'zh-CN')[0].id // → 'decision-maker-away'
 */
export function findRebuttals(query: string, language: Language, consumer = false): Rebuttal[] {
  // A consumer's debt is discussed with the consumer alone: no answers for gatekeepers.
  const offered = consumer ? REBUTTALS.filter((r) => !B2B_ONLY_REBUTTALS.has(r.id)) : REBUTTALS;
  return rank(offered, query, language, KEYWORD_SYNONYMS);
}
