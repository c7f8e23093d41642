import { fieldOfWords, headerWords } from './header-words';
import type { AgingField, BucketColumn } from './types';

/**
 * The one table of header synonyms, compared after `normalizeHeader`. English, Chinese and Polish,
 * plus the exact headers of QuickBooks, Xero, Odoo, Sage, Zoho, Kingdee/Yonyou and Comarch exports.
 */
export const COLUMN_SYNONYMS: Readonly<Record<AgingField, readonly string[]>> = {
  customer: ['customer', 'customer full name', 'customer name', 'client', 'contact', 'contactname', 'partner', 'debtor', 'account', 'name', 'company',
    '客户', '客户名称', '往来单位', '单位名称', '客户全称', 'kontrahent', 'nazwa kontrahenta', 'klient', 'dłużnik', 'odbiorca', 'nabywca', 'customer/supplier',
    'bill to', 'sold to', 'debtor name', 'client name', 'account name', 'nazwa', 'nazwa klienta', '名称', '客户名', '购货单位', '购买方', '欠款单位'],
  invoice: ['invoice', 'invoice no', 'invoice number', 'invoicenumber', 'num', 'no', 'number', 'reference', 'document', 'doc no', 'ref',
    'inv', 'document number', 'transaction no',
    '发票号', '发票号码', '发票编号', '单据号', '单据编号', '凭证号', '单号', 'nr faktury', 'numer faktury', 'faktura', 'nr dokumentu', 'dokument', 'numer'],
  documentDate: ['date', 'invoice date', 'invoicedate', 'document date', 'doc date', 'issue date', 'transaction date',
    'posting date', '开票日期', '发票日期', '单据日期', '业务日期', '记账日期', '日期', 'data wystawienia', 'data faktury', 'data dokumentu', 'data sprzedaży'],
  dueDate: ['due date', 'duedate', 'due', 'payment due', 'due on', '到期日', '到期日期', '应收日期', '应收款日期', '收款期限', 'termin płatności', 'termin platnosci', 'termin', 'data płatności'],
  amount: ['amount', 'total', 'invoice amount', 'original amount', 'invoice total', 'gross', 'value', 'invoice value', 'orig amount', 'wartość brutto', '金额', '发票金额', '原币金额', '应收金额', '价税合计', 'kwota', 'wartość', 'kwota brutto', 'brutto'],
  openBalance: ['open balance', 'balance', 'amount due', 'invoiceamountdue', 'outstanding', 'residual', 'balance due', 'open amount', 'unpaid',
    'remaining', 'amount outstanding', 'open amount due', '余额', '当期余额', '未收金额', '应收余额', '欠款金额', '未核销金额', '剩余金额', '欠款', 'pozostaje do zapłaty', 'niezapłacone', 'do zapłaty', 'do zaplaty', 'pozostało do zapłaty', 'saldo', 'należność', 'zaległość'],
  daysPastDue: ['days past due', 'days overdue', 'past due', 'age', 'days late', 'aging', 'dpd', 'overdue days', 'days', '逾期天数', '账龄天数', '账龄', 'dni po terminie', 'dni zwłoki', 'przeterminowanie'],
  settledDate: ['paid date', 'date paid', 'paid on', 'settled', 'settled date', 'date settled', 'payment date', 'fully paid on', 'closed date', '核销日期', 'data rozliczenia', '付款日期', '结清日期', '收款日期', 'data zapłaty', 'data zaplaty', 'zapłacono'],
  currency: ['currency', 'curr', 'ccy', '币种', '币别', 'waluta'],
  transactionType: ['transaction type', 'type', 'document type', '单据类型', 'typ dokumentu', 'rodzaj'],
  phone: ['phone', 'telephone', 'tel', 'phone number', 'mobile', '电话', '联系电话', '手机', 'telefon', 'nr telefonu'],
  contact: ['contact person', 'attention', 'contact name', 'ap contact', '联系人', 'osoba kontaktowa', 'kontakt'],
  contactTitle: ['title', 'salutation', 'contact title', 'gender', 'sex', '称谓', '称呼', '性别', 'tytuł', 'zwrot grzecznościowy', 'forma grzecznościowa', 'płeć', 'plec'],
  companySize: ['company size', 'size', 'employees', 'employee count', 'headcount', '员工人数', 'liczba pracowników', '企业规模', '规模', 'wielkość firmy', 'wielkosc firmy', 'wielkość'],
  timeZone: ['time zone', 'timezone', 'tz', '时区', 'strefa czasowa', 'strefa'],
  country: ['country', 'country code', '国家', '国家地区', 'kraj'],
  workingHours: ['working hours', 'business hours', 'office hours', 'hours', '工作时间', '营业时间', 'godziny pracy'],
  payday: ['payday', 'pay day', 'income day', 'payment run', '进账日', '回款日', 'dzień wypłaty', 'dzien wplywow', 'dzień wpływów'],
  disputed: ['disputed', 'dispute', 'in dispute', '争议', '有争议', 'sporne', 'spór', 'reklamacja'],
  doNotCall: ['do not call', 'do-not-call', 'dnc', 'no calls', '勿电', '禁止致电', 'nie dzwonić', 'nie dzwonic'],
  consumer: ['consumer', 'consumer or business', 'consumer/business', 'debtor type', 'customer type', '客户类型', 'typ klienta', 'type of debtor', 'individual', '个人', '消费者', 'konsument', 'osoba fizyczna'],
  avgDaysLate: ['average days late', 'avg days late', 'avg days to pay late', '平均逾期天数', 'średnie opóźnienie', 'srednie opoznienie'],
  noWorkplaceCalls: ['no workplace calls', 'no calls at work', '勿致电单位', 'nie dzwonić do pracy'],
  inconvenientTimes: ['inconvenient times', 'do not call times', '不便时间', 'niedogodne godziny'],
  paidAmount: ['amount paid', 'paid amount', 'payments', 'payment amount', 'amount received', 'paid to date', '已收金额', '已核销金额', '收款金额', '已付金额', 'zapłacono kwota', 'kwota zapłacona', 'wpłacono', 'bezahlt', 'payé', 'pagado', 'pagato', 'betaald'],
  terms: ['terms', 'payment terms', 'credit terms', 'terms days', 'credit days', '账期', '信用期', '付款条件', '账期天数', 'termin płatności dni', 'warunki płatności', 'zahlungsziel', 'zahlungsbedingungen', 'conditions de paiement', 'condiciones de pago', 'termini di pagamento', 'betalingstermijn'],
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

/** A header as its words, joined by single spaces: `InvoiceDate`, `invoice_date`, `Invoice date` all read `invoice date`. */
function phraseOf(text: string): string {
  return headerWords(text).join(' ');
}

const LOOKUP = new Map<string, AgingField>();
for (const [field, names] of Object.entries(COLUMN_SYNONYMS) as [AgingField, readonly string[]][]) {
  for (const n of names) {
    for (const key of [normalizeHeader(n), phraseOf(n)]) if (!LOOKUP.has(key)) LOOKUP.set(key, field);
  }
}

/** A header's field and how sure the match is: 3 = a synonym, 2 = the words say it, 1 = a fallback. */
export interface FieldMatch {
  readonly field: AgingField;
  readonly score: 1 | 2 | 3;
}

/**
 * The field a header names and how sure that is, or null. Synonyms are compared whole after
 * splitting the header into words (so `due_in_date`, `DueDate` and `Due date` are one spelling);
 * a unit or currency in brackets is ignored when the bare words are known (`Amount (USD)`,
 * `Kwota [PLN]`, `金额（元）`, `Open balance*`); else the words decide (header-words.ts).
 */
export function matchHeader(text: string): FieldMatch | null {
  const h = normalizeHeader(text);
  const exact = LOOKUP.get(h) ?? LOOKUP.get(phraseOf(text));
  if (exact) return { field: exact, score: 3 };
  const bare = h.replace(/\s*(?:\([^)]*\)|\[[^\]]*\]|\*+)\s*$/, '').trim();
  const bareField = bare !== h && bare ? (LOOKUP.get(bare) ?? LOOKUP.get(phraseOf(bare))) : undefined;
  if (bareField) return { field: bareField, score: 3 };
  if (!bare) return null;
  const words = headerWords(text);
  // A trailing number (SAP's `Name 1`) or a lone currency code adds nothing to the words before it.
  const trimmed = words.filter((w, i) => !(i > 0 && /^\d+$/.test(w) && words.length === 2));
  const again = LOOKUP.get(trimmed.join(' '));
  if (again && trimmed.length !== words.length) return { field: again, score: 3 };
  return fieldOfWords(trimmed);
}

