// Prints today's call plan for an aging sheet: the bundled sample, or a CSV file given as argument.
//   npm run plan                 → the sample workbook, as of now
//   npm run plan -- my-aging.csv → your own sheet (comma- or semicolon-separated, header row first)
import { readFileSync } from 'node:fs';
import { planCalls } from '../../core/index';
import { parseCsv } from './csv';
import { sampleWorkbook } from '../../core/sample/sample-workbook';

const file = process.argv[2];
const asOf = new Date();
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
// The sample comes with its call log and settings; a CSV of your own is planned with the defaults.
const input = file ? { aging: parseCsv(readFileSync(file, 'utf8')) } : sampleWorkbook(asOf);
const plan = planCalls({ ...input, asOf, hostTimeZone: zone, hostLocale: process.env.LANG ?? null });

console.log(`AR CallDesk — call plan as of ${asOf.toISOString()} (${plan.settings.collectorTimeZone}), sheet read as ${plan.layout.source} / ${plan.layout.kind}`);
console.log('');
for (const d of plan.debtors) {
  const next = d.nextCall ? `${d.nextCall.collectorLocal} (debtor: ${d.nextCall.debtorLocal} ${d.nextCall.debtorTimeZone})` : 'none';
  console.log(`${plan.queue.includes(d.customer) ? '☎' : ' '} ${d.customer}`);
  console.log(`    balance ${d.balance.toFixed(2)}  overdue ${d.overdue.toFixed(2)}  ${d.daysPastDue} days  risk ${d.riskName}  priority ${d.priority.toFixed(2)}  stage ${d.stage} ${d.stageName}`);
  console.log(`    next call: ${next}; ask for ${d.askForText}`);
  for (const r of d.reasons) console.log(`      · ${r}`);
}
console.log('');
console.log(`Today's queue (${plan.queue.length}): ${plan.queue.join(', ') || 'nobody can be called right now'}`);
if (plan.issues.length) {
  console.log('');
  console.log('Cells that could not be used:');
  for (const i of plan.issues) console.log(`  ${i.table} row ${i.row}: ${i.message}`);
}
