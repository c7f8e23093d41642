/**
 * A default IANA zone for a country column. Countries spanning several zones get the zone of their
 * capital or largest business centre, so a debtor elsewhere needs a Time zone column:
 * US → New York, CA → Toronto, MX → Mexico City, BR → São Paulo, AR → Buenos Aires,
 * RU → Moscow, AU → Sydney, ID → Jakarta, KZ → Almaty, CL → Santiago, CD → Kinshasa.
 */
const ZONES: Readonly<Record<string, string>> = {
  US: 'America/New_York', CA: 'America/Toronto', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo', AR: 'America/Argentina/Buenos_Aires',
  CL: 'America/Santiago', CO: 'America/Bogota', PE: 'America/Lima', VE: 'America/Caracas', UY: 'America/Montevideo', EC: 'America/Guayaquil',
  GT: 'America/Guatemala', CR: 'America/Costa_Rica', PA: 'America/Panama', DO: 'America/Santo_Domingo', PR: 'America/Puerto_Rico', JM: 'America/Jamaica',
  GB: 'Europe/London', IE: 'Europe/Dublin', PL: 'Europe/Warsaw', DE: 'Europe/Berlin', FR: 'Europe/Paris', ES: 'Europe/Madrid', IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam', BE: 'Europe/Brussels', LU: 'Europe/Luxembourg', CZ: 'Europe/Prague', SK: 'Europe/Bratislava', AT: 'Europe/Vienna',
  CH: 'Europe/Zurich', SE: 'Europe/Stockholm', NO: 'Europe/Oslo', DK: 'Europe/Copenhagen', FI: 'Europe/Helsinki', IS: 'Atlantic/Reykjavik',
  LT: 'Europe/Vilnius', LV: 'Europe/Riga', EE: 'Europe/Tallinn', UA: 'Europe/Kyiv', BY: 'Europe/Minsk', MD: 'Europe/Chisinau', RO: 'Europe/Bucharest',
  BG: 'Europe/Sofia', HU: 'Europe/Budapest', SI: 'Europe/Ljubljana', HR: 'Europe/Zagreb', RS: 'Europe/Belgrade', BA: 'Europe/Sarajevo',
  ME: 'Europe/Podgorica', MK: 'Europe/Skopje', AL: 'Europe/Tirane', PT: 'Europe/Lisbon', GR: 'Europe/Athens', CY: 'Asia/Nicosia', MT: 'Europe/Malta',
  RU: 'Europe/Moscow', TR: 'Europe/Istanbul', GE: 'Asia/Tbilisi', AM: 'Asia/Yerevan', AZ: 'Asia/Baku', KZ: 'Asia/Almaty', UZ: 'Asia/Tashkent',
  CN: 'Asia/Shanghai', HK: 'Asia/Hong_Kong', MO: 'Asia/Macau', TW: 'Asia/Taipei', JP: 'Asia/Tokyo', KR: 'Asia/Seoul', MN: 'Asia/Ulaanbaatar',
  SG: 'Asia/Singapore', MY: 'Asia/Kuala_Lumpur', TH: 'Asia/Bangkok', VN: 'Asia/Ho_Chi_Minh', PH: 'Asia/Manila', ID: 'Asia/Jakarta',
  KH: 'Asia/Phnom_Penh', MM: 'Asia/Yangon', BD: 'Asia/Dhaka', LK: 'Asia/Colombo', NP: 'Asia/Kathmandu', PK: 'Asia/Karachi', IN: 'Asia/Kolkata',
  AE: 'Asia/Dubai', SA: 'Asia/Riyadh', QA: 'Asia/Qatar', KW: 'Asia/Kuwait', BH: 'Asia/Bahrain', OM: 'Asia/Muscat', IL: 'Asia/Jerusalem',
  JO: 'Asia/Amman', LB: 'Asia/Beirut', IR: 'Asia/Tehran', IQ: 'Asia/Baghdad', EG: 'Africa/Cairo', MA: 'Africa/Casablanca', DZ: 'Africa/Algiers',
  TN: 'Africa/Tunis', NG: 'Africa/Lagos', GH: 'Africa/Accra', KE: 'Africa/Nairobi', ET: 'Africa/Addis_Ababa', TZ: 'Africa/Dar_es_Salaam',
  UG: 'Africa/Kampala', CD: 'Africa/Kinshasa', SN: 'Africa/Dakar', CI: 'Africa/Abidjan', ZA: 'Africa/Johannesburg',
  AU: 'Australia/Sydney', NZ: 'Pacific/Auckland',
};