/**
 * The field a header names, or null (see matchHeader).
 *
 * @example
 * fieldOfHeader('Termin płatności') // → 'dueDate'
 * fieldOfHeader('金额（元）')        // → 'amount'
 * fieldOfHeader('due_in_date')      // → 'dueDate'
 */
export function fieldOfHeader(text: string): AgingField | null {
  return matchHeader(text)?.field ?? null;
}

const DAYS_WORD = String.raw`(?:天|日|days?|d|dni)?`;
const RANGE = new RegExp(String.raw`^(?:已到期|逾期|przeterminowane)?\(?(\d+)-(\d+)\s*` + DAYS_WORD + String.raw`\)?(?:\s*past due)?$`);
const UP_TO = new RegExp(String.raw`^(?:age\s*)?(?:≤|<=|<|do|账龄|逾期)\s*(\d+)\s*` + DAYS_WORD + String.raw`\s*(?:内|以内)?$`);
const OVER = new RegExp(String.raw`^(?:>|>=|≥|over|above|powyżej|powyzej|ponad|账龄大于|大于|超过|逾期)\s*(\d+)\s*` + DAYS_WORD + String.raw`$`);
const AND_OVER = new RegExp(String.raw`^(\d+)\s*` + DAYS_WORD + String.raw`\s*(?:and over|and older|or more|\+|以上|及以上)$`);
const YEARS = /^(\d+)-(\d+)\s*年$/;
const NOT_DUE = new Set(['current', 'not due', 'not yet due', 'future', 'at date', '未到期', '未逾期', '信用期内', 'nieprzeterminowane', 'bieżące', 'biezace', 'niewymagalne', 'w terminie']);
const OLDER = new Set(['older', 'starsze', '更早', '更久']);

