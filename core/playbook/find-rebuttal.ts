import { LANGUAGES, type Language } from '../model/cell';
import { bare, HAN_NEGATIONS, hanBoundaries, isCommonHan, isFunctionHan, isFunctionWord, isNegation, latinWords, polishStem, samePolishStem, units, type KeyWord, type Unit } from './search-text';
import { WordIndex } from './word-index';

/** A keyword ready to be looked for: a Chinese run of characters (in parts), or words in order; a variant made with a synonym counts a little less than what was written. */
type Compiled = ({ readonly han: readonly string[] } | Worded) & { readonly factor: number; readonly source: string };

/**
 * A keyword in words: those that must be found, in order; the function words left out of them,
 * each after the required word it follows (-1 before the first), counted when the query has them
 * in place (`nie zamawialiśmy tego` covers more of `nie zamawialiśmy tego` than `nie to
 * zamawialiśmy` does); and whether the words must stand together, as `the check` must.
 */
interface Worded {
  readonly words: readonly KeyWord[];
  readonly extras: readonly { readonly word: KeyWord; readonly after: number }[];
  readonly together: boolean;
}

export interface Searchable<Id extends string> {
  readonly id: Id;
  readonly keywords: Readonly<Record<Language, readonly string[]>>;
  readonly title: Readonly<Record<Language, string>>;
}

