/**
 * The key that matches a customer across the aging sheet, the call log and facts columns: Unicode
 * NFKC (full-width letters become ASCII), trimmed, inner spaces collapsed, lower case.
 *
 * @example
 * customerKey('  ＡＣＭＥ   Ltd ') // → 'acme ltd'
 */
export function customerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
