import type { Language } from '../model/cell';
import { EN } from './languages/en';
import { LANGUAGE_CATALOGS } from './languages/index';
import { fillTemplate, placeholders, type Texts } from './texts';

/**
 * One catalog per language, keyed by message id (`desk.refresh`), in the way of HyperFormula's
 * `src/i18n/languages/`: English is the reference, every other catalog has exactly its keys (the
 * type says so) and the same placeholders (a test says so). Plural forms are written inside the
 * message, `{n, plural, one {…} other {…}}`, and chosen by `Intl.PluralRules` of the catalog's code.
 */
export type Messages = { readonly [M in keyof typeof EN.messages]: { readonly [K in keyof (typeof EN.messages)[M]]: string } };
export interface Catalog {
  /** A BCP 47 code (`pl`, `zh-CN`, `de`): it names the language and picks its plural rules. */
  readonly code: string;
  readonly messages: Messages;
}
export type Module = keyof Messages;

// Built from the list, not by import side effects: the bundles are marked side-effect free.
const registry = new Map<string, Catalog>(LANGUAGE_CATALOGS.map((c) => [c.code, c]));

/** Makes a language available at run time (a test's extra catalog); the product's own are listed in languages/index.ts. */
export function registerLanguage(catalog: Catalog): void {
  registry.set(catalog.code, catalog);
}

export function registeredLanguages(): string[] {
  return [...registry.keys()];
}

export function catalogOf(code: string): Catalog | undefined {
  return registry.get(code);
}

/** Every message of a catalog by its full id (`desk.refresh`). */
export function flatMessages(catalog: Catalog): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [module, messages] of Object.entries(catalog.messages)) {
    for (const [key, text] of Object.entries(messages as Record<string, string>)) out[`${module}.${key}`] = text;
  }
  return out;
}

/**
 * A message in a registered language, placeholders filled; the English text when the language is
 * not registered, so nothing is ever blank.
 *
 * @example
 * message('desk', 'refresh', 'pl') // → 'Odśwież'
 */
export function message<M extends Module>(module: M, key: keyof Messages[M] & string, code: string, values: Readonly<Record<string, string | number>> = {}): string {
  const catalog = registry.get(code) ?? registry.get('en')!;
  const text = (catalog.messages[module] as Record<string, string>)[key] ?? (EN.messages[module] as Record<string, string>)[key]!;
  return fillTemplate(text, catalog.code, values);
}

/**
 * Values the code supplies so that a language can inflect, which other languages need not use:
 * `pan` picks the Polish form of address (Pan, Pani, Państwo); `contactQuestion` is the contact's
 * name inside the Polish question that asks for them; a date's weekday and month come in the case
 * a preposition wants (`do środy`, `16 listopada`), or the month as a number (`11月`). Each stands
 * for the value it inflects, if any.
 */
const GRAMMAR_VALUES: Readonly<Record<string, string | null>> = {
  pan: null,
  contactQuestion: 'contact',
  weekdayBy: 'weekday',
  weekdayOn: 'weekday',
  monthOf: 'month',
  monthNumber: 'month',
};

/**
 * How a translation's placeholders differ from the reference's: values it asks for that the
 * reference is not given (a typo, or a value that never arrives: it would show as `{name}`), and
 * values of the reference it leaves out. A language may leave out the contact's name where its
 * form of address (`{pan:…}`) already speaks to the person (`Szanowny Panie,`).
 *
 * @example
 * placeholderMismatch('Row {row}: {value}', 'Wiersz {rows}') // → { unknown: ['rows'], missing: ['row', 'value'] }
 */
export function placeholderMismatch(reference: string, translation: string): { unknown: string[]; missing: string[] } {
  const wanted = new Set(placeholders(reference));
  const used = placeholders(translation);
  const said = new Set(used.flatMap((p) => (p in GRAMMAR_VALUES ? (GRAMMAR_VALUES[p] === null ? [] : [GRAMMAR_VALUES[p]!]) : [p])));
  if (used.includes('pan') && wanted.has('contact')) said.add('contact');
  return { unknown: [...said].filter((p) => !wanted.has(p)).sort(), missing: [...wanted].filter((p) => !said.has(p)).sort() };
}

/**
 * A section's messages as the three-language tables the core's code reads (`say(L.refresh, l)`,
 * `say(AGING_MESSAGES.badDate, l, …)`). Called at module level as
 * `/* @__PURE__ *\/ textsOf('plan.stage')`, with the section as a literal: a bundle that never reads
 * the table drops the call, and the build then leaves the section out of its catalogs
 * (scripts/build/catalog-sections.mjs).
 */
export function textsOf<M extends Module>(module: M): { readonly [K in keyof Messages[M]]: Texts } {
  const out: Record<string, Texts> = {};
  const languages: readonly Language[] = ['en', 'zh-CN', 'pl'];
  for (const key of Object.keys(EN.messages[module])) {
    const entry = {} as Record<Language, string>;
    for (const l of languages) entry[l] = (registry.get(l)!.messages[module] as Record<string, string>)[key]!;
    out[key] = entry;
  }
  return out as { readonly [K in keyof Messages[M]]: Texts };
}
