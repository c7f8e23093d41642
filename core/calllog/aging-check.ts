import { readAging } from '../aging/read-aging';
import { customerKey } from '../aging/customer-key';
import { say } from '../i18n/texts';
import type { DateOrder, Language, Table } from '../model/cell';
import type { CallLogEntry } from './entry';
import { instalmentsOf, planTotal } from './instalments';
import { CALL_LOG_MESSAGES } from './messages';

/**
 * A promise may exceed the balance a little (late interest, fees, an invoice not yet on the
 * sheet); a quarter more is far above it, most likely a typing slip (an extra zero).
 */
export const PROMISE_OVER_BALANCE = 1.25;

export type AgingCheck =
  | { readonly ok: true }
  /** Nothing was written: the collector must confirm before the call is logged. */
  | { readonly ok: false; readonly kind: 'confirm'; readonly message: string }
  /** Nothing was written: the call as entered is refused. */
  | { readonly ok: false; readonly kind: 'refuse'; readonly message: string };

export interface AgingCheckOptions {
  readonly language: Language;
  readonly dateOrder?: DateOrder | null;
  /** The collector confirmed a customer the aging sheet does not list. */
  readonly customerConfirmed?: boolean;
}

function money(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * Checks a validated call against the aging sheet it is logged beside: a customer the sheet does
 * not list asks for confirmation (a typo would log a call that belongs to nobody), and a promise
 * (or a plan's total) far above what the customer owes is refused. Pure: the host reads the aging table and passes it.
 */
export function checkAgainstAging(entry: CallLogEntry, aging: Table | null, options: AgingCheckOptions): AgingCheck {
  if (!aging) return { ok: true };
  const key = customerKey(entry.customer);
  const lines = readAging(aging, { dateOrder: options.dateOrder ?? null, language: options.language }).lines.filter((l) => customerKey(l.customer) === key);
  if (lines.length === 0) {
    if (options.customerConfirmed) return { ok: true };
    return { ok: false, kind: 'confirm', message: say(CALL_LOG_MESSAGES.unknownCustomer, options.language, { customer: entry.customer }) };
  }
  const balance = lines.reduce((sum, l) => sum + Math.max(0, l.openBalance), 0);
  // A plan promises its instalments' total.
  const promised = entry.promisedAmount ?? (entry.instalments ? planTotal(instalmentsOf(entry.instalments)) : null);
  if (promised !== null && promised > balance * PROMISE_OVER_BALANCE + 0.005) {
    return {
      ok: false,
      kind: 'refuse',
      message: say(CALL_LOG_MESSAGES.aboveBalance, options.language, { value: money(promised), customer: entry.customer, balance: money(balance) }),
    };
  }
  return { ok: true };
}
