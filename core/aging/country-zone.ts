/**
 * A default IANA zone for a country column. Countries spanning several zones get the zone of their
 * capital or largest business centre (US → New York, RU → Moscow, AU → Sydney, BR → São Paulo,
 * CA → Toronto); a debtor elsewhere needs a Time zone column.
 */
const ZONES: Readonly<Record<string, string>> = {
  US: 'America/New_York', CA: 'America/Toronto', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo', AR: 'America/Argentina/Buenos_Aires',
  GB: 'Europe/London', IE: 'Europe/Dublin', PL: 'Europe/Warsaw', DE: 'Europe/Berlin', FR: 'Europe/Paris', ES: 'Europe/Madrid', IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam', BE: 'Europe/Brussels', CZ: 'Europe/Prague', SK: 'Europe/Bratislava', AT: 'Europe/Vienna', CH: 'Europe/Zurich',
  SE: 'Europe/Stockholm', NO: 'Europe/Oslo', DK: 'Europe/Copenhagen', FI: 'Europe/Helsinki', LT: 'Europe/Vilnius', LV: 'Europe/Riga',
  EE: 'Europe/Tallinn', UA: 'Europe/Kyiv', RO: 'Europe/Bucharest', HU: 'Europe/Budapest', PT: 'Europe/Lisbon', GR: 'Europe/Athens',
  RU: 'Europe/Moscow', TR: 'Europe/Istanbul', CN: 'Asia/Shanghai', HK: 'Asia/Hong_Kong', TW: 'Asia/Taipei', JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul', SG: 'Asia/Singapore', IN: 'Asia/Kolkata', AE: 'Asia/Dubai', AU: 'Australia/Sydney', NZ: 'Pacific/Auckland', ZA: 'Africa/Johannesburg',
};

const NAMES: Readonly<Record<string, string>> = {
  'united states': 'US', usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', america: 'US', 美国: 'US', 'stany zjednoczone': 'US', usa_: 'US',
  poland: 'PL', polska: 'PL', 波兰: 'PL', china: 'CN', 中国: 'CN', chiny: 'CN', 'united kingdom': 'GB', uk: 'GB', 英国: 'GB',
  germany: 'DE', niemcy: 'DE', deutschland: 'DE', 德国: 'DE', france: 'FR', francja: 'FR', 法国: 'FR', japan: 'JP', 日本: 'JP',
  'hong kong': 'HK', 香港: 'HK', taiwan: 'TW', 台湾: 'TW', canada: 'CA', kanada: 'CA', 加拿大: 'CA',
};

/** ISO alpha-2 code for a country cell (`PL`, `Poland`, `Polska`, `中国`), or null. */
export function countryCode(text: string): string | null {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  return NAMES[t.toLowerCase()] ?? null;
}

export function zoneForCountry(country: string): string | null {
  const code = countryCode(country);
  return code ? (ZONES[code] ?? null) : null;
}
