/**
 * `npm run backtest -- history.csv [--every 14] [--horizon 7] [--warmup 90] [--date-order MDY]`
 *
 * Replays a real invoice history with payment dates through the planner: every `--every` days it
 * builds the aging sheet as it stood that day (invoices issued by then; paid ones with their paid
 * date, the rest open), plans as of that morning, and for each debtor with open money scores
 * 1 − collectability. The label is whether the debtor still has overdue money `--horizon` days
 * later. It prints the AUC of that score and of days past due alone, and the lift.
 *
 * The CSV needs a customer, an invoice date, a due date, an amount and a paid (settled, cleared)
 * date column; headers are matched by words, in any order. The data stays outside the repository.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { planCalls } from '../../core/index';
import { parseCsv } from './csv';
import { headerWords } from '../../core/aging/header-words';
import { parseDateCell, decideDateOrder } from '../../core/coerce/date';
import { parseMoneyCell } from '../../core/coerce/money';
import { isoDay, type EpochDay } from '../../core/model/day';
import type { DateOrder } from '../../core/model/cell';

interface Invoice {
  readonly customer: string;
  readonly id: string;
  readonly issued: EpochDay;
  readonly due: EpochDay;
  readonly amount: number;
  readonly paid: EpochDay | null;
}

/** Header text as lower-case words, split as the aging reader splits headers: `InvoiceDate`, `invoice_date` → `invoice date`. */
const words = (h: string) => headerWords(h).join(' ');

const ROLES: Record<'customer' | 'invoice' | 'issued' | 'due' | 'amount' | 'paid', (w: string) => boolean> = {
  customer: (w) => /^(customer|cust|client|name customer|customer (id|name|number))\b/.test(w) || w === 'customer id',
  invoice: (w) => /\binvoice (number|no|id)\b/.test(w) || w === 'invoice' || w === 'doc id',
  issued: (w) => /\b(invoice|document|posting) (create )?date\b/.test(w),
  due: (w) => /\bdue( in)? date\b/.test(w) || w === 'due',
  amount: (w) => /\b(invoice amount|total open amount|amount)\b/.test(w),
  paid: (w) => /\b(settled|clear|cleared|paid|payment) date\b/.test(w),
};

export interface History {
  readonly invoices: Invoice[];
  /** Rows not replayed, by reason: a history is never shortened without saying so. */
  readonly skipped: ReadonlyMap<string, number>;
}

export function readHistory(text: string, order: DateOrder | null): History {
  const [header, ...body] = parseCsv(text, { dropBlankLines: true });
  if (!header) throw new Error('The file is empty.');
  const at: Partial<Record<keyof typeof ROLES, number>> = {};
  header.forEach((h, i) => {
    const w = words(h);
    for (const role of Object.keys(ROLES) as (keyof typeof ROLES)[]) if (at[role] === undefined && ROLES[role](w)) at[role] = i;
  });
  const missing = (['customer', 'issued', 'due', 'amount', 'paid'] as const).filter((r) => at[r] === undefined);
  const label = { customer: 'customer', issued: 'invoice date', due: 'due date', amount: 'amount', paid: 'paid date' } as const;
  if (missing.length) throw new Error(`No ${missing.map((r) => label[r]).join(', ')} column among: ${header.join(', ')}`);
  const dateOrder = order ?? decideDateOrder(body.flatMap((r) => [r[at.issued!]!, r[at.due!]!]));
  const day = (text: string | undefined): EpochDay | null | 'bad' => {
    if (!text?.trim()) return null;
    const p = parseDateCell(text, dateOrder);
    return p && p.ok ? p.day : 'bad';
  };
  const out: Invoice[] = [];
  const skipped = new Map<string, number>();
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
  const seen = new Set<string>();
  body.forEach((r, i) => {
    const customer = r[at.customer!]?.trim() ?? '';
    const issued = day(r[at.issued!]);
    const due = day(r[at.due!]);
    const paid = day(r[at.paid!]);
    const money = parseMoneyCell(r[at.amount!] ?? '');
    if (!customer) return skip('no customer');
    if (issued === null || issued === 'bad') return skip(`unreadable ${header[at.issued!]}`);
    if (due === null || due === 'bad') return skip(`unreadable ${header[at.due!]}`);
    if (paid === 'bad') return skip(`unreadable ${header[at.paid!]}`);
    if (!money || !money.ok || money.value <= 0) return skip(`no positive ${header[at.amount!]}`);
    const id = at.invoice !== undefined && r[at.invoice]?.trim() ? r[at.invoice]!.trim() : `row ${i + 2}`;
    // Exports often repeat an invoice line; replaying it twice would double the debtor's money.
    const key = `${customer}\u0000${id}`;
    if (seen.has(key)) return skip('repeated invoice');
    seen.add(key);
    out.push({ customer, id, issued, due, amount: money.value, paid });
  });
  if (out.length === 0) throw new Error(`No invoice could be read: ${[...skipped].map(([why, n]) => `${n} × ${why}`).join('; ')}`);
  return { invoices: out, skipped };
}

