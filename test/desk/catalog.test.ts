import { describe, expect, it } from 'vitest';
import { catalogOf, flatMessages, message, placeholderMismatch, registerLanguage, registeredLanguages, type Catalog } from '../../core/i18n/catalog';
import { LANGUAGE_CATALOGS } from '../../core/i18n/languages/index';
import { L } from '../../core/ui/sidebar/labels';
import { DE } from '../fixtures/i18n/de';

/** The catalogs under test: the product's, and a fourth one added the way a new language would be. */
registerLanguage(DE);
const all: readonly Catalog[] = [...LANGUAGE_CATALOGS, DE];

describe('language catalogs', () => {
  const reference = flatMessages(catalogOf('en')!);

  it.each(all.map((c) => [c.code, c] as const))('%s has every key of English, no other, with the same placeholders', (_code, catalog) => {
    const messages = flatMessages(catalog);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort());
    for (const [id, text] of Object.entries(reference)) expect(placeholderMismatch(text, messages[id]!), `${catalog.code} ${id}`).toEqual({ unknown: [], missing: [] });
    for (const [id, text] of Object.entries(messages)) expect(text.trim(), `${catalog.code} ${id}`).not.toBe('');
  });

  it('tells a translation that drops or invents a value, and lets Polish inflect', () => {
    expect(placeholderMismatch('Row {row}, "{column}"', 'Zeile {row}')).toEqual({ unknown: [], missing: ['column'] });
    expect(placeholderMismatch('Row {row}', 'Zeile {rows}')).toEqual({ unknown: ['rows'], missing: ['row'] });
    expect(placeholderMismatch('{n, plural, one {# day} other {# days}}', '{n}天')).toEqual({ unknown: [], missing: [] });
    // The form of address and the name inside a Polish question stand for the contact's name…
    expect(placeholderMismatch('Dear {contact},', '{pan:Szanowny Panie,|Szanowna Pani,|Szanowni Państwo,}')).toEqual({ unknown: [], missing: [] });
    expect(placeholderMismatch('May I speak with {contact}?', 'Dzień dobry, {contactQuestion}?')).toEqual({ unknown: [], missing: [] });
    // …but do not excuse leaving out anything else.
    expect(placeholderMismatch('Can you pay {overdue}?', '{pan:Czy może Pan|Czy może Pani|Czy mogą Państwo} zapłacić?')).toEqual({ unknown: [], missing: ['overdue'] });
    expect(placeholderMismatch('Pay {overdue}.', 'Zapłać {overdue}, {contactQuestion}.')).toEqual({ unknown: ['contact'], missing: [] });
  });

  it('adds a language with one file and one registration line', () => {
    expect(registeredLanguages()).toEqual(['en', 'zh-CN', 'pl', 'de']);
    expect(message('desk', 'refresh', 'de')).toBe('Aktualisieren');
    expect(message('desk', 'logged', 'de', { row: 7, next: 'Acme' })).toBe('In Zeile 7 des Anrufprotokolls erfasst. Nächster: Acme');
    // Every module's texts come with the file: the aging reader's, the plan's reasons with German
    // plurals, the dates, the answers to excuses.
    expect(message('aging', 'badDate', 'de', { row: 4, column: 'Fällig', value: 'morgen', effect: '' }).trim()).toBe('Zeile 4, „Fällig“: „morgen“ ist kein Datum. Verwenden Sie ein Datum wie 2026-02-28.');
    expect(message('plan.reason', 'habitLate', 'de', { typical: 1 })).toBe('Zahlt in der Regel etwa 1 Tag zu spät.');
    expect(message('plan.reason', 'habitLate', 'de', { typical: 12 })).toBe('Zahlt in der Regel etwa 12 Tage zu spät.');
    expect(message('date', 'on', 'de', { weekdayOn: message('date.weekdayOn', 'mon', 'de'), day: 16, monthOf: message('date.monthOf', 'nov', 'de'), year: 2026 })).toBe('am Montag, 16. November 2026');
    expect(message('rebuttal.title', 'cheque-in-post', 'de')).toBe('Der Scheck ist in der Post');
  });

  it('chooses plural forms by the catalog’s own plural rules', () => {
    expect(message('desk', 'issues', 'en', { n: 1 })).toBe('1 cell in the workbook could not be used');
    expect(message('desk', 'issues', 'pl', { n: 3 })).toBe('Nie dało się użyć 3 komórek skoroszytu');
    expect(message('desk', 'issues', 'pl', { n: 1 })).toBe('Nie dało się użyć 1 komórki skoroszytu');
    expect(message('desk', 'issues', 'de', { n: 1 })).toBe('1 Zelle der Arbeitsmappe nicht verwendbar');
    // Never "1 days": English 1 day / 2 days, Polish 1 dzień, 2 dni, 5 dni, 22 dni.
    const age = (code: string, days: number) => message('plan.reason', 'age', code, { days, amount: '100.00' });
    expect([1, 2].map((n) => age('en', n))).toEqual(['100.00 overdue, 1 day past due.', '100.00 overdue, 2 days past due.']);
    expect([1, 2, 5, 22].map((n) => age('pl', n).split(' po ')[0])).toEqual(['1 dzień', '2 dni', '5 dni', '22 dni']);
  });

  it('falls back to English for a language nobody registered, never to a blank', () => {
    expect(message('desk', 'refresh', 'fr')).toBe('Refresh');
  });

  it('feeds the desk’s three-language tables', () => {
    expect(L.refresh).toEqual({ en: 'Refresh', 'zh-CN': '刷新', pl: 'Odśwież' });
  });
});
