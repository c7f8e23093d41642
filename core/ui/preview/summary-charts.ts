import { formatMoney, say } from '../../i18n/texts';
import type { Language } from '../../model/cell';
import { SUMMARY_TEXTS as T } from '../../summary/texts';
import type { BookSummary } from '../../summary/types';
import { h, uid } from '../sidebar/dom';

/**
 * The Dashboard's three charts drawn as SVG from the plan's summary, for the preview page: the
 * same tables the workbook charts plot (balance by risk class, by days past due, promised cash
 * by week), as labelled horizontal bars so every label reads in full in any language. Each chart
 * is an image with a title and a text alternative that lists its values; no chart library.
 */
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 360;
const LABEL = 112; // room for the longest row name
const VALUE = 82; // room for the amount after the bar
const ROW = 22;
const TOP = 6;

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

interface Bar {
  readonly label: string;
  readonly value: number;
}

/** A bar per row from a zero line; credits (negative balances) run left of it. */
export function barChart(title: string, bars: readonly Bar[], language: Language, className: string): HTMLElement {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const money = (x: number) => formatMoney(x, language);
  const lo = Math.min(0, ...bars.map((b) => b.value));
  const hi = Math.max(0, ...bars.map((b) => b.value));
  const span = hi - lo || 1;
  const plot = WIDTH - LABEL - VALUE;
  const x = (v: number) => LABEL + ((v - lo) / span) * plot;
  const height = TOP * 2 + bars.length * ROW;
  const rows = bars.map((b, i) => {
    const y = TOP + i * ROW;
    const x0 = x(Math.min(0, b.value));
    const w = Math.abs(x(b.value) - x(0));
    return svg('g', { class: 'pv-bar-row' },
      svg('text', { x: LABEL - 6, y: y + ROW / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'pv-bar-label' }, b.label),
      svg('rect', { x: x0, y: y + 3, width: Math.max(w, b.value === 0 ? 0 : 1), height: ROW - 6, class: b.value < 0 ? 'pv-bar pv-bar-neg' : 'pv-bar' }),
      svg('text', { x: Math.max(x(b.value), x(0)) + 4, y: y + ROW / 2, 'dominant-baseline': 'middle', class: 'pv-bar-value' }, money(b.value)));
  });
  const desc = say(T.chartDesc, language, { list: bars.map((b) => `${b.label} ${money(b.value)}`).join('; ') });
  const image = svg('svg', { role: 'img', 'aria-labelledby': `${titleId} ${descId}`, viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, class: 'pv-chart-svg' },
    svg('title', { id: titleId }, title),
    svg('desc', { id: descId }, desc),
    svg('line', { x1: x(0), x2: x(0), y1: 0, y2: height, class: 'pv-axis' }),
    ...rows);
  return h('figure', { class: `pv-chart ${className}` }, h('figcaption', {}, title), image);
}

/** The three charts, the currency they are in, the other currencies left out, and the promises kept. */
export function summaryCharts(s: BookSummary, language: Language): HTMLElement {
  const t = (k: keyof typeof T, v: Record<string, string | number> = {}) => say(T[k], language, v);
  const judged = s.promises.kept + s.promises.broken;
  // Polish writes a decimal comma in percentages too.
  const pct = s.promiseKeptRate === null ? '' : `${(Math.round(s.promiseKeptRate * 1000) / 10).toFixed(1).replace('.', language === 'pl' ? ',' : '.')}%`;
  return h('section', { class: 'pv-dashboard', 'aria-label': t('dashboardTitle') },
    h('p', { class: 'pv-note' },
      s.currency ? t('amountsIn', { currency: s.currency }) : t('amountsUnstated'), ' ',
      judged ? t('keptLine', { kept: s.promises.kept, judged, pct, open: s.promises.open }) : t('noneJudged', { open: s.promises.open }), ' ',
      s.others.map((o) => t('otherCurrency', { currency: o.currency ?? t('noCurrency'), amount: formatMoney(o.balance, language), debtors: o.debtors })).join(' ')),
    h('div', { class: 'pv-charts' },
      barChart(t('chartRisk'), s.byRisk.map((r) => ({ label: r.label, value: r.balance })), language, 'pv-chart-risk'),
      barChart(t('chartAge'), s.byAge.map((r) => ({ label: r.label, value: r.balance })), language, 'pv-chart-age'),
      barChart(t('chartWeeks'), s.promisedByWeek.map((w) => ({ label: w.weekStart, value: w.amount })), language, 'pv-chart-weeks')));
}
