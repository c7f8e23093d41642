/**
 * Local timing of the aging reader (not a test: no timed assertions in tests). Run with
 *   npx esbuild test/aging/read-aging.timing.ts --bundle --platform=node --format=esm --outfile=/tmp/read-aging-timing.mjs && node /tmp/read-aging-timing.mjs
 * Prints the median milliseconds of readAging on 100,000 invoice rows × 8 columns, as an xlsx host
 * delivers them (numbers and serials) and as a CSV import does (text dates and money), next to a
 * floor pass that only touches every cell once; then a 1,048,576-row sheet.
 */
import { readAging } from '../../core/aging/read-aging';
import type { Cell } from '../../core/model/cell';

function sheet(rows: number, asText: boolean): Cell[][] {
  const out: Cell[][] = [['Customer', 'Invoice', 'Date', 'Due date', 'Amount', 'Open balance', 'Currency', 'Phone']];
  for (let i = 0; i < rows; i++) {
    const debtor = i % 5000;
    const issued = 46000 + (i % 300);
    const amount = 100 + ((i * 7919) % 900000) / 100;
    if (asText) {
      const d = new Date((issued - 25569) * 86_400_000);
      const due = new Date((issued + 30 - 25569) * 86_400_000);
      const fmt = (x: Date) => `${x.getUTCMonth() + 1}/${x.getUTCDate()}/${x.getUTCFullYear()}`;
      const money = `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
      out.push([`Debtor ${debtor} Ltd`, `INV-${i}`, fmt(d), fmt(due), money, money, 'USD', `+1 212 555 ${debtor}`]);
    } else {
      out.push([`Debtor ${debtor} Ltd`, `INV-${i}`, issued, issued + 30, amount, amount, 'USD', `+1 212 555 ${debtor}`]);
    }
  }
  return out;
}

function floor(table: Cell[][]): number {
  let n = 0;
  for (const row of table) for (const c of row) if (typeof c === 'number' ? c > 0 : typeof c === 'string' && c.length > 0) n++;
  return n;
}

function median(f: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

for (const asText of [false, true]) {
  const table = sheet(100_000, asText);
  readAging(table); // warm-up
  const read = median(() => readAging(table), 7);
  const base = median(() => floor(table), 7);
  const lines = readAging(table).lines.length;
  console.log(`100,000 rows × 8 columns (${asText ? 'text dates and money' : 'numbers and serials'}): readAging ${read.toFixed(1)} ms (${Math.round(100_000 / (read / 1000)).toLocaleString('en-US')} rows/s), floor ${base.toFixed(1)} ms, ratio ${(read / base).toFixed(1)}×, ${lines} lines`);
}
const big = sheet(1_048_575, false);
const t = performance.now();
const lines = readAging(big).lines.length;
console.log(`1,048,576 rows: readAging ${(performance.now() - t).toFixed(0)} ms, ${lines} lines, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
