import type { Language } from '../model/cell';

/** One text in the three languages of the product. */
export type Texts = Readonly<Record<Language, string>>;

/**
 * Fills `{name}` placeholders of the text in `language`. Unknown placeholders stay visible, so a
 * missing value shows up in review instead of vanishing.
 *
 * `{name:first|second|third}` chooses one of the forms by the value of `name`, a number counted
 * from 0; without a value (or out of range) the last form is taken. Polish needs it to address
 * the contact: `{pan:może Pan|może Pani|mogą Państwo}`, the neutral plural last.
 *
 * @example
 * say({ en: 'Row {row}', 'zh-CN': '第{row}行', pl: 'Wiersz {row}' }, 'pl', { row: 4 }) // → 'Wiersz 4'
 * say({ en: 'you', 'zh-CN': '您', pl: '{pan:Pan|Pani|Państwo}' }, 'pl', { pan: 1 }) // → 'Pani'
 */
export function say(texts: Texts, language: Language, values: Readonly<Record<string, string | number>> = {}): string {
  const parts = compiled(texts, language);
  if (parts.length === 1) return parts[0]!;
  // Joined in one go, the sentence is a single flat string: a plan keeps thousands of them, and
  // piecewise `+=` would keep every intermediate piece alive inside each one.
  const pieces = new Array<string>(parts.length);
  pieces[0] = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i]!;
    const forms = parts[i + 1];
    const value = values[key];
    if (forms !== undefined) {
      const options = forms.split('|');
      const index = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < options.length ? value : options.length - 1;
      pieces[i] = options[index]!;
    } else {
      pieces[i] = value === undefined ? `{${key}}` : String(value);
    }
    pieces[i + 1] = '';
    pieces[i + 2] = parts[i + 2]!;
  }
  return pieces.join('');
}

/** Templates split once into [text, key, forms, text, key, forms, …]: plans fill tens of thousands of sentences. */
const templates = new WeakMap<Texts, Partial<Record<Language, string[]>>>();
function compiled(texts: Texts, language: Language): string[] {
  let byLanguage = templates.get(texts);
  if (!byLanguage) templates.set(texts, (byLanguage = {}));
  let parts = byLanguage[language];
  if (!parts) byLanguage[language] = parts = texts[language].split(/\{(\w+)(?::([^{}]*))?\}/);
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
