import { isFnError, fnErrorText } from '../../functions/errors';
import type { FnResult } from '../../functions/run';
import { fill, h } from '../sidebar/dom';

/** Pixels per minute of the collector's day: a 10-minute call is a readable 20 px block. */
const PX_PER_MINUTE = 2;

export interface TimelineOptions {
  /** The collectors, in the Settings order: one lane each, even when a lane is empty. */
  readonly collectors: readonly string[];
  /** Collector-local calling hours, minutes after midnight: the axis. */
  readonly hours: { readonly start: number; readonly end: number };
  readonly callMinutes: number;
  /** Collector-local minutes after midnight of an instant. */
  readonly minutesOf: (instant: Date) => number;
  readonly onPick: (customer: string) => void;
}

/**
 * Draws =CALLAGENDA's table as a timeline: one lane per collector on the collector's clock, a
 * block per call at its time, the debtor's own local time inside it. The table comes from the
 * function layer untouched; this only lays it out.
 */
export function renderAgendaTimeline(container: HTMLElement, table: FnResult, options: TimelineOptions): void {
  if (isFnError(table)) {
    fill(container, h('p', { class: 'pv-error' }, fnErrorText(table)));
    return;
  }
  const { start, end } = options.hours;
  const height = (end - start) * PX_PER_MINUTE;
  const rows = table.slice(1);
  const axis = h('div', { class: 'pv-tl-axis', style: `height:${height}px` },
    Array.from({ length: Math.floor((end - start) / 60) + 1 }, (_, i) => {
      const m = Math.ceil(start / 60) * 60 + i * 60;
      if (m > end) return null;
      return h('span', { class: 'pv-tl-hour', style: `top:${(m - start) * PX_PER_MINUTE}px` }, `${String(m / 60).padStart(2, '0')}:00`);
    }));
  const lanes = options.collectors.map((collector) => {
    const calls = rows.filter((r) => r[1] === collector);
    const blocks = calls.map((r) => {
      const at = r[0];
      if (!(at instanceof Date)) return null;
      const minutes = options.minutesOf(at);
      const customer = String(r[2]);
      const label = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')} ${customer}`;
      return h('button', {
        type: 'button',
        class: 'pv-tl-call',
        style: `top:${(minutes - start) * PX_PER_MINUTE}px;height:${options.callMinutes * PX_PER_MINUTE - 1}px`,
        title: `${label} — ${String(r[4])}\n${String(r[7])}`,
        'data-customer': customer,
        onclick: () => options.onPick(customer),
      }, h('span', { class: 'pv-tl-time' }, label.slice(0, 5)), ` ${customer}`, h('span', { class: 'pv-tl-local' }, ` · ${String(r[4]).slice(11, 16)}`));
    });
    return h('section', { class: 'pv-tl-lane', 'aria-label': `${collector}: ${calls.length} calls` },
      h('h3', {}, `${collector} (${calls.length})`),
      h('div', { class: 'pv-tl-track', style: `height:${height}px` }, blocks));
  });
  fill(container, h('div', { class: 'pv-tl' }, h('div', { class: 'pv-tl-axis-wrap', 'aria-hidden': 'true' }, h('div', { class: 'pv-tl-corner' }, '\u00a0'), axis), lanes));
  // Open on the day's first call, not on the start of the calling hours: a morning already past
  // would otherwise greet the collector with an empty timeline.
  const first = Math.min(...rows.map((r) => (r[0] instanceof Date ? options.minutesOf(r[0]) : Infinity)));
  if (Number.isFinite(first)) container.scrollTop = Math.max(0, (first - start) * PX_PER_MINUTE - SCROLL_MARGIN_PX);
}

/** Room left above the first call when the timeline opens on it. */
const SCROLL_MARGIN_PX = 24;
