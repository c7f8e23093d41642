import { CONSEQUENCE_WORDS, CONSEQUENCES, type Consequence } from '../calllog/schema';
import type { Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { ASK_FOR_TEXTS } from './ask-for';
import { CHECK_FIRST_TEXTS } from './check-first';
import { CONFIRMATION_TEXTS } from './confirmation';
import { CONSEQUENCE_ACTIONS } from './debtor-values';
import { REBUTTALS } from './rebuttals';
import { SCRIPT_TEXTS, STEP_TITLES } from './stage-scripts';
import { textsOf } from '../i18n/catalog';

const RULE = /* @__PURE__ */ textsOf('conduct');

/** The rules the desk never breaks, shown to the collector. */
export const CONDUCT_RULES: readonly Texts[] = [RULE.calmPoliteFirm, RULE.onlyTheDebtor, RULE.noUndecidedThreats, RULE.onlyRealConsequences, RULE.acknowledgeFeelings, RULE.noOpenCallBack];

/**
 * Words that would pressure a debtor through other people (unlawful disclosure in many places),
 * threaten them, or threaten steps the firm has not decided on: a credit-record entry (征信, 老赖,
 * KRD, BIG), a visit (上门), a bailiff (komornik). No playbook text may contain them; the conduct
 * rules above name them only to forbid them, and are checked separately.
 */
export const FORBIDDEN_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: ['spouse', 'wife', 'husband', 'family', 'relative', 'neighbour', 'neighbor', 'employer', 'colleague', 'workplace', 'friends', 'contacts list', 'children', 'police', 'arrest', 'prison', 'jail', 'shame', 'expose', 'or else', 'you will regret', 'blacklist', 'ruin', 'credit record', 'credit report', 'bailiff', 'visit you'],
  'zh-CN': ['配偶', '爱人', '妻子', '老婆', '丈夫', '老公', '家人', '亲属', '亲戚', '朋友', '邻居', '同事', '单位', '通讯录', '子女', '孩子', '报警', '警察', '坐牢', '拘留', '曝光', '黑名单', '后悔', '走着瞧', '征信', '老赖', '上门'],
  pl: ['żona', 'mąż', 'małżon', 'rodzin', 'krewn', 'przyjaci', 'znajom', 'sąsiad', 'pracodaw', 'w pracy', 'współpracowni', 'dzieci', 'policj', 'areszt', 'więzienie', 'wstyd', 'napiętnuj', 'pożałuj', 'czarna lista', 'zniszcz', 'KRD', 'BIG', 'komornik', 'rejestr dłużników'],
};

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAN = /\p{Script=Han}/u;

/**
 * Where a word occurs in a text: Chinese anywhere, other languages from the start of a word
 * (`rodzin` finds `rodzinie`; `court` does not find `courtesy` when `whole` is set).
 */
function occurs(text: string, word: string, whole: boolean): boolean {
  if (HAN.test(word)) return text.includes(word);
  // An acronym (`BIG`, `KRD`) is a word only in capitals: `big` is an English word.
  if (/^\p{Lu}{2,}$/u.test(word)) return new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(text);
  return new RegExp(`(?<!\\p{L})${escape(word)}${whole ? '(?!\\p{L})' : ''}`, 'iu').test(text);
}

/** Forbidden words found in a text, in any language. */
export function conductViolations(text: string): string[] {
  return Object.values(FORBIDDEN_WORDS).flat().filter((w) => occurs(text, w, false));
}

/** Consequences a text names that the firm does not allow. */
export function unallowedConsequences(text: string, allowed: readonly Consequence[]): Consequence[] {
  return CONSEQUENCES.filter((c) => !allowed.includes(c)
    && [...Object.values(CONSEQUENCE_WORDS[c]), ...Object.values(CONSEQUENCE_ACTIONS[c])].some((w) => occurs(text, w, true)));
}

/** Every text the playbook can show, except the conduct rules themselves. */
export function playbookTexts(): readonly Texts[] {
  return [
    ...SCRIPT_TEXTS,
    ...Object.values(STEP_TITLES),
    ...ASK_FOR_TEXTS,
    ...CHECK_FIRST_TEXTS,
    ...CONFIRMATION_TEXTS,
    ...REBUTTALS.flatMap((r) => [r.title, r.answer, r.followUp]),
  ];
}
