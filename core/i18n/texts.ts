import type { Language } from '../model/cell';

/** One text in the three languages of the product. */
export type Texts = Readonly<Record<Language, string>>;

/**
 * Fills `{name}` placeholders of the text in `language`. Unknown placeholders stay visible, so a
 * missing value shows up in review instead of vanishing.
 *
 * Two forms choose words by a value:
 * - `{name, plural, one {# day} other {# days}}` by the plural category `Intl.PluralRules` gives
 *   the number in this language (`#` is the number): Polish has `one`, `few` and `many`
 *   (1 dzień, 2 dni, 5 dni), Chinese only `other`. A missing category falls back to `other`.
 * - `{name:first|second|third}` by the value of `name`, a number counted from 0; without a value
 *   (or out of range) the last form is taken. Polish addresses the contact this way:
 *   `{pan:może Pan|może Pani|mogą Państwo}`, the neutral plural last.
 *
 * @example
 * say({ en: 'Row {row}', 'zh-CN': '第{row}行', pl: 'Wiersz {row}' }, 'pl', { row: 4 }) // → 'Wiersz 4'
 * say({ en: '{n, plural, one {# day} other {# days}}', 'zh-CN': '{n}天', pl: '{n, plural, one {# dzień} other {# dni}}' }, 'en', { n: 1 }) // → '1 day'
 * say({ en: 'you', 'zh-CN': '您', pl: '{pan:Pan|Pani|Państwo}' }, 'pl', { pan: 1 }) // → 'Pani'
 */
export function say(texts: Texts, language: Language, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(compiled(texts, language), language, values);
}

/** A single template in the language `code` (a BCP 47 code, for plural rules), filled as {@link say} does. */
export function fillTemplate(template: string, code: string, values: Readonly<Record<string, string | number>> = {}): string {
  let parts = loose.get(template);
  if (!parts) loose.set(template, (parts = parseTemplate(template)));
  return fill(parts, code, values);
}
const loose = new Map<string, Part[]>();

function fill(parts: readonly Part[], code: string, values: Readonly<Record<string, string | number>>): string {
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  // Joined in one go, the sentence is a single flat string: a plan keeps thousands of them, and
  // piecewise `+=` would keep every intermediate piece alive inside each one.
  const pieces = new Array<string>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (typeof part === 'string') { pieces[i] = part; continue; }
    const value = values[part.key];
    if (part.plural) {
      const n = typeof value === 'number' ? value : Number(value);
      if (value === undefined || value === '' || !Number.isFinite(n)) { pieces[i] = `{${part.key}}`; continue; }
      const form = part.plural[pluralRules(code).select(n)] ?? part.plural.other ?? '';
      pieces[i] = form.replace(/#/g, String(value));
    } else if (part.forms) {
      const index = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < part.forms.length ? value : part.forms.length - 1;
      pieces[i] = part.forms[index]!;
    } else {
      pieces[i] = value === undefined ? `{${part.key}}` : String(value);
    }
  }
  return pieces.join('');
}

type Part = string | { readonly key: string; readonly forms?: readonly string[]; readonly plural?: Readonly<Record<string, string>> };

const PLACEHOLDER = /\{(\w+), plural,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}|\{(\w+)(?::([^{}]*))?\}/g;

/** A template split once into text and placeholders: plans fill tens of thousands of sentences. */
export function parseTemplate(template: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    if (m[1]) {
      const plural: Record<string, string> = {};
      for (const c of m[2]!.matchAll(/(\w+)\s*\{([^{}]*)\}/g)) plural[c[1]!] = c[2]!;
      parts.push({ key: m[1], plural });
    } else {
      parts.push(m[4] === undefined ? { key: m[3]! } : { key: m[3]!, forms: m[4].split('|') });
    }
    last = m.index + m[0].length;
  }
  if (last < template.length || parts.length === 0) parts.push(template.slice(last));
  return parts;
}

/** The names of a template's placeholders, each once, sorted: catalogs must agree on them. */
export function placeholders(template: string): string[] {
  return [...new Set(parseTemplate(template).flatMap((p) => (typeof p === 'string' ? [] : [p.key])))].sort();
}

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(code: string): Intl.PluralRules {
  let r = rules.get(code);
  if (!r) rules.set(code, (r = new Intl.PluralRules(code)));
  return r;
}

const templates = new WeakMap<Texts, Partial<Record<Language, Part[]>>>();
function compiled(texts: Texts, language: Language): Part[] {
  let byLanguage = templates.get(texts);
  if (!byLanguage) templates.set(texts, (byLanguage = {}));
  let parts = byLanguage[language];
  if (!parts) byLanguage[language] = parts = parseTemplate(texts[language]);
  return parts;
}

/** Maps a host locale (`pl-PL`, `zh-Hans-CN`, `en-GB`) to a product language; null when none fits. */
export function languageFromLocale(locale: string | null | undefined): Language | null {
  if (!locale) return null;
  const lower = locale.toLowerCase().replace('_', '-');
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('pl')) return 'pl';
  if (lower.startsWith('en')) return 'en';
  return null;
}

/**
 * Money as people read it in each language: `1,234.50` (English, Chinese), `12 345,50` (Polish,
 * grouped from five digits on, with a no-break space, as Intl's pl-PL does). Written out by hand
 * because a plan formats tens of thousands of amounts and Intl.NumberFormat is slow at that; a
 * test holds it equal to Intl.
 */
export function formatMoney(value: number, language: Language, currency: string | null = null): string {
  const cents = Math.round(Math.abs(value) * 100);
  const whole = String(Math.floor(cents / 100));
  const fraction = String(cents % 100).padStart(2, '0');
  const polish = language === 'pl';
  const group = polish ? '\u00a0' : ',';
  const grouped = polish && whole.length < 5 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const digits = `${value < 0 && cents > 0 ? '-' : ''}${grouped}${polish ? ',' : '.'}${fraction}`;
  return currency ? `${digits} ${currency}` : digits;
}