/** One place a keyword was found: the query units it spans, those it matched, and how well. */
interface Hit {
  readonly keyword: string;
  readonly start: number;
  readonly end: number;
  readonly matched: readonly number[];
  readonly quality: number;
}
interface Valued {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

const HAN = /\p{Script=Han}/u;
/** Up to this many query words may stand between two words of a keyword (`stop calling` in `stop all this calling`). */
const GAP = 2;
/** What each word of the query's own standing between a keyword's words takes off it. */
const SKIPPED = 0.8;
/** Characters that may stand between the parts of a Chinese keyword written with a space. */
const HAN_GAP = 3;
/** What the start of a longer Chinese keyword is worth against the whole. */
const PARTIAL = 0.7;
/** Keywords of another language than the desk's still count, a little less. */
const OTHER_LANGUAGE = 0.9;
/** Keywords in words (English, Polish, the Latin words of the Chinese lists) of another language than the desk's. */
const OTHER_LATIN = 0.7;

/**
 * Words that stand for one another in a keyword, per language: a keyword written with one of them
 * is also looked for with each of the others (`stop calling` → `stop phoning`, `老板出差` →
 * `经理出差`), so the keyword lists need not repeat every combination. Polish members are compared
 * by stem, so `dzwonić` in a keyword finds `dzwonię`, and `wydzwaniać` stands in for it.
 */
export type Synonyms = Readonly<Record<Language, readonly (readonly string[])[]>>;

/** An item's keywords in one language, filed under what a query must contain for them to be there at all. */
interface Filed {
  /** Keywords written in words, by their first word. */
  readonly byFirstWord: ReadonlyMap<KeyWord, readonly Compiled[]>;
  /** Chinese keywords, by their first two characters (or the one, for a keyword of one). */
  readonly byFirstPair: ReadonlyMap<string, readonly Compiled[]>;
}
const compiledCache = new WeakMap<object, Readonly<Record<Language, Filed>>>();
/** Every keyword word of every item compiled so far, shared, so a query looks each up once. */
const WORDS = new WordIndex();
/** The items whose keywords have each word: how common a word is in the keyword lists. */
const ITEMS_OF = new Map<KeyWord, Set<object>>();

/** A hit at least this good shows the item knows the word, for weighing how rare the word is. */
const STRONG = 0.85;

/** Synonym variants weigh this much against the keyword as written. */
const VARIANT = 0.9;

/**
 * The keyword's variants with a synonym swapped in, or two from different groups: `boss is away`
 * gives `manager is away`, `boss is abroad` and `cfo is abroad`.
 */
function variants(keyword: string, language: Language, synonyms: Synonyms): string[] {
  const once = oneSwap(keyword, language, synonyms);
  const all = new Set([...once, ...once.flatMap((v) => oneSwap(v, language, synonyms))]);
  all.delete(keyword);
  return [...all];
}

/** The keyword's variants with one synonym swapped in. */
function oneSwap(keyword: string, language: Language, synonyms: Synonyms): string[] {
  const out: string[] = [];
  if (HAN.test(keyword)) {
    for (const group of synonyms[language]) {
      const member = group.find((m) => keyword.includes(m));
      if (member) for (const other of group) if (other !== member) out.push(keyword.replace(member, other));
    }
    return out;
  }
  const words = latinWords(keyword);
  for (const group of synonyms[language]) {
    const bareGroup = group.map((m) => bare(m));
    words.forEach((w, i) => {
      const same = language === 'pl'
        ? (m: string) => samePolishStem(polishStem(w), polishStem(m))
        : (m: string) => w === m;
      if (!bareGroup.some(same)) return;
      for (const other of bareGroup) if (!same(other)) out.push([...words.slice(0, i), other, ...words.slice(i + 1)].join(' '));
    });
  }
  return out;
}

/**
 * The words of a keyword that must be found: with two content words or more, the function words
 * go (`boss is away` is found in `boss away` and `boss's away`, the gap between words allows for
 * them in the query); with fewer they stay, since `on its way` is not `way`.
 */
function worded(words: readonly string[], language: Language): Worded {
  // The word before a negation stays: `can not pay` (cannot) is not `will not pay` (refuses).
  const required = words.map((w, i) => !isFunctionWord(w) || isNegation(words[i + 1] ?? ''));
  // Words that say something: not the function words, not even those kept before a negation.
  const content = words.filter((w) => !isFunctionWord(w)).length;
  if (content < 2) return { words: words.map((w) => WORDS.word(w, language)), extras: [], together: words.length > 1 };
  const extras: { word: KeyWord; after: number }[] = [];
  let after = -1;
  words.forEach((w, i) => {
    if (required[i]) after++;
    else extras.push({ word: WORDS.word(w, language), after });
  });
  return { words: words.filter((_, i) => required[i]).map((w) => WORDS.word(w, language)), extras, together: false };
}

function compile(item: Searchable<string>, synonyms: Synonyms): Readonly<Record<Language, Filed>> {
  let done = compiledCache.get(item);
  if (done) return done;
  const byLanguage = {} as Record<Language, Filed>;
  for (const l of LANGUAGES) {
    const written = [...item.keywords[l], item.title[l]];
    const make = (factor: number) => (k: string): Compiled => HAN.test(k)
      ? { han: bare(k).split(/[^\p{Script=Han}]+/u).filter(Boolean), factor, source: k }
      : { ...worded(latinWords(k), l), factor, source: k };
    const all = [...written.map(make(1)), ...written.flatMap((k) => variants(k, l, synonyms)).map(make(VARIANT))];
    const byFirstWord = new Map<KeyWord, Compiled[]>();
    const byFirstPair = new Map<string, Compiled[]>();
    for (const k of all) {
      if ('han' in k) { if (k.han[0]) file(byFirstPair, k.han[0].slice(0, 2), k); continue; }
      if (k.words[0]) file(byFirstWord, k.words[0], k);
      for (const w of k.words) {
        const of = ITEMS_OF.get(w);
        if (of) of.add(item);
        else ITEMS_OF.set(w, new Set([item]));
      }
    }
    byLanguage[l] = { byFirstWord, byFirstPair };
  }
  compiledCache.set(item, (done = byLanguage));
  return done;
}

function file<K>(map: Map<K, Compiled[]>, key: K, keyword: Compiled): void {
  const list = map.get(key);
  if (list) list.push(keyword);
  else map.set(key, [keyword]);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** What a keyword found right after a negation it does not itself begin with is worth: `not paid` is not `paid`. */
const NEGATED = 0.5;
/** How many words before a keyword a negation still turns it round (`not really paid`). */
const NEGATION_REACH = 2;

function negatedWords(start: number, first: KeyWord, query: readonly Unit[]): number {
  if (isNegation(first.bare)) return 1;
  for (let p = Math.max(0, start - NEGATION_REACH); p < start; p++) if (!query[p]!.han && isNegation(query[p]!.bare)) return NEGATED;
  return 1;
}

/** The same for Chinese, where the negation is the character just before (`没付`, `还没付`). */
function negated(at: number, first: string, hanText: string): number {
  if (HAN_NEGATIONS.has(first[0]!)) return 1;
  return HAN_NEGATIONS.has(hanText[at - 1] ?? '') || (HAN_NEGATIONS.has(hanText[at - 2] ?? '') && hanText[at - 1] === '再') ? NEGATED : 1;
}

/** Every place the keyword occurs in the query. */
/** The query as the keywords are looked for in it: its units, its Chinese as one string, and where a Chinese keyword may not start or end. */
interface Query {
  readonly units: readonly Unit[];
  readonly hanText: string;
  readonly cuts: ReturnType<typeof hanBoundaries>;
  readonly hasHan: boolean;
  /** Every character and every two characters in a row of the query's Chinese. */
  readonly hanPairs: ReadonlySet<string>;
  /** How well each keyword word the query contains matches each of its units. */
  readonly words: ReadonlyMap<KeyWord, Float64Array>;
}

function hits(keyword: Compiled, q: Query, factor: number): Hit[] {
  const { units: query, hanText, cuts } = q;
  const out: Hit[] = [];
  if ('han' in keyword) {
    const parts = keyword.han;
    if (parts.length === 0 || !q.hasHan) return out;
    const first = parts[0]!;
    // A keyword whose first two characters are not in the query is not there, whole or begun.
    if (!q.hanPairs.has(first.slice(0, 2))) return out;
    for (let at = hanText.indexOf(first); at >= 0; at = hanText.indexOf(first, at + 1)) {
      // A keyword in parts (`钱 转了`) allows a few characters between them (`钱昨天转了`).
      let end = at + first.length;
      const matched = range(at, end);
      for (let j = 1; j < parts.length && end >= 0; j++) {
        const next = hanText.indexOf(parts[j]!, end);
        if (next < 0 || next - end > HAN_GAP) end = -1;
        else { matched.push(...range(next, next + parts[j]!.length)); end = next + parts[j]!.length; }
      }
      if (end >= 0 && !cuts.noStart.has(at) && !cuts.noEnd.has(end - 1)) out.push({ keyword: keyword.source, start: at, end: end - 1, matched, quality: factor * negated(at, first, hanText) });
    }
    // The first characters of a longer keyword stand for it, a little less (`承兑` for `承兑汇票`,
    // `质保` for `质保金`): Chinese shortens words that way, and collectors type them unfinished.
    if (parts.length === 1 && first.length >= 3) {
      const n = Math.max(2, Math.ceil(first.length / 2));
      const head = first.slice(0, n);
      // `今天` alone does not stand for `今天不在`, nor `跟我们` for `跟我们没关系`: the start must say something.
      if (isCommonHan(head) || [...head].filter((c) => !isFunctionHan(c)).length < 2) return out;
      for (let at = hanText.indexOf(head); at >= 0; at = hanText.indexOf(head, at + 1)) {
        if (hanText.startsWith(first, at) || cuts.noStart.has(at) || cuts.noEnd.has(at + n - 1)) continue;
        out.push({ keyword: `${keyword.source}…`, start: at, end: at + n - 1, matched: range(at, at + n), quality: PARTIAL * factor });
      }
    }
    return out;
  }
  const words = keyword.words;
  if (words.length === 0) return out;
  // Most keywords share no word with the query: one look-up tells.
  if (!q.words.has(words[0]!)) return out;
  const rows = words.map((w) => q.words.get(w));
  if (rows.some((r) => r === undefined)) return out;
  const lastIndex = query.length - 1;
  const gap = keyword.together ? 0 : GAP;
  for (let start = 0; start < query.length; start++) {
    let quality = rows[0]![start]!;
    if (quality === 0) continue;
    const matched = [start];
    let at = start;
    let skipped = 0;
    for (let j = 1; j < words.length && quality > 0; j++) {
      let found = 0;
      for (let p = at + 1; p <= Math.min(at + 1 + gap, lastIndex) && !query[p]!.han; p++) {
        const m = rows[j]![p]!;
        if (m > 0) { found = m; skipped += query.slice(at + 1, p).filter((u) => u.weight === 1 && !isNegation(u.bare)).length; at = p; break; }
      }
      quality = found === 0 ? 0 : Math.min(quality, found);
      matched.push(at);
    }
    if (quality === 0) continue;
    let [from, to] = [start, at];
    for (const { word, after } of keyword.extras) {
      const row = q.words.get(word);
      if (!row) continue;
      const lo = after < 0 ? Math.max(0, start - GAP) : matched[after]! + 1;
      const hi = after < 0 ? start - 1 : after + 1 < matched.length ? matched[after + 1]! - 1 : Math.min(lastIndex, at + GAP);
      for (let p = lo; p <= hi; p++) {
        if (row[p]! < 1 || matched.includes(p)) continue;
        matched.push(p);
        from = Math.min(from, p);
        to = Math.max(to, p);
        break;
      }
    }
    // A word of the query's own between the keyword's dilutes it: `don't handle the money` is not `don't have the money`.
    quality *= SKIPPED ** skipped;
    out.push({ keyword: keyword.source, start: from, end: to, matched, quality: factor * quality * negatedWords(start, words[0]!, query) });
  }
  return out;
}

/** The most a set of non-overlapping hits can be worth (weighted interval scheduling). */
function bestCover(all: readonly Valued[]): { total: number; best: number } {
  if (all.length === 0) return { total: 0, best: 0 };
  const sorted = [...all].sort((a, b) => a.end - b.end);
  const dp: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const h = sorted[i]!;
    let before = 0;
    for (let j = i - 1; j >= 0; j--) if (sorted[j]!.end < h.start) { before = dp[j]!; break; }
    dp[i] = Math.max(i > 0 ? dp[i - 1]! : 0, before + h.value);
  }
  return { total: dp[dp.length - 1]!, best: Math.max(...all.map((h) => h.value)) };
}

/**
 * How much of the query one item's keywords explain, from 0 to 1: several keywords add up as long
 * as they cover different words, a longer keyword beats a shorter one inside it, and words of the
 * desk's language count a little more than the others. A word that many items know (`boss`,
 * `szef`) tells them apart less than one only a few know (`signature`), so it counts less, the
 * way a search engine weighs rare terms. A keyword found right after a negation it does not
 * begin with (`not paid`), or with words of the query's own between its words, counts less. An
 * empty query finds every item; a query no keyword meets finds none, the desk's "no answer".
 * Ties go to the item with the single largest match, then to the earlier item.
 */
export function rank<Id extends string, T extends Searchable<Id>>(items: readonly T[], query: string, language: Language, synonyms: Synonyms): T[] {
  return units(query).some((u) => u.weight > 0) ? scored(items, query, language, synonyms).map((x) => x.item) : [...items];
}

/** One item found for a query: its score, its largest single match, and the keywords that made them. */
export interface Scored<T> {
  readonly item: T;
  readonly score: number;
  readonly best: number;
  readonly keywords: readonly string[];
}

/** The items {@link rank} finds, best first, with how each scored: the explanation of a ranking. */
export function scored<Id extends string, T extends Searchable<Id>>(items: readonly T[], query: string, language: Language, synonyms: Synonyms): Scored<T>[] {
  const q = units(query);
  const total = q.reduce((s, u) => s + u.weight, 0);
  if (total === 0) return [];
  const hanText = q.map((u) => (u.han ? u.bare : '\u0000')).join('');
  const compiledItems = items.map((item) => compile(item, synonyms));
  const hanPairs = new Set([...hanText].flatMap((c, i) => [c, hanText.slice(i, i + 2)]));
  const prepared: Query = { units: q, hanText, hasHan: q.some((u) => u.han), hanPairs, cuts: hanBoundaries(hanText), words: WORDS.match(q) };
  const found = items.map((item, i) => {
    const compiled = compiledItems[i]!;
    const all: Hit[] = [];
    for (const l of LANGUAGES) {
      const factor = l === language ? 1 : OTHER_LANGUAGE;
      // English and Polish words meet by accident more than by intent (`list`, a letter; `nota`, `not`).
      const latin = l === language ? 1 : OTHER_LATIN;
      const filed = compiled[l];
      for (const w of prepared.words.keys()) for (const k of filed.byFirstWord.get(w) ?? []) all.push(...hits(k, prepared, latin * k.factor));
      for (const pair of hanPairs) for (const k of filed.byFirstPair.get(pair) ?? []) all.push(...hits(k, prepared, factor * k.factor));
    }
    return all;
  });
  // How many items know each query unit.
  const known = q.map(() => 0);
  // A typo or an unfinished word (quality below STRONG) does not make a word common.
  for (const all of found) for (const p of new Set(all.filter((h) => h.quality >= STRONG).flatMap((h) => h.matched))) known[p]!++;
  // A word many items' keywords have (`faktura`, `pay`) says less than one only a few have
  // (`wekslem`), even where only one item's keyword matched it whole.
  const offered = new Set<object>(items);
  const listed = q.map(() => new Set<object>());
  for (const [w, row] of prepared.words) {
    const of = ITEMS_OF.get(w);
    if (of) row.forEach((m, p) => { if (m >= STRONG) for (const it of of) if (offered.has(it)) listed[p]!.add(it); });
  }
  const rarity = known.map((n, p) => {
    const m = Math.max(n, listed[p]!.size);
    return m <= 1 ? 1 : 1 / Math.sqrt(m);
  });
  return items
    .map((item, i) => {
      const valued = found[i]!.map((h) => ({ start: h.start, end: h.end, value: h.quality * h.matched.reduce((s, p) => s + q[p]!.weight * rarity[p]!, 0) }));
      const { total: covered, best } = bestCover(valued);
      return { item, i, score: covered / total, best, keywords: [...new Set(found[i]!.map((h) => h.keyword))] };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.best - a.best || a.i - b.i)
    .map(({ item, score, best, keywords }) => ({ item, score, best, keywords }));
}
