/**
 * The backtest's own parts: reading an invoice history as exports write it, the AUC it prints
 * (checked against a brute-force count of pairs), and a replay where the payment history is the
 * only thing that tells the debtors apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auc, backtest, readHistory } from '../../scripts/cli/backtest';

const SEED = 20261202;

describe('reading an invoice history', () => {
  it('reads an ERP export: compact dates, float tails, timestamps, ids as customers', () => {
    const text = [
      'business_code,cust_number,name_customer,clear_date,doc_id,posting_date,document_create_date,due_in_date,total_open_amount,invoice_id,isOpen',
      'U001,0200769623,WAL-MAR corp,2019-03-07 00:00:00,1928826755,2019-02-20,20190220,20190307.0,21227.3,1928826755.0,0',
      'U001,0200769623,WAL-MAR corp,2019-03-07 00:00:00,1928826755,2019-02-20,20190220,20190307.0,21227.3,1928826755.0,0',
      'U001,0200980828,BEN E,,1930063133,2019-11-01,20191101,20191116.0,9500,1930063133.0,1',
      'U001,0200980828,BEN E,someday,1930063134,2019-11-01,20191101,20191116.0,9500,1930063134.0,0',
    ].join('\n');
    const { invoices, skipped } = readHistory(text, null);
    expect(invoices).toHaveLength(2);
    expect(invoices[0]).toMatchObject({ customer: '0200769623', id: '1928826755', amount: 21227.3 });
    expect(invoices[0]!.due - invoices[0]!.issued).toBe(15);
    expect(invoices[0]!.paid).toBe(invoices[0]!.due);
    expect(invoices[1]!.paid).toBeNull(); // still open
    expect(Object.fromEntries(skipped)).toEqual({ 'repeated invoice': 1, 'unreadable clear_date': 1 });
  });

  it('says why when nothing can be read, instead of printing NaN', () => {
    expect(() => readHistory('customer,invoice date,due date,amount,paid date\nA,x,y,10,\n', null)).toThrow(/No invoice could be read: 1 × unreadable invoice date/);
    expect(() => readHistory('customer,amount\nA,10\n', null)).toThrow(/No invoice date, due date, paid date column/);
  });
});

describe('the AUC', () => {
  /** P(score of a positive > score of a negative), ties half: every pair counted. */
  const pairs = (scores: number[], labels: boolean[]) => {
    let wins = 0;
    let n = 0;
    scores.forEach((s, i) => {
      if (!labels[i]) return;
      scores.forEach((t, j) => {
        if (labels[j]) return;
        n++;
        wins += s > t ? 1 : s === t ? 0.5 : 0;
      });
    });
    return wins / n;
  };

  it('equals the share of positive–negative pairs ranked right', () => {
    console.log(`AUC property seed ${SEED}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), { minLength: 2, maxLength: 40 }), (cases) => {
        const scores = cases.map((c) => c[0]);
        const labels = cases.map((c) => c[1]);
        if (!labels.some(Boolean) || labels.every(Boolean)) return;
        expect(auc(scores, labels)).toBeCloseTo(pairs(scores, labels), 12);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(auc([1, 2, 3], [false, false, false])).toBeNaN();
  });
});

describe('a replay where only the payment history tells debtors apart', () => {
  // Two kinds of payer, invoiced alike: punctual ones pay on the due date, slow ones 20 days late.
  // Days past due cannot tell which overdue debtor pays this week; the history can.
  const history = () => {
    const rows = ['Customer,Invoice,Invoice date,Due date,Amount,Paid date'];
    const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    for (let c = 0; c < 12; c++) {
      const late = c % 2 ? 20 : (c % 3) - 1;
      for (let i = 0; i < 14; i++) {
        const issued = i * 30 + c * 2;
        rows.push(`C${c},C${c}-${i},${day(issued)},${day(issued + 30)},100,${day(issued + 30 + late)}`);
      }
    }
    return rows.join('\n');
  };

  it('ranks "still overdue a week later" better than days past due alone', () => {
    const r = backtest(readHistory(history(), null).invoices, 7, 7, 90);
    console.log(`replay: model AUC ${r.aucModel.toFixed(3)}, days past due ${r.aucDaysPastDue.toFixed(3)}, ${r.cases} debtor-days`);
    expect(r.cases).toBeGreaterThan(100);
    expect(r.aucModel).toBeGreaterThan(r.aucDaysPastDue + 0.05);
    expect(r.overdueNow.aucModel).toBeGreaterThan(0.8);
  });
});
