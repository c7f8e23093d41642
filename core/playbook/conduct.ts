import { CONSEQUENCE_WORDS, CONSEQUENCES, type Consequence } from '../calllog/schema';
import type { Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { ASK_FOR_TEXTS } from './ask-for';
import { CHECK_FIRST_TEXTS } from './check-first';
import { CONFIRMATION_TEXTS } from './confirmation';
import { CONSEQUENCE_ACTIONS } from './debtor-values';
import { REBUTTALS } from './rebuttals';
import { SCRIPT_TEXTS, STEP_TITLES } from './stage-scripts';

/** The rules the desk never breaks, shown to the collector. */
export const CONDUCT_RULES: readonly Texts[] = [
  { en: 'Calm, polite and firm. No threats, no insults.', 'zh-CN': '冷静、礼貌、坚定。不威胁，不骂人。', pl: 'Spokojnie, uprzejmie i stanowczo. Bez gróźb i obelg.' },
  {
    en: 'Talk about the debt only with the debtor; never involve a spouse, relatives, friends, neighbours, colleagues or the workplace, and never use their contacts.',
    'zh-CN': '欠款只跟债务人本人谈；不找其爱人、亲属、朋友、邻居、同事或单位施压，也不翻他的通讯录找人。',
    pl: 'O długu rozmawiaj tylko z dłużnikiem; nigdy nie angażuj małżonka, rodziny, przyjaciół, sąsiadów, współpracowników ani pracodawcy i nie korzystaj z ich kontaktów.',
  },
  {
    en: 'Never threaten a credit-record entry, a visit or a bailiff the firm has not decided on; state only facts the firm will act on.',
    'zh-CN': '不拿“上征信”“列为老赖”“上门”吓唬对方；只说公司确定会做的事。',
    pl: 'Nie strasz wpisem do KRD lub BIG, wizytą ani komornikiem, jeśli firma o tym nie zdecydowała; mów tylko o tym, co firma naprawdę zrobi.',
  },
  {
    en: 'Announce only a consequence your firm will carry out; when a promise is broken, do what was announced.',
    'zh-CN': '只讲公司确实会执行的后果；对方不守承诺，就照说过的去做。',
    pl: 'Zapowiadaj tylko konsekwencje, które firma zastosuje; gdy obietnica zostanie złamana, zrób to, co zostało zapowiedziane.',
  },
  {
    en: 'Acknowledge what they feel before you answer (“I understand why you see it that way”), then bring the call back to the payment.',
    'zh-CN': '先接住对方的情绪再回应（“您这么想我能理解”），然后把话题拉回付款。',
    pl: 'Zanim odpowiesz, uznaj emocje rozmówcy („Rozumiem, dlaczego tak to wygląda”), potem wróć do zapłaty.',
  },
  {
    en: 'Never end with “I’ll call you back” without a day and an hour.',
    'zh-CN': '不要只说一句“我再给您打”就挂，一定说清哪天几点。',
    pl: 'Nigdy nie kończ słowami „oddzwonię” bez dnia i godziny.',
  },
];

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