/** Common names of countries in English, Chinese and Polish → alpha-2. Compared in lower case. */
const NAMES: Readonly<Record<string, string>> = {
  'united states': 'US', 'united states of america': 'US', usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', us: 'US', america: 'US', 美国: 'US', 'stany zjednoczone': 'US', usa_: 'US',
  poland: 'PL', polska: 'PL', 波兰: 'PL',
  china: 'CN', 'mainland china': 'CN', prc: 'CN', 中国: 'CN', 中国大陆: 'CN', 中华人民共和国: 'CN', chiny: 'CN',
  'united kingdom': 'GB', uk: 'GB', 'u.k.': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 英国: 'GB', 'wielka brytania': 'GB',
  el: 'GR', greece: 'GR', grecja: 'GR', 希腊: 'GR', ireland: 'IE', irlandia: 'IE', 爱尔兰: 'IE', belgium: 'BE', belgia: 'BE', 比利时: 'BE', portugal: 'PT', portugalia: 'PT', 葡萄牙: 'PT',
  denmark: 'DK', dania: 'DK', 丹麦: 'DK', norway: 'NO', norwegia: 'NO', 挪威: 'NO', finland: 'FI', finlandia: 'FI', 芬兰: 'FI', hungary: 'HU', węgry: 'HU', 匈牙利: 'HU', romania: 'RO', rumunia: 'RO', 罗马尼亚: 'RO',
  'česko': 'CZ', españa: 'ES', italia: 'IT', nederland: 'NL', österreich: 'AT', schweiz: 'CH', suisse: 'CH', 'россия': 'RU', 'україна': 'UA',
  germany: 'DE', niemcy: 'DE', deutschland: 'DE', 德国: 'DE', france: 'FR', francja: 'FR', 法国: 'FR',
  japan: 'JP', japonia: 'JP', 日本: 'JP', 'hong kong': 'HK', 香港: 'HK', 'hongkong': 'HK', taiwan: 'TW', 台湾: 'TW', tajwan: 'TW',
  canada: 'CA', kanada: 'CA', 加拿大: 'CA', czechia: 'CZ', 'czech republic': 'CZ', czechy: 'CZ', 捷克: 'CZ',
  ukraine: 'UA', ukraina: 'UA', 乌克兰: 'UA', lithuania: 'LT', litwa: 'LT', slovakia: 'SK', słowacja: 'SK', slowacja: 'SK',
  netherlands: 'NL', holandia: 'NL', 荷兰: 'NL', italy: 'IT', włochy: 'IT', wlochy: 'IT', 意大利: 'IT', spain: 'ES', hiszpania: 'ES', 西班牙: 'ES',
  australia: 'AU', 澳大利亚: 'AU', singapore: 'SG', singapur: 'SG', 新加坡: 'SG', korea: 'KR', 'south korea': 'KR', 韩国: 'KR',
  india: 'IN', indie: 'IN', 印度: 'IN', russia: 'RU', rosja: 'RU', 俄罗斯: 'RU', mexico: 'MX', meksyk: 'MX', 墨西哥: 'MX',
  brazil: 'BR', brazylia: 'BR', 巴西: 'BR', austria: 'AT', 奥地利: 'AT', switzerland: 'CH', szwajcaria: 'CH', 瑞士: 'CH',
  sweden: 'SE', szwecja: 'SE', 瑞典: 'SE', 'new zealand': 'NZ', 新西兰: 'NZ', vietnam: 'VN', 'viet nam': 'VN', wietnam: 'VN', 越南: 'VN',
  malaysia: 'MY', 马来西亚: 'MY', thailand: 'TH', tajlandia: 'TH', 泰国: 'TH', 'united arab emirates': 'AE', uae: 'AE', 阿联酋: 'AE',
};

/**
 * ISO alpha-2 code for a country cell (`PL`, `pl`, `Poland`, `Polska`, `中国`), or null when the
 * text names no country we know a zone for.
 */
export function countryCode(text: string): string | null {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (/^[a-z]{2}$/.test(t) && ZONES[t.toUpperCase()]) return t.toUpperCase();
  const code = NAMES[t];
  return code && ZONES[code] ? code : null;
}

/**
 * The default IANA zone of a country given as a code or a name.
 *
 * @example
 * zoneForCountry('Polska') // → 'Europe/Warsaw'
 * zoneForCountry('USA')    // → 'America/New_York' (east coast; use a Time zone column for others)
 */
export function zoneForCountry(country: string): string | null {
  const code = countryCode(country);
  return code ? (ZONES[code] ?? null) : null;
}


/** True when the runtime knows the IANA zone `name` (one definition, in time/zone.ts). */
export { isKnownTimeZone as isValidTimeZone } from '../time/zone';
