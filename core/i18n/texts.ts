import type { Language } from '../model/cell';

/** One text in the three languages of the product. */
export type Texts = Readonly<Record<Language, string>>;

/**
 * Fills `{name}` placeholders of the text in `language`. Unknown placeholders stay visible, so a
 * missing value shows up in review instead of vanishing.
 *
 * @example
 * say({ en: 'Row {row}', 'zh-CN': '第{row}行', pl: 'Wiersz {row}' }, 'pl', { row: 4 }) // → 'Wiersz 4'
 */
export function say(texts: Texts, language: Language, values: Readonly<Record<string, string | number>> = {}): string {
  const parts = compiled(texts, language);
  if (parts.length === 1) return parts[0]!;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const value = values[key];
    out += (value === undefined ? `{${key}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

/** Templates split once into [text, key, text, key, …]: plans fill tens of thousands of sentences. */
const templates = new WeakMap<Texts, Partial<Record<Language, string[]>>>();
function compiled(texts: Texts, language: Language): string[] {
  let byLanguage = templates.get(texts);
  if (!byLanguage) templates.set(texts, (byLanguage = {}));
  let parts = byLanguage[language];
  if (!parts) byLanguage[language] = parts = texts[language].split(/\{(\w+)\}/);
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

/** Money as people read it in each language: `1,234.50` / `1 234,50`. */
export function formatMoney(value: number, language: Language, currency: string | null = null): string {
  const locale = language === 'pl' ? 'pl-PL' : language === 'zh-CN' ? 'zh-CN' : 'en-US';
  let format = moneyFormats.get(locale);
  if (!format) moneyFormats.set(locale, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  const digits = format.format(value);
  return currency ? `${digits} ${currency}` : digits;
}

/** Number formatters are costly to build and immutable: one per locale. */
const moneyFormats = new Map<string, Intl.NumberFormat>();
