import type { Language } from '../model/cell';
import { EN } from './languages/en';
import { LANGUAGE_CATALOGS } from './languages/index';
import { fillTemplate, type Texts } from './texts';

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

/** A module's messages as the three-language tables the desk's code reads (`say(L.refresh, l)`). */
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
