import type { AgingField, BucketColumn } from './types';

/**
 * The one table of header synonyms, compared after `normalizeHeader`. English, Chinese and Polish,
 * plus the exact headers of QuickBooks, Xero, Odoo, Sage, Zoho, Kingdee/Yonyou and Comarch exports.
 */
export const COLUMN_SYNONYMS: Readonly<Record<AgingField, readonly string[]>> = {
  customer: ['customer', 'customer full name', 'customer name', 'client', 'contact', 'contactname', 'partner', 'debtor', 'account', 'name', 'company',
    '客户', '客户名称', '往来单位', '单位名称', '客户全称', 'kontrahent', 'nazwa kontrahenta', 'klient', 'dłużnik', 'odbiorca'],
  invoice: ['invoice', 'invoice no', 'invoice number', 'invoicenumber', 'num', 'no', 'number', 'reference', 'document', 'doc no', 'ref',
    '发票号', '发票号码', '单据号', '单据编号', '凭证号', 'nr faktury', 'numer faktury', 'faktura', 'nr dokumentu', 'dokument'],
  documentDate: ['date', 'invoice date', 'invoicedate', 'document date', 'doc date', 'issue date', 'transaction date',
    '开票日期', '发票日期', '单据日期', '日期', 'data wystawienia', 'data faktury', 'data dokumentu'],
  dueDate: ['due date', 'duedate', 'due', 'payment due', 'due on', '到期日', '到期日期', '应收日期', 'termin płatności', 'termin platnosci', 'termin', 'data płatności'],
  amount: ['amount', 'total', 'invoice amount', 'original amount', 'gross', '金额', '发票金额', '原币金额', 'kwota', 'wartość', 'kwota brutto', 'brutto'],
  openBalance: ['open balance', 'balance', 'amount due', 'invoiceamountdue', 'outstanding', 'residual', 'balance due', 'open amount', 'unpaid',
    '余额', '当期余额', '未收金额', '应收余额', '欠款金额', 'do zapłaty', 'do zaplaty', 'pozostało do zapłaty', 'saldo', 'należność', 'zaległość'],
  daysPastDue: ['days past due', 'days overdue', 'past due', 'age', 'days late', 'aging', '逾期天数', '账龄天数', '账龄', 'dni po terminie', 'dni zwłoki', 'przeterminowanie'],
  settledDate: ['paid date', 'date paid', 'settled', 'settled date', 'payment date', 'fully paid on', '付款日期', '结清日期', '收款日期', 'data zapłaty', 'data zaplaty', 'zapłacono'],
  currency: ['currency', 'curr', 'ccy', '币种', '币别', 'waluta'],
  transactionType: ['transaction type', 'type', 'document type', '单据类型', 'typ dokumentu', 'rodzaj'],
  phone: ['phone', 'telephone', 'tel', 'phone number', 'mobile', '电话', '联系电话', '手机', 'telefon', 'nr telefonu'],
  contact: ['contact person', 'attention', 'contact name', 'ap contact', '联系人', 'osoba kontaktowa', 'kontakt'],
  companySize: ['company size', 'size', 'employees', '企业规模', '规模', 'wielkość firmy', 'wielkosc firmy', 'wielkość'],
  timeZone: ['time zone', 'timezone', 'tz', '时区', 'strefa czasowa', 'strefa'],
  country: ['country', 'country code', '国家', '国家地区', 'kraj'],
  workingHours: ['working hours', 'business hours', 'office hours', 'hours', '工作时间', '营业时间', 'godziny pracy'],
  payday: ['payday', 'pay day', 'income day', 'payment run', '进账日', '回款日', 'dzień wypłaty', 'dzien wplywow', 'dzień wpływów'],
  disputed: ['disputed', 'dispute', 'in dispute', '争议', '有争议', 'sporne', 'spór', 'reklamacja'],
  doNotCall: ['do not call', 'do-not-call', 'dnc', 'no calls', '勿电', '禁止致电', 'nie dzwonić', 'nie dzwonic'],
  consumer: ['consumer', 'consumer or business', 'type of debtor', 'individual', '个人', '消费者', 'konsument', 'osoba fizyczna'],
  avgDaysLate: ['average days late', 'avg days late', 'avg days to pay late', '平均逾期天数', 'średnie opóźnienie', 'srednie opoznienie'],
  noWorkplaceCalls: ['no workplace calls', 'no calls at work', '勿致电单位', 'nie dzwonić do pracy'],
  inconvenientTimes: ['inconvenient times', 'do not call times', '不便时间', 'niedogodne godziny'],
  total: ['total', '合计', 'razem', 'suma', 'ogółem'],
};

/** Lower case, full-width folded, punctuation and repeated spaces dropped. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[_:#.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOOKUP = new Map<string, AgingField>();
for (const [field, names] of Object.entries(COLUMN_SYNONYMS) as [AgingField, readonly string[]][]) {
  for (const n of names) if (!LOOKUP.has(normalizeHeader(n))) LOOKUP.set(normalizeHeader(n), field);
}

export function fieldOfHeader(text: string): AgingField | null {
  return LOOKUP.get(normalizeHeader(text)) ?? null;
}

/**
 * Reads a bucket header into the range of days past due it holds: `Current`, `1 - 30`,
 * `91 and over`, `< 1 Month` (1–30), `1 Month` (31–60), `Older`, `Future`, `Period 1` (Sage
 * periods are taken as months: 1–30, 31–60, …), `Age ≤ 30 d.`, `>45`, `账龄30天内`, `1～30天`,
 * `账龄大于90天`, `未到期`, `已到期(1-30天)`, `1-30 dni`, `powyżej 90 dni`, `nieprzeterminowane`.
 * Null when the header is not a bucket.
 */
export function parseBucket(header: string, column: number, previousUpper: number | null): BucketColumn | null {
  const h = normalizeHeader(header).replace(/～|~|–|—/g, '-').replace(/\s*-\s*/g, '-');
  const make = (fromDays: number, toDays: number | null): BucketColumn => ({ column, header, fromDays, toDays });
  if (/^(current|not due|future|未到期|nieprzeterminowane|bieżące|biezace|niewymagalne)$/.test(h)) return make(h === 'future' ? -30 : -30, 0);
  if (/^(older|older than.*|starsze|更早)$/.test(h)) return make((previousUpper ?? 90) + 1, null);
  let m = /^<\s*1\s*month$/.exec(h);
  if (m) return make(1, 30);
  m = /^(\d+)\s*months?$/.exec(h);
  if (m) return make(+m[1]! * 30 + 1, (+m[1]! + 1) * 30);
  m = /^period\s*(\d+)$/.exec(h);
  if (m) return make((+m[1]! - 1) * 30 + 1, +m[1]! * 30);
  m = /(?:age\s*)?(?:≤|<=)\s*(\d+)\s*d?$/.exec(h) ?? /^账龄\s*(\d+)\s*天(?:以)?内$/.exec(h);
  if (m) return make(1, +m[1]!);
  m = /^(?:已到期\()?\s*(\d+)-(\d+)\s*(?:天|days?|dni|d)?\)?(?:\s*past due)?$/.exec(h);
  if (m) return make(+m[1]!, +m[2]!);
  m = /^(\d+)\s*(?:and over|\+|or more|or more days past due|days and over)$/.exec(h) ?? /^(?:>|over|powyżej|powyzej|账龄大于|大于)\s*(\d+)\s*(?:天|days?|dni|d)?$/.exec(h);
  if (m) return make(/^\d+\s*(and over|\+|or more)/.test(h) ? +m[1]! : +m[1]! + 1, null);
  return null;
}
