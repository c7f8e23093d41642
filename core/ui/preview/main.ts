import './preview.css';
import { CALL_LOG_COLUMNS, CALL_LOG_DATE_COLUMNS, CALL_LOG_DATETIME_COLUMNS } from '../../calllog/schema';
import { dayFromExcelSerial } from '../../coerce/date';
import { fnErrorText, isFnError } from '../../functions/errors';
import { runFunction, type FnCell } from '../../functions/run';
import type { FunctionName } from '../../functions/catalog';
import type { Cell } from '../../model/cell';
import { isoDay } from '../../model/day';
import { sampleWorkbook, SAMPLE_COLLECTOR_ZONE } from '../../sample/sample-workbook';
import { mountCallDesk } from '../sidebar/mount';
import { fill, h } from '../sidebar/dom';
import { createMemoryPort, type MemoryWorkbook } from './memory-port';
import { planCalls } from '../../plan/plan-calls';
import { summaryCharts } from './summary-charts';

/**
 * The local preview: the sample workbook as of now, its computed columns from the same function
 * layer the spreadsheets call, the Call Log, and the real sidebar on an in-memory port. This is a
 * shell, so it may read the clock; a test can fix the workbook through `window.__calldeskPreview`.
 */
declare global {
  interface Window {
    __calldeskPreview?: { book?: MemoryWorkbook; now?: string; latencyMs?: number; hostLocale?: string; hostError?: string };
  }
}

const seed = window.__calldeskPreview ?? {};
const fixedNow = seed.now ? new Date(seed.now) : null;
const now = () => fixedNow ?? new Date();
const book: MemoryWorkbook = seed.book ?? sampleWorkbook(now());
const port = createMemoryPort(book, {
  now,
  hostLocale: seed.hostLocale ?? navigator.language,
  hostTimeZone: SAMPLE_COLLECTOR_ZONE,
  latencyMs: seed.latencyMs ?? 150,
  hostError: () => window.__calldeskPreview?.hostError,
});

const COMPUTED: readonly FunctionName[] = ['RISKCLASS', 'ESCALATION', 'CALLPRIORITY', 'NEXTCALL'];
const AGING_DATES = new Set(['invoice date', 'due date']);
const LOG_DATE_KEYS = new Set<string>(CALL_LOG_DATE_COLUMNS);
const LOG_DATETIME_KEYS = new Set<string>(CALL_LOG_DATETIME_COLUMNS);

