import { CONSEQUENCE_WORDS, CONSEQUENCES, type Consequence } from '../calllog/schema';
import type { Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { ASK_FOR_TEXTS } from './ask-for';
import { CHECK_FIRST_TEXTS } from './check-first';
import { CONFIRMATION_TEXTS } from './confirmation';
import { REBUTTALS } from './rebuttals';
import { SCRIPT_TEXTS, STEP_TITLES } from './stage-scripts';

/** The rules the desk never breaks, shown to the collector. */
export const CONDUCT_RULES: readonly Texts[] = [
  { en: 'Calm, polite and firm. No threats, no insults.', 'zh-CN': '冷静、礼貌、坚定。不威胁，不辱骂。', pl: 'Spokojnie, uprzejmie i stanowczo. Bez gróźb i obelg.' },
  {
    en: 'Talk about the debt only with the debtor; never involve relatives, neighbours or colleagues.',
    'zh-CN': '只与债务人本人谈欠款；绝不牵扯其亲属、邻居或同事。',
    pl: 'O długu rozmawiaj tylko z dłużnikiem; nigdy nie angażuj krewnych, sąsiadów ani współpracowników.',
  },
  {
    en: 'Announce only a consequence your firm will carry out; when a promise is broken, do what you announced.',
    'zh-CN': '只宣布公司确实会执行的后果；对方失信时，兑现已宣布的措施。',
    pl: 'Zapowiadaj tylko konsekwencje, które firma wyciągnie; gdy obietnica zostanie złamana, zrób to, co zapowiedziałeś.',
  },
];

/**
 * Words that would pressure a debtor through other people (unlawful disclosure in many places)
 * or threaten them. No playbook text may contain them; the conduct rule above names relatives
 * only to forbid it, and is checked separately.
 */
export const FORBIDDEN_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: ['spouse', 'wife', 'husband', 'family', 'relative', 'neighbour', 'neighbor', 'employer', 'colleague', 'children', 'police', 'arrest', 'prison', 'jail', 'shame', 'expose', 'or else', 'you will regret', 'blacklist', 'ruin'],
  'zh-CN': ['配偶', '妻子', '老婆', '丈夫', '老公', '家人', '亲属', '亲戚', '邻居', '同事', '子女', '孩子', '报警', '警察', '坐牢', '拘留', '曝光', '黑名单', '后悔', '走着瞧'],
  pl: ['żona', 'mąż', 'małżon', 'rodzin', 'krewn', 'sąsiad', 'pracodaw', 'współpracowni', 'dzieci', 'policj', 'areszt', 'więzienie', 'wstyd', 'napiętnuj', 'pożałuj', 'czarna lista', 'zniszcz'],
};

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAN = /\p{Script=Han}/u;

/**
 * Where a word occurs in a text: Chinese anywhere, other languages from the start of a word
 * (`rodzin` finds `rodzinie`; `court` does not find `courtesy` when `whole` is set).
 */
function occurs(text: string, word: string, whole: boolean): boolean {
  if (HAN.test(word)) return text.includes(word);
  return new RegExp(`(?<!\\p{L})${escape(word)}${whole ? '(?!\\p{L})' : ''}`, 'iu').test(text);
}

/** Forbidden words found in a text, in any language. */
export function conductViolations(text: string): string[] {
  return Object.values(FORBIDDEN_WORDS).flat().filter((w) => occurs(text, w, false));
}

/** Consequences a text names that the firm does not allow. */
export function unallowedConsequences(text: string, allowed: readonly Consequence[]): Consequence[] {
  return CONSEQUENCES.filter((c) => !allowed.includes(c) && Object.values(CONSEQUENCE_WORDS[c]).some((w) => occurs(text, w, true)));
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
