import { formatMoney, say } from '../i18n/texts';
import { isoWeekday } from '../model/day';
import { WEEKDAYS } from '../plan/messages';
import { formatWall, wallTimeOf } from '../time/zone';
import { agendaProblem, type AgendaInput, type AgendaProblem } from './candidates';
import { maxValueAssignment } from './max-value-assignment';
import { AGENDA_MESSAGES, SLOT_KINDS } from './messages';
import type { AgendaCall } from './types';

/** A placement: for each candidate, the collector and time index of its call, or null. */
type Placement = readonly ({ readonly collector: number; readonly time: number; readonly option: number } | null)[];

/**
 * The day's agenda: each collector's calls at distinct, non-overlapping times, every one lawful
 * for its debtor, placed so that the expected money of the day (priority × slot quality, summed)
 * is the largest any placement can reach, within each collector's daily capacity. Owned accounts
 * go to their owner; the others are shared out wherever they are worth most. Pure and
 * deterministic: the same input gives the same agenda.
 *
 * @example
 * planAgenda({ asOf, settings: { …, collectors: ['Ann', 'Piotr'] }, calendar, debtors })
 * // → [{ collector: 'Ann', customer: 'Wang Ltd', start: 08:00Z, debtorLocal: '2026-11-24 16:00 (Tue)', … }, …]
 */
export function planAgenda(input: AgendaInput): AgendaCall[] {
  const problem = agendaProblem(input);
  return problem ? agendaCalls(problem, optimalPlacement(problem), input) : [];
}

/**
 * The reference the optimiser is measured against: debtors in priority order, each taking the
 * best slot still free with a collector who has room. It can spend a flexible debtor's call on
 * the only hour a distant debtor can be reached.
 */
export function greedyAgenda(input: AgendaInput): AgendaCall[] {
  const problem = agendaProblem(input);
  return problem ? agendaCalls(problem, greedyPlacement(problem), input) : [];
}

function optimalPlacement(problem: AgendaProblem): Placement {
  const times = problem.starts.length;
  const collectors = problem.collectors.length;
  const slotGroup: number[] = [];
  for (let k = 0; k < collectors; k++) for (let t = 0; t < times; t++) slotGroup.push(k);
  // One target per collector and time for owned accounts, one per time (any collector) for shared ones.
  const targets: number[][] = [];
  const targetOf = new Map<number, number>();
  const target = (k: number, t: number): number => {
    const key = k * times + t;
    let id = targetOf.get(key);
    if (id === undefined) {
      targetOf.set(key, (id = targets.length));
      targets.push(k < collectors ? [key] : problem.collectors.map((_, c) => c * times + t));
    }
    return id;
  };
  const options = problem.candidates.map((c) => {
    const k = c.collectors.length === 1 ? c.collectors[0]! : collectors;
    return c.options.map((o) => ({ target: target(k, o.time), value: c.debtor.priority * o.quality }));
  });
  const { slotOfCall } = maxValueAssignment({ slotGroup, groupCapacity: problem.collectors.map(() => problem.capacity), targets, options });
  return problem.candidates.map((c, i) => {
    const slot = slotOfCall[i]!;
    if (slot < 0) return null;
    const time = slot % times;
    return { collector: Math.floor(slot / times), time, option: c.options.findIndex((o) => o.time === time) };
  });
}

function greedyPlacement(problem: AgendaProblem): Placement {
  const times = problem.starts.length;
  const busy = new Uint8Array(problem.collectors.length * times);
  const load = new Array<number>(problem.collectors.length).fill(0);
  // Candidates come ranked by priority already.
  return problem.candidates.map((c) => {
    let best: { collector: number; time: number; option: number; quality: number } | null = null;
    for (const k of c.collectors) {
      if (load[k]! >= problem.capacity) continue;
      c.options.forEach((o, option) => {
        if (busy[k * times + o.time]) return;
        if (!best || o.quality > best.quality) best = { collector: k, time: o.time, option, quality: o.quality };
      });
    }
    if (!best) return null;
    const b: { collector: number; time: number; option: number } = best;
    busy[b.collector * times + b.time] = 1;
    load[b.collector]!++;
    return b;
  });
}

function agendaCalls(problem: AgendaProblem, placement: Placement, input: AgendaInput): AgendaCall[] {
  const { settings } = input;
  const language = settings.language;
  const length = settings.callMinutes * 60_000;
  const calls: (AgendaCall & { readonly order: number })[] = [];
  placement.forEach((p, i) => {
    if (!p) return;
    const { debtor } = problem.candidates[i]!;
    const option = problem.candidates[i]!.options[p.option]!;
    const start = new Date(problem.starts[p.time]!);
    const zone = debtor.rules.debtor.timeZone;
    const debtorWall = wallTimeOf(start, zone);
    const debtorLocal = `${formatWall(debtorWall)} (${say(WEEKDAYS[isoWeekday(debtorWall.day) - 1]!, 'en').slice(0, 3)})`;
    const collectorLocal = formatWall(wallTimeOf(start, settings.collectorTimeZone));
    const value = debtor.priority * option.quality;
    calls.push({
      order: p.collector,
      collector: problem.collectors[p.collector]!,
      customer: debtor.customer,
      start,
      end: new Date(start.getTime() + length),
      debtorLocal,
      collectorLocal,
      priority: debtor.priority,
      quality: option.quality,
      value,
      kind: option.kind,
      why: say(AGENDA_MESSAGES.why, language, {
        collector: collectorLocal.slice(11),
        debtor: formatWall(debtorWall).slice(11),
        zone,
        kind: say(SLOT_KINDS[option.kind], language),
        value: formatMoney(value, language, debtor.currency),
        priority: formatMoney(debtor.priority, language, debtor.currency),
        quality: option.quality.toFixed(2),
      }),
    });
  });
  calls.sort((a, b) => a.order - b.order || a.start.getTime() - b.start.getTime());
  return calls.map(({ order: _order, ...call }) => call);
}