function serialDay(v: Cell): string {
  if (typeof v !== 'number') return v === null ? '' : String(v);
  const day = dayFromExcelSerial(v);
  return day === null ? String(v) : isoDay(day);
}
function serialDateTime(v: Cell): string {
  if (typeof v !== 'number') return v === null ? '' : String(v);
  const minutes = Math.round((v - Math.floor(v)) * 1440);
  return `${serialDay(v)} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
const collectorTime = new Intl.DateTimeFormat('sv-SE', { timeZone: SAMPLE_COLLECTOR_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
function fnCellText(v: FnCell | undefined): string {
  if (v === undefined || v === '') return '';
  if (isFnError(v)) return fnErrorText(v);
  if (v instanceof Date) return collectorTime.format(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  return String(v);
}
function money(v: Cell): string {
  return typeof v === 'number' ? v.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : v === null ? '' : String(v);
}

const agingTable = h('table', { class: 'pv-grid', 'aria-label': 'Aging sheet with computed columns' });
const logTable = h('table', { class: 'pv-grid', 'aria-label': 'Call Log sheet' });
const computeNote = h('p', { class: 'pv-note' });

function renderAging(): void {
  const args = [book.aging, book.callLog, book.settings, now().toISOString()];
  const started = performance.now();
  const columns = COMPUTED.map((name) => runFunction(name, args, { dates: 'date', now: now(), hostTimeZone: SAMPLE_COLLECTOR_ZONE }));
  computeNote.textContent = `Computed columns recalculated in ${Math.round(performance.now() - started)} ms by runFunction, the layer behind =AR.RISKCLASS, =AR.ESCALATION, =AR.CALLPRIORITY and =AR.NEXTCALL.`;
  const selected = port.selectedRow();
  const header = book.aging[0] ?? [];
  const headerCells = [...header.map((c) => String(c ?? '')), ...columns.map((col, i) => (Array.isArray(col) ? fnCellText(col[0]?.[0]) : COMPUTED[i]!))];
  const body = book.aging.slice(1).map((r, i) => {
    const sheetRow = i + 2;
    const cells = r.map((c, j) => {
      const name = String(header[j] ?? '').toLowerCase();
      if (AGING_DATES.has(name)) return h('td', { class: 'pv-date' }, serialDay(c));
      if (typeof c === 'number') return h('td', { class: 'num' }, money(c));
      return h('td', {}, c === null ? '' : String(c));
    });
    const computed = columns.map((col) => {
      if (!Array.isArray(col)) return h('td', { class: 'pv-fn pv-error' }, fnCellText(col));
      const text = fnCellText(col[i + 1]?.[0]);
      return h('td', { class: 'pv-fn', title: text }, text);
    });
    const select = h('button', { type: 'button', class: 'pv-pick', 'aria-label': `Select row ${sheetRow}: ${String(r[0] ?? '')}`, onclick: () => port.selectRow(sheetRow) }, String(sheetRow));
    // Computed columns shown next to the customer, where a newcomer sees them without scrolling.
    return h('tr', sheetRow === selected ? { class: 'pv-selected', 'aria-current': 'true' } : {}, h('th', { scope: 'row' }, select), cells[0], computed, cells.slice(1));
  });
  fill(agingTable,
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), [headerCells[0]!, ...headerCells.slice(header.length), ...headerCells.slice(1, header.length)].map((t, i) => h('th', { scope: 'col', class: i >= 1 && i <= COMPUTED.length ? 'pv-fn' : '' }, t)))),
    h('tbody', {}, body));
}

function renderLog(): void {
  const header = book.callLog[0] ?? [];
  const keys = CALL_LOG_COLUMNS.map((c) => c.key as string);
  fill(logTable,
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), header.map((c) => h('th', { scope: 'col' }, String(c ?? ''))))),
    h('tbody', {}, book.callLog.slice(1).map((r, i) => h('tr', { 'data-row': String(i + 2) },
      h('th', { scope: 'row' }, String(i + 2)),
      r.map((c, j) => {
        const key = keys[j] ?? '';
        if (LOG_DATETIME_KEYS.has(key)) return h('td', { class: 'pv-date' }, serialDateTime(c));
        if (LOG_DATE_KEYS.has(key)) return h('td', { class: 'pv-date' }, serialDay(c));
        if (typeof c === 'number') return h('td', { class: 'num' }, money(c));
        return h('td', {}, c === null ? '' : String(c));
      })))));
}

// The Dashboard sheet's charts, drawn from the same plan summary =AGINGSUMMARY spills.
const dashboardWrap = h('div', { class: 'pv-scroll pv-dash', tabindex: '0', role: 'region', 'aria-label': 'Dashboard sheet, scrollable' });
function renderDashboard(): void {
  const plan = planCalls({ aging: book.aging, callLog: book.callLog, settings: book.settings, asOf: now(), hostTimeZone: SAMPLE_COLLECTOR_ZONE, hostLocale: seed.hostLocale ?? navigator.language });
  fill(dashboardWrap, summaryCharts(plan.summary, plan.language));
}

const sidebarRoot = h('div', { class: 'pv-sidebar-root' });
const logWrap = h('div', { class: 'pv-scroll pv-log', tabindex: '0', role: 'region', 'aria-label': 'Call Log sheet, scrollable' }, logTable);
const page = h('div', { class: 'pv-page' },
  h('header', { class: 'pv-intro' },
    h('h1', {}, 'AR CallDesk — preview'),
    h('p', {}, `A sample workbook of a small London firm, as of ${collectorTime.format(now())} (${SAMPLE_COLLECTOR_ZONE}). `,
      'Left: the Aging sheet (40 debtors, invoices typed by hand, Excel dates) with four computed columns, and the Call Log sheet. ',
      'Right: the call desk sidebar, the same one that runs in Excel’s task pane and the Google Sheets sidebar.'),
    h('p', {}, 'Try it: pick a row number to select a debtor, read the script for its stage, type an excuse such as “cheque”, “支票” or “czek”, then log a call. ',
      'A new Call Log row appears and every computed column and the queue are recalculated. Nothing leaves this page.')),
  h('div', { class: 'pv-layout' },
    h('main', { class: 'pv-sheets' },
      h('h2', {}, 'Aging'),
      computeNote,
      h('div', { class: 'pv-scroll pv-aging', tabindex: '0', role: 'region', 'aria-label': 'Aging sheet, scrollable' }, agingTable),
      h('h2', {}, 'Dashboard'),
      dashboardWrap,
      h('h2', {}, 'Call Log'),
      logWrap),
    h('aside', { class: 'pv-pane', 'aria-label': 'Call desk' }, sidebarRoot)));
document.body.replaceChildren(page);

let logRows = book.callLog.length;
port.onChange(() => {
  renderAging();
  renderDashboard();
  renderLog();
  if (book.callLog.length !== logRows) {
    logRows = book.callLog.length;
    const last = logTable.querySelector('tbody tr:last-child');
    last?.classList.add('pv-new');
    logWrap.scrollTop = logWrap.scrollHeight;
  }
});
renderAging();
renderDashboard();
renderLog();
mountCallDesk(sidebarRoot, port, { now, collector: 'Alex' });
