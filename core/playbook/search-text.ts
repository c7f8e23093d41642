import type { Language } from '../model/cell';

/**
 * Text as the rebuttal finder compares it: words of Latin script as tokens, Chinese as single
 * characters (Chinese has no spaces, so a keyword is found as a run of characters), each with a
 * weight saying how much of the query it is. Function words weigh little, so that "we mailed a
 * check" is mostly "mailed" and "check".
 */
export interface Unit {
  /** Lower case, no diacritics, no apostrophes: `Zapłaciliśmy` → `zaplacilismy`, `don't` → `dont`. */
  readonly bare: string;
  readonly han: boolean;
  readonly number: boolean;
  readonly weight: number;
  /** {@link englishStem} and {@link polishStem} of {@link bare}, worked out once per query. */
  readonly stem: string;
  readonly polish: PolishStem;
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Lower case, width-folded, diacritics and apostrophes dropped; `ł` has no decomposition, so by hand. */
export function bare(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/['’`]/g, '');
}

/** Words that carry little of what the debtor said, in the two languages written with spaces. */
const FUNCTION_WORDS = new Set([
  'i', 'im', 'me', 'my', 'we', 'were', 'our', 'us', 'you', 'your', 'youre', 'he', 'hes', 'she', 'it', 'its', 'itll', 'they', 'them', 'the', 'a', 'an',
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'is', 'are', 'be', 'was', 'this', 'that', 'thats', 'so', 'just', 'will', 'ill', 'can',
  'do', 'have', 'has', 'ok', 'okay', 'please', 'yet', 'now', 'first', 'some', 'here', 'there', 'what', 'whats', 'who', 'pls', 'u', 'ur',
  'ja', 'ty', 'my', 'wy', 'on', 'ona', 'oni', 'to', 'ten', 'ta', 'jest', 'sa', 'sie', 'w', 'we', 'z', 'ze', 'na', 'do', 'o', 'od', 'po', 'za',
  'i', 'a', 'ale', 'czy', 'juz', 'jeszcze', 'tak', 'no', 'bo', 'ze', 'mi', 'mnie', 'nam', 'nas', 'wam', 'was', 'pan', 'pani', 'panstwo',
  'prosze', 'bedzie', 'teraz', 'tego', 'tej', 'tym', 'mam', 'mamy',
]);
const FUNCTION_HAN = new Set([...'了的吗呢吧啊呀嘛哦我你他她们这那是就都也还在有个']);
export const isFunctionHan = (ch: string) => FUNCTION_HAN.has(ch);

/**
 * English negations written together come apart, so `dont owe` meets `do not owe` and `isnt` meets
 * `not`: collectors type both, with and without the apostrophe.
 */
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'],
  werent: ['were', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'], cant: ['can', 'not'], cannot: ['can', 'not'],
  couldnt: ['could', 'not'], wont: ['will', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'], aint: ['is', 'not'],
};

/** The words of a run of Latin text, made {@link bare}, negations split, the English possessive off (`boss's` → `boss`). */
export function latinWords(text: string): string[] {
  return bare(text.replace(/(\p{L})['’]s\b/gu, '$1')).split(/[^\p{L}\p{N}#]+/u).filter(Boolean).flatMap((w) => CONTRACTIONS[w] ?? [w]);
}

/**
 * Words that turn what follows around: `not paid` is no payment, `nie zapłacił` is unpaid, and
 * `没付` is not paid. They are never dropped from a keyword, and a keyword that does not begin
 * with one counts less right after one in the query.
 */
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'without', 'none', 'nie', 'nic', 'bez', 'brak', 'nigdy', 'zadnej', 'zadnego', 'zaden']);
export const HAN_NEGATIONS = new Set([...'不没未别']);
export const isNegation = (bareWord: string) => NEGATIONS.has(bareWord);

/** Whether a word carries little of the meaning (see {@link units}); negations always carry it. */
export const isFunctionWord = (bareWord: string) => FUNCTION_WORDS.has(bareWord) && !NEGATIONS.has(bareWord);

/** The units of a text, in order. */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  let word = '';
  const flush = () => {
    if (!word) return;
    for (const b of latinWords(word)) {
      const number = /^\d[\d.,]*$/.test(b);
      out.push({ bare: b, han: false, number, weight: FUNCTION_WORDS.has(b) ? 0.25 : 1, stem: englishStem(b), polish: polishStem(b) });
    }
    word = '';
  };
  for (const ch of text.normalize('NFKC')) {
    if (HAN.test(ch)) {
      flush();
      out.push({ bare: ch, han: true, number: false, weight: FUNCTION_HAN.has(ch) ? 0.2 : 0.5, stem: ch, polish: { stem: ch, form: 'nominal' } });
    } else if (WORD.test(ch) || ((ch === "'" || ch === '’') && word)) {
      word += ch;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

/**
 * A light English stemmer: plural and tense endings off, a final `e` off, doubled consonants single,
 * so `wired`/`wire`, `damaged`/`damage`, `calling`/`call`, `invoices`/`invoice` meet.
 */
export function englishStem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /([bdfgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Polish inflectional endings (without diacritics), longest first, each with what it marks: a past
 * form (`-liśmy`, `-ł`, the participle `-one`), a present or future form (`-amy`, `-ić`), or a
 * noun or adjective.
 */
type Form = 'past' | 'present' | 'nominal';
const PAST_ENDINGS = [
  'alismy', 'elismy', 'ilismy', 'ylismy', 'alysmy', 'ilysmy', 'aliscie', 'iliscie', 'owal', 'owala', 'owali',
  'alem', 'alam', 'elem', 'elam', 'ilem', 'ilam', 'ylem', 'ylam', 'lismy', 'ione', 'iona', 'iony', 'ieni',
  'ali', 'aly', 'eli', 'ely', 'ili', 'ily', 'yli', 'yly', 'ala', 'ila', 'yla', 'alo', 'ilo', 'one', 'ona', 'ony', 'ono', 'al', 'il', 'yl',
];
const PRESENT_ENDINGS = [
  'ujecie', 'ujemy', 'ujesz', 'owac', 'acie', 'ecie', 'icie', 'ycie', 'amy', 'emy', 'imy', 'ymy', 'uje', 'uja', 'aja', 'eja', 'asz', 'esz',
  'isz', 'cie', 'ac', 'ec', 'ic', 'yc', 'ij', 'aj',
];
const NOMINAL_ENDINGS = [
  'owie', 'iach', 'iami', 'ami', 'ach', 'ego', 'emu', 'ymi', 'imi', 'ych', 'ich', 'owi', 'iem', 'iom', 'iow', 'om', 'ow', 'em', 'ie', 'ej',
  'ym', 'im', 'ia', 'iu', 'a', 'e', 'i', 'o', 'u', 'y',
];
const POLISH_ENDINGS = [
  ...PAST_ENDINGS.map((e) => [e, 'past'] as const),
  ...PRESENT_ENDINGS.map((e) => [e, 'present'] as const),
  ...NOMINAL_ENDINGS.map((e) => [e, 'nominal'] as const),
].sort((a, b) => b[0].length - a[0].length);

export interface PolishStem {
  readonly stem: string;
  readonly form: Form;
}

/**
 * A light Polish stemmer for text already made {@link bare}: the longest inflectional ending off,
 * at least three letters kept. `fakture`, `faktury`, `faktura` → `faktur`; `czekamy` → `czek`
 * marked present, which keeps it apart from the noun `czek` (see {@link samePolishStem}).
 */
export function polishStem(word: string): PolishStem {
  for (const [ending, form] of POLISH_ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return { stem: word.slice(0, -ending.length), form };
  }
  return { stem: word, form: 'nominal' };
}

/**
 * Two Polish words are the same word when their stems are, with two guards: two verb forms must
 * agree in tense (`zapłaciliśmy`, we paid, is not `zapłacimy`, we will pay), and a short stem is
 * too ambiguous across parts of speech for a verb to meet a noun (`czek` the cheque, `czekamy`
 * we wait; `plac` a square, `płacimy` we pay).
 */
export function samePolishStem(a: PolishStem, b: PolishStem): boolean {
  if (a.stem !== b.stem || a.form === b.form) return a.stem === b.stem;
  if (a.form !== 'nominal' && b.form !== 'nominal') return false;
  return a.stem.length >= 5;
}

/** Whether two words are at most one edit apart (insert, delete, substitute, swap neighbours). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** A keyword word, prepared once for comparison in its own language. */
export interface KeyWord {
  readonly bare: string;
  readonly stem: string;
  readonly polish: PolishStem | null;
  /** `#` in a keyword stands for any number: `pay #` finds `pay 200`. */
  readonly number: boolean;
}

export function keyWord(word: string, language: Language): KeyWord {
  const b = bare(word);
  return {
    bare: b,
    stem: language === 'en' ? englishStem(b) : b,
    polish: language === 'pl' ? polishStem(b) : null,
    number: b === '#',
  };
}

/**
 * How well a query word stands for a keyword word: 1 the same word (inflection aside), 0.8 one
 * typo away, 0.7 the start of it (the collector is still typing), 0 not at all.
 */
export function wordMatch(query: Unit, key: KeyWord, last: boolean): number {
  if (key.number) return query.number ? 1 : 0;
  const q = query.bare;
  if (q === key.bare) return 1;
  if (key.polish) {
    if (samePolishStem(query.polish, key.polish)) return 1;
  } else if (query.stem === key.stem) return 1;
  if (q.length >= 5 && key.bare.length >= 5 && oneEditApart(q, key.bare)) return 0.8;
  if (last && q.length >= 3 && key.bare.length > q.length && key.bare.startsWith(q)) return 0.7;
  return 0;
}

/**
 * Everyday Chinese words a keyword must not cut in two: `天天打` (calling every day) is not in
 * `今天天气` (today's weather), `有问题` (there is a problem) is not in `没有问题` (no problem).
 * Only the words themselves matter, not their meaning: a keyword that contains the whole word
 * still matches.
 */
const COMMON_HAN = [
  '今天', '明天', '昨天', '后天', '前天', '天气', '每天', '当天', '聊天', '星期', '礼拜', '时候', '现在', '已经', '可以', '什么',
  '怎么', '为什么', '没有', '没事', '没关系', '知道', '谢谢', '你好', '不错', '不用', '工作', '朋友', '电话', '时间', '问题', '东西',
  '地方', '一下', '一定', '先生', '小姐', '女士', '不好意思', '再见', '好的', '喂喂', '一起', '大家', '你们', '我们', '他们',
  '以后', '一直', '公司', '还是', '但是', '因为', '所以', '如果', '这个', '那个', '这样', '从来', '然后',
];

const COMMON_HAN_SET: ReadonlySet<string> = new Set(COMMON_HAN);
/** Whether a run of characters is one of the everyday words that say nothing by themselves. */
export const isCommonHan = (word: string) => COMMON_HAN_SET.has(word);

/**
 * For each position of a Chinese text, whether a keyword may start there and whether it may end
 * there: not inside one of {@link COMMON_HAN}, found longest first, left to right.
 */
export function hanBoundaries(hanText: string): { readonly noStart: ReadonlySet<number>; readonly noEnd: ReadonlySet<number>; readonly words: readonly { at: number; word: string }[] } {
  const noStart = new Set<number>();
  const noEnd = new Set<number>();
  const words: { at: number; word: string }[] = [];
  const sorted = [...COMMON_HAN].sort((a, b) => b.length - a.length);
  for (let i = 0; i < hanText.length;) {
    const word = sorted.find((w) => hanText.startsWith(w, i));
    if (!word) { i++; continue; }
    words.push({ at: i, word });
    for (let k = i + 1; k < i + word.length; k++) noStart.add(k);
    for (let k = i; k < i + word.length - 1; k++) noEnd.add(k);
    i += word.length;
  }
  return { noStart, noEnd, words };
}
