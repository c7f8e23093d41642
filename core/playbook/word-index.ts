import type { Language } from '../model/cell';
import { keyWord, oneEditApart, samePolishStem, type KeyWord, type Unit } from './search-text';

/**
 * Every keyword word the finder knows, each made once, indexed so that a query finds the words it
 * matches by looking them up instead of comparing itself with thousands of them on each keystroke.
 * The answer is the one {@link wordMatch} gives, word for word (test/desk/rebuttal-finder.test.ts
 * compares the two on every word of the query table).
 */
export class WordIndex {
  private readonly interned = new Map<string, KeyWord>();
  private readonly byBare = new Map<string, KeyWord[]>();
  /** English and other non-Polish words by {@link englishStem} (for those, the stem is the word). */
  private readonly byStem = new Map<string, KeyWord[]>();
  private readonly byPolishStem = new Map<string, KeyWord[]>();
  /** Words of five letters or more under themselves and each form with one letter deleted: two words one edit apart share an entry. */
  private readonly byDeletion = new Map<string, KeyWord[]>();
  private readonly numbers: KeyWord[] = [];
  private sorted: readonly KeyWord[] | null = null;

  /** The one {@link KeyWord} for this word in this language. */
  word(word: string, language: Language): KeyWord {
    const key = `${language}\u0000${word}`;
    let k = this.interned.get(key);
    if (k) return k;
    k = keyWord(word, language);
    this.interned.set(key, k);
    if (k.number) { this.numbers.push(k); return k; }
    push(this.byBare, k.bare, k);
    if (k.polish) push(this.byPolishStem, k.polish.stem, k);
    else push(this.byStem, k.stem, k);
    if (k.bare.length >= 5) for (const d of deletions(k.bare)) push(this.byDeletion, d, k);
    this.sorted = null;
    return k;
  }

  /**
   * For each keyword word the query matches, how well it matches each query unit (0 where it does
   * not): 1 the same word or stem, 0.8 one typo away, 0.7 the start of the last word typed.
   */
  match(query: readonly Unit[]): Map<KeyWord, Float64Array> {
    const out = new Map<KeyWord, Float64Array>();
    const set = (k: KeyWord, i: number, quality: number) => {
      let row = out.get(k);
      if (!row) out.set(k, (row = new Float64Array(query.length)));
      if (quality > row[i]!) row[i] = quality;
    };
    const last = query.length - 1;
    query.forEach((u, i) => {
      if (u.han) return;
      if (u.number) for (const k of this.numbers) set(k, i, 1);
      const q = u.bare;
      for (const k of this.byBare.get(q) ?? []) set(k, i, 1);
      for (const k of this.byStem.get(u.stem) ?? []) set(k, i, 1);
      for (const k of this.byPolishStem.get(u.polish.stem) ?? []) if (samePolishStem(u.polish, k.polish!)) set(k, i, 1);
      if (q.length >= 5) {
        for (const d of deletions(q)) for (const k of this.byDeletion.get(d) ?? []) if (oneEditApart(q, k.bare)) set(k, i, 0.8);
      }
      if (i === last && q.length >= 3) {
        const words = this.alphabetical();
        for (let at = firstAtLeast(words, q); at < words.length && words[at]!.bare.startsWith(q); at++) {
          if (words[at]!.bare.length > q.length) set(words[at]!, i, 0.7);
        }
      }
    });
    return out;
  }

  private alphabetical(): readonly KeyWord[] {
    return (this.sorted ??= [...this.interned.values()].filter((k) => !k.number).sort((a, b) => (a.bare < b.bare ? -1 : a.bare > b.bare ? 1 : 0)));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The word itself and every form of it with one letter deleted. */
function deletions(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The first position in words sorted by `bare` whose word is not before `prefix`. */
function firstAtLeast(words: readonly KeyWord[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.bare < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
