import { isCurrencyCode } from '../coerce/currency';
import type { AgingField } from './types';

/**
 * Splits a header into lower-case words the way exports glue them: camelCase (`InvoiceDate`,
 * `customerID`, `USDAmount`), `_`, `-`, `.`, `/`, brackets, and digits next to letters
 * (`over_31_60_amount`, `Name1`). Chinese text stays one word (it has no spaces to split on).
 *
 * @example
 * headerWords('due_in_date')  // → ['due', 'in', 'date']
 * headerWords('customerID')   // → ['customer', 'id']
 * headerWords('Amount (USD)') // → ['amount', 'usd']
 */
export function headerWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-./\\:#*,;|()[\]{}'"?!+=&<>~]+|（|）|【|】/u)
    .filter((w) => w !== '');
}

/** How sure a word rule is: 2 = the words say it, 1 = a fallback (a customer number, a converted amount). */
export type WordScore = 1 | 2;

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

// Word families, in the reader's languages: English, German, French, Spanish, Italian, Portuguese,
// Dutch and Polish. Compound German and Dutch words are also matched by their stems below.
const DATE = set('date dt dte datum fecha data');
const DUE = set('due maturity net fällig fälligkeit faellig faelligkeit échéance echeance vencimiento vencimento scadenza verval vervaldatum termin');
const SETTLE = set('paid payment pay clear clearing cleared settled settle settlement closed close receipt received zahlung bezahlt ausgleich ausgeglichen paiement règlement reglement encaissement pago cobro pagamento incasso betaling betaald voldaan zapłaty zaplaty');
const MONEY = set('amount amt amounts value sum betrag montant importe importo valor bedrag gross total totale kwota wartość');
const OPEN = set('open pending outstanding balance bal remaining residual unpaid owing owed offen offener offene offenen rest restbetrag saldo solde restant restante pendiente pendente sospeso aberto openstaand resterend niezapłacone');
const PAID = set('paid payment payments received receipt collected bezahlt gezahlt zahlung zahlungen payé paye paiement pagado cobrado pagato pagamento pago betaald ontvangen zapłacono wpłata wplata');
const DAYS = set('days day tage tag jours jour días dias giorni dagen dni');
const LATE = set('late overdue past arrears delay delinquent verzug überfällig ueberfaellig retard atraso ritardo achterstallig vencidos vencido po');
const CUSTOMER = set('customer cust customers client clients debtor debtors company companies account partner party buyer payer kunde kunden kundenname debitor debitoren firma société societe cliente clientes deudor empresa devedor klant klanten klantnaam debiteur debiteuren relatie kontrahent');
const NAME = set('name nom nombre nome naam nazwa');
const ID = set('id number no nr num nbr code key nummer numéro numero número');
const INVOICE = set('invoice inv bill document doc reference ref rechnung rechnungs beleg facture factura fattura fatura factuur documento nota faktura');
const CURRENCY = set('currency curr ccy cur währung waehrung devise moneda divisa valuta moeda munt waluta');
const TERMS = set('terms term conditions zahlungsbedingungen zahlungsziel conditions condiciones termini prazo betalingstermijn');
/** What a document date is called besides the invoice's own date. */
const DOCUMENT_DATE = set('posting post issue issued created create booking transaction entry billing buchung emission émission emisión emision');
const TYPE = set('type kind art tipo typ soort');
/** Words that add nothing to a header's meaning. */
const NOISE = set('the of in for a an at to on per und et y e en van de del der des la le el il in');

/** A word that belongs to a family, also as the start or end of a German/Dutch compound (`Rechnungsdatum`). */
function has(words: readonly string[], family: ReadonlySet<string>): boolean {
  return words.some((w) => family.has(w));
}

/** German and Dutch glue words together: read the known stems inside a compound. */
const COMPOUNDS: readonly (readonly [RegExp, AgingField])[] = [
  [/^(?:netto)?fällig|^faellig|^verval/, 'dueDate'],
  [/^(?:zahlungs|zahl|ausgleichs|betaal|betalings)datum$/, 'settledDate'],
  [/^(?:rechnungs|beleg|buchungs|factuur|document|boekings)datum$/, 'documentDate'],
  [/^(?:rechnungs|beleg|factuur)(?:nummer|nr)$/, 'invoice'],
  [/^(?:rechnungs|brutto|netto|factuur|open)?betrag$|^(?:factuur)?bedrag$/, 'amount'],
  [/^(?:offener|rest)betrag$|^openstaand(?:bedrag)?$|^saldo$/, 'openBalance'],
  [/^(?:kunden|klant|debiteur)(?:name|naam)?$/, 'customer'],
  [/^(?:tage|dagen)(?:überfällig|verzug|achterstallig)$|^verzugstage$/, 'daysPastDue'],
];

/**
 * The field a header's words name when no synonym matched them whole, with how sure the rule is.
 * Rules go from the most telling word to the least: a days word with a lateness word is an age,
 * a date word is a date (its qualifier says which), a money word is an amount (a balance word
 * makes it the open balance, a paid word the amount paid), a customer word is the customer.
 *
 * @example
 * fieldOfWords(['clear', 'date'])       // → { field: 'settledDate', score: 2 }
 * fieldOfWords(['cust', 'number'])      // → { field: 'customer', score: 1 }
 * fieldOfWords(['outstanding', 'amount']) // → { field: 'openBalance', score: 2 }
 */
export function fieldOfWords(all: readonly string[]): { field: AgingField; score: WordScore } | null {
  const words = all.filter((w) => !NOISE.has(w));
  if (words.length === 0) return null;
  // `isOpen`, `has_dispute`: a yes/no flag about the row, never its money or its date.
  if (words.length > 1 && (words[0] === 'is' || words[0] === 'has')) return null;
  if (words.length === 1) {
    for (const [pattern, field] of COMPOUNDS) if (pattern.test(words[0]!)) return { field, score: 2 };
  }
  const days = has(words, DAYS);
  const late = has(words, LATE);
  if (words.includes('arrears') || (days && (late || words.includes('due') || words.includes('aging') || words.includes('age')))) return { field: 'daysPastDue', score: 2 };
  if (has(words, TERMS)) return { field: 'terms', score: 2 };
  const money = has(words, MONEY);
  const open = has(words, OPEN) || (money && words.includes('due'));
  const paid = has(words, PAID);
  if (has(words, DATE) || words.some((w) => /datum$/.test(w))) {
    if (has(words, DUE)) return { field: 'dueDate', score: 2 };
    if (has(words, SETTLE)) return { field: 'settledDate', score: 2 };
    return { field: 'documentDate', score: has(words, INVOICE) || has(words, DOCUMENT_DATE) || words.length === 1 ? 2 : 1 };
  }
  if (has(words, CURRENCY) && !money) return { field: 'currency', score: 2 };
  if (open) return { field: 'openBalance', score: 2 };
  if (paid) return { field: 'paidAmount', score: money ? 2 : 1 };
  if (money) return { field: 'amount', score: words.includes('converted') ? 1 : 2 };
  if (words.some(isCurrencyCode) && words.every((w) => isCurrencyCode(w) || w === 'converted' || w === 'local')) return { field: 'amount', score: 1 };
  if (has(words, TYPE)) return { field: 'transactionType', score: 1 };
  const customer = has(words, CUSTOMER);
  if (customer) return { field: 'customer', score: has(words, NAME) || !has(words, ID) ? 2 : 1 };
  if (has(words, INVOICE)) return has(words, SETTLE) ? null : { field: 'invoice', score: 2 };
  if (has(words, NAME)) return { field: 'customer', score: 1 };
  return null;
}
