/**
 * Characters that make a spreadsheet read typed text as a formula (OWASP "CSV injection"): `=`,
 * `+`, `-`, `@`, and tab / carriage return which some hosts strip before parsing.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes user-typed text safe to write into a cell: text that would start a formula gets a leading
 * apostrophe, which both Excel and Sheets treat as "this is text" and do not display.
 *
 * @example
 * guardText('=HYPERLINK("http://x")') // → "'=HYPERLINK(\"http://x\")"
 * guardText('- left a message')        // → "'- left a message"
 * guardText('Paid by transfer')        // → 'Paid by transfer'
 */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** True when `text` would be read as a formula if written unguarded. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