/**
 * Reads a bucket header into the range of days past due it holds. Null when the header is not a
 * bucket. `previousUpper` is the upper bound of the bucket to the left, for headers that only
 * name their end (`Age ≤ 60 d.` after `Age ≤ 30 d.` is 31–60) or nothing (`Older`).
 *
 * Assumptions, stated because the exports do not: Xero's `< 1 Month` is 1–30 days past due,
 * `1 Month` 31–60, `N Months` N×30+1 – (N+1)×30; Sage's `Period N` is taken as the N-th month past
 * due, (N−1)×30+1 – N×30 (Sage can age by calendar month or by invoice date; its default aged
 * debtors report is read as months overdue); `Current`, `Future` and `未到期` are not yet due;
 * Chinese year buckets (`1-2年`) count 365 days a year.
 *
 * @example
 * parseBucket('1 - 30', 2, null)      // → { column: 2, header: '1 - 30', fromDays: 1, toDays: 30 }
 * parseBucket('91 and over', 5, 90)   // → { …, fromDays: 91, toDays: null }
 */
export function parseBucket(header: string, column: number, previousUpper: number | null): BucketColumn | null {
  const direct = bucketOfText(normalizeHeader(header), header, column, previousUpper);
  if (direct) return direct;
  // A unit or currency in brackets: `1-30 dni [PLN]`, `Current (EUR)`, `31-60天（元）`.
  const bare = header.normalize('NFKC').replace(/\s*(?:\([^)]*\)|\[[^\]]*\])\s*$/, '');
  if (bare !== header.normalize('NFKC') && bare.trim()) {
    const unbracketed = bucketOfText(normalizeHeader(bare), header, column, previousUpper);
    if (unbracketed) return unbracketed;
  }
  // SQL and BI exports glue bucket headers into words: `over_31_60_amount`, `days_1_30`, `Current_Amt`.
  const words = headerWords(header).filter((w) => !BUCKET_NOISE.has(w));
  if (words.length === 0 || words.length === headerWords(header).length) return null;
  const joined = words.length === 3 && /^(?:over|from|between)$/.test(words[0]!) && /^\d+$/.test(words[1]!) && /^\d+$/.test(words[2]!)
    ? `${words[1]}-${words[2]}`
    : words.length === 2 && /^\d+$/.test(words[0]!) && /^\d+$/.test(words[1]!) ? `${words[0]}-${words[1]}` : words.join(' ');
  return bucketOfText(joined, header, column, previousUpper);
}

/** Words around a bucket's range that say nothing about it. */
const BUCKET_NOISE = new Set(['amount', 'amt', 'amounts', 'bucket', 'balance', 'bal', 'days', 'day', 'aging', 'open', 'value', 'sum']);

function bucketOfText(normalized: string, header: string, column: number, previousUpper: number | null): BucketColumn | null {
  const h = normalized
    .replace(/[～~–—]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*\)\s*/g, ')');
  const make = (fromDays: number, toDays: number | null): BucketColumn => ({ column, header, fromDays, toDays });
  // "Future" (Sage: dated after the report) and "Current" (not yet due) both lie before the due date.
  if (NOT_DUE.has(h)) return make(-30, 0);
  if (OLDER.has(h) || /^older than/.test(h)) return make((previousUpper ?? 90) + 1, null);
  if (/^<\s*1\s*month$/.test(h)) return make(1, 30);
  let m = /^(\d+)\s*months?$/.exec(h);
  if (m) return make(+m[1]! * 30 + 1, (+m[1]! + 1) * 30);
  m = /^period\s*(\d+)$/.exec(h);
  if (m && +m[1]! >= 1) return make((+m[1]! - 1) * 30 + 1, +m[1]! * 30);
  m = RANGE.exec(h);
  if (m && +m[2]! >= +m[1]!) return make(+m[1]!, +m[2]!);
  m = UP_TO.exec(h);
  if (m) return make((previousUpper ?? 0) + 1, +m[1]!);
  m = AND_OVER.exec(h);
  if (m) return make(+m[1]!, null);
  m = OVER.exec(h);
  if (m) return make(+m[1]! + 1, null);
  // Kingdee/Yonyou age by year: 1年以内, 1-2年, 3年以上.
  m = /^(\d+)\s*年以内$/.exec(h);
  if (m) return make((previousUpper ?? 0) + 1, +m[1]! * 365);
  m = YEARS.exec(h);
  if (m && +m[2]! > +m[1]!) return make(+m[1]! * 365 + 1, +m[2]! * 365);
  m = /^(\d+)\s*年以上$/.exec(h);
  if (m) return make(+m[1]! * 365 + 1, null);
  return null;
}
