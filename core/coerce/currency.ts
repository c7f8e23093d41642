/**
 * Currencies as sheets write them: ISO 4217 codes and the common symbols. One source of truth for
 * the money parser and the currency column. A mark we do not know but that is plainly a currency
 * (it holds a currency sign: `₲`, `₡`) is kept as written, so that it is never added to another.
 */

/** Active ISO 4217 codes (2025), plus a few withdrawn ones still found in old exports (HRK, BGN). */
const ISO_4217 = new Set(
  ('AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY ' +
    'COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS ' +
    'INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR ' +
    'MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP ' +
    'SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG ' +
    'XOF XPF YER ZAR ZMW ZWG ZWL').split(' '),
);

/**
 * Symbols and local abbreviations → ISO code, compared in lower case. `¥` and `￥` alone are read
 * as renminbi (CNY), not yen: the product's Chinese users write them for RMB, and a yen amount is
 * expected to say `JPY` or `円`. `Rs` (and the rupee sign `₨`, which Unicode folds into it) is read
 * as INR, the rupee of most sheets that write it. `kr` (Swedish, Norwegian, Danish, Icelandic
 * crowns) names several currencies: it is kept as `KR`, never guessed.
 */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['u$s', 'USD'], ['€', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'], ['£', 'GBP'], ['gb£', 'GBP'],
  ['zł', 'PLN'], ['zl', 'PLN'], ['złotych', 'PLN'], ['¥', 'CNY'], ['元', 'CNY'], ['rmb', 'CNY'], ['人民币', 'CNY'], ['cn¥', 'CNY'],
  ['円', 'JPY'], ['jp¥', 'JPY'], ['₹', 'INR'], ['rs', 'INR'], ['rs.', 'INR'], ['inr.', 'INR'], ['kč', 'CZK'], ['kc', 'CZK'], ['r$', 'BRL'],
  ['c$', 'CAD'], ['ca$', 'CAD'], ['a$', 'AUD'], ['au$', 'AUD'], ['nz$', 'NZD'], ['hk$', 'HKD'], ['s$', 'SGD'], ['mx$', 'MXN'],
  ['nt$', 'TWD'], ['₩', 'KRW'], ['₽', 'RUB'], ['руб', 'RUB'], ['₴', 'UAH'], ['грн', 'UAH'], ['₺', 'TRY'], ['tl', 'TRY'], ['₪', 'ILS'],
  ['₫', 'VND'], ['฿', 'THB'], ['₱', 'PHP'], ['₦', 'NGN'], ['₵', 'GHS'], ['ft', 'HUF'], ['lei', 'RON'], ['лв', 'BGN'], ['лв.', 'BGN'],
  ['rp', 'IDR'], ['rm', 'MYR'], ['₸', 'KZT'], ['₾', 'GEL'], ['₼', 'AZN'], ['৳', 'BDT'], ['fr.', 'CHF'], ['sfr', 'CHF'], ['chf.', 'CHF'],
  ['r', 'ZAR'], ['aed', 'AED'], ['dhs', 'AED'], ['د.إ', 'AED'], ['﷼', 'SAR'], ['eur.', 'EUR'],
]);

/** True for an ISO 4217 code, in any case (`usd`, `INR`). */
export function isCurrencyCode(text: string): boolean {
  return text.length === 3 && ISO_4217.has(text.toUpperCase());
}

/** True when the text holds a Unicode currency sign ($, €, ₹, ₨, ₲, ¢…). */
function hasCurrencySign(text: string): boolean {
  return /\p{Sc}/u.test(text);
}

/**
 * The currency a mark written beside an amount names: its ISO code when known (`₹` → INR, `Kč` →
 * CZK, `US$` → USD, `chf` → CHF), the mark itself when it holds a currency sign we do not map
 * (`₲`; `kr` is returned as `KR`), null when the text is no currency at all (`abc`).
 *
 * @example
 * currencyOfMark('R$')  // → 'BRL'
 * currencyOfMark('₲')   // → '₲'
 * currencyOfMark('pcs') // → null
 */
export function currencyOfMark(mark: string): string | null {
  const t = mark.trim().replace(/￥/g, '¥');
  if (!t) return null;
  const lower = t.toLowerCase();
  const known = SYMBOLS.get(lower) ?? SYMBOLS.get(lower.replace(/\.$/, ''));
  if (known) return known;
  const bare = t.replace(/\.$/, '');
  if (isCurrencyCode(bare)) return bare.toUpperCase();
  if (lower === 'kr' || lower === 'kr.') return 'KR';
  return hasCurrencySign(t) ? t : null;
}

/**
 * The currency of a currency-column cell: as currencyOfMark, and any other short text is kept as
 * written in upper case (`Dollar`, `XYZ`) — a column headed Currency says it is one, and two
 * different words must never be added together.
 */
export function currencyOfColumnText(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  return currencyOfMark(t) ?? (t.length <= 12 ? t.toUpperCase() : null);
}

/** Abbreviations a header may carry in brackets without a currency sign: `Amount (Rs)`, `Kwota (zł)`, `金额（元）`. */
const HEADER_MARKS = new Set(['rs', 'zł', 'zl', 'kč', 'rmb', '元', '人民币', '円', 'eur', 'euro']);

/**
 * The currency a column header names, or null: an ISO code or a currency sign among its words,
 * or one of the usual bracketed abbreviations. Short words that are also ordinary abbreviations
 * (`R`, `Ft`, `TL`) are not read as currencies in a header.
 *
 * @example
 * currencyOfHeader('Amount (EUR)') // → 'EUR'
 * currencyOfHeader('金额（元）')     // → 'CNY'
 * currencyOfHeader('Amount')       // → null
 */
export function currencyOfHeader(header: string): string | null {
  const words = header.normalize('NFKC').toLowerCase().split(/[\s_\-./\\:#*,;|()[\]{}'"]+/u);
  for (const w of words) {
    if (!w) continue;
    if (isCurrencyCode(w) || HEADER_MARKS.has(w) || /\p{Sc}/u.test(w)) {
      const code = currencyOfMark(w);
      if (code) return code;
    }
  }
  return null;
}