/** Area under the ROC curve by the rank-sum (Mann–Whitney), ties counted half. */
export function auc(scores: readonly number[], labels: readonly boolean[]): number {
  const idx = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    for (let k = i; k <= j; k++) ranks[idx[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let pos = 0;
  let sum = 0;
  labels.forEach((l, i) => {
    if (l) (pos++, (sum += ranks[i]!));
  });
  const neg = labels.length - pos;
  return pos && neg ? (sum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

export interface BacktestResult {
  readonly snapshots: number;
  readonly cases: number;
  readonly positives: number;
  readonly aucModel: number;
  readonly aucDaysPastDue: number;
  /** Days past due counted 0 while nothing is overdue, as aging reports show it. */
  readonly aucDaysOverdue: number;
  /** The same two AUCs among debtors already overdue, and among those not yet due. */
  readonly overdueNow: { cases: number; aucModel: number; aucDaysPastDue: number };
  readonly notDueYet: { cases: number; aucModel: number; aucDaysPastDue: number };
}

export function backtest(invoices: readonly Invoice[], every = 14, horizon = 7, warmup = 90): BacktestResult {
  const first = Math.min(...invoices.map((i) => i.issued));
  const last = Math.max(...invoices.map((i) => i.paid ?? i.due));
  const scores: number[] = [];
  const baseline: number[] = [];
  const labels: boolean[] = [];
  let snapshots = 0;
  for (let t = first + warmup; t + horizon <= last; t += every) {
    snapshots++;
    const known = invoices.filter((i) => i.issued <= t);
    const aging = [
      ['Customer', 'Invoice', 'Invoice date', 'Due date', 'Amount', 'Open balance', 'Paid date'],
      ...known.map((i) => {
        const paid = i.paid !== null && i.paid <= t;
        return [i.customer, i.id, isoDay(i.issued), isoDay(i.due), i.amount, paid ? 0 : i.amount, paid ? isoDay(i.paid!) : ''];
      }),
    ];
    const plan = planCalls({ aging, settings: { collectorTimeZone: 'UTC' }, asOf: new Date(`${isoDay(t)}T09:00:00Z`) });
    for (const d of plan.debtors) {
      if (d.balance <= 0) continue;
      const overdueLater = known.some((i) => i.customer === d.customer && i.due < t + horizon && (i.paid === null || i.paid > t + horizon));
      scores.push(1 - d.collectability);
      baseline.push(d.daysPastDue);

      labels.push(overdueLater);
    }
  }
  const subset = (keep: (dpd: number) => boolean) => {
    const at = baseline.map((d, i) => (keep(d) ? i : -1)).filter((i) => i >= 0);
    const l = at.map((i) => labels[i]!);
    return { cases: at.length, aucModel: auc(at.map((i) => scores[i]!), l), aucDaysPastDue: auc(at.map((i) => baseline[i]!), l) };
  };
  return {
    snapshots,
    cases: labels.length,
    positives: labels.filter(Boolean).length,
    aucModel: auc(scores, labels),
    aucDaysPastDue: auc(baseline, labels),
    aucDaysOverdue: auc(baseline.map((d) => Math.max(0, d)), labels),
    overdueNow: subset((d) => d > 0),
    notDueYet: subset((d) => d <= 0),
  };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { every: { type: 'string', default: '14' }, horizon: { type: 'string', default: '7' }, warmup: { type: 'string', default: '90' }, 'date-order': { type: 'string' } },
  });
  const path = positionals[0];
  if (!path) {
    console.error('Usage: npm run backtest -- history.csv [--every 14] [--horizon 7] [--warmup 90] [--date-order MDY|DMY|YMD]');
    process.exit(2);
  }
  const { invoices, skipped } = readHistory(readFileSync(path, 'utf8'), (values['date-order'] as DateOrder | undefined) ?? null);
  for (const [why, n] of skipped) console.log(`skipped ${n} row${n === 1 ? '' : 's'}: ${why}`);
  const r = backtest(invoices, Number(values.every), Number(values.horizon), Number(values.warmup));
  const f = (x: number) => x.toFixed(3);
  console.log(`${invoices.length} invoices, ${new Set(invoices.map((i) => i.customer)).size} debtors, ${r.snapshots} snapshots, ${r.cases} debtor-days (${r.positives} still overdue ${values.horizon} days later)`);
  console.log(`AUC 1 − collectability: ${f(r.aucModel)}`);
  console.log(`AUC days past due:      ${f(r.aucDaysPastDue)}`);
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${f(x)}`;
  console.log(`lift:                   ${signed(r.aucModel - r.aucDaysPastDue)}`);
  console.log(`(days past due counted 0 until overdue: AUC ${f(r.aucDaysOverdue)}, lift ${signed(r.aucModel - r.aucDaysOverdue)})`);
  for (const [name, g] of [['already overdue', r.overdueNow], ['not yet due', r.notDueYet]] as const) {
    console.log(`  ${name}: ${g.cases} debtor-days, AUC ${f(g.aucModel)} against ${f(g.aucDaysPastDue)}`);
  }
}

if (process.argv[1] && /backtest\.js$/.test(process.argv[1])) main();
