import type { WorkCalendar } from '../calendar/working-days';
import { allowedIntervals, violationsAt } from '../schedule/rules';
import type { Settings } from '../settings/schema';
import { localStamp } from '../time/zone';
import { callingDay } from './calling-day';
import { agendaCollectors, ownerIndex } from './collectors';
import { slotQuality, type SlotKind } from './slot-quality';
import type { AgendaDebtor } from './types';

export interface AgendaInput {
  readonly asOf: Date;
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  /** The debtors worth a call today (priority above zero, callable): any order. */
  readonly debtors: readonly AgendaDebtor[];
}

/** A time of the day one debtor may be called, and how good it is for them. */
export interface SlotOption {
  /** Index into `starts`. */
  readonly time: number;
  readonly quality: number;
  readonly kind: SlotKind;
}

export interface Candidate {
  readonly debtor: AgendaDebtor;
  /** The collectors who may make the call: the owner alone, or everyone. */
  readonly collectors: readonly number[];
  readonly options: readonly SlotOption[];
}

/** What both the optimiser and the greedy reference place calls from. */
export interface AgendaProblem {
  readonly collectors: readonly string[];
  readonly starts: readonly number[];
  readonly capacity: number;
  readonly candidates: readonly Candidate[];
}

const MS_MIN = 60_000;

/**
 * How many of the most valuable callable debtors, per owner and among the shared ones, are
 * offered to the optimiser for each call the day can hold. A book has thousands of debtors and a
 * day holds a few dozen calls; three contenders for every call leave the optimiser room to move
 * calls between times and collectors while the day still plans in milliseconds (on the benchmark
 * book two, three and four contenders a call give the same total).
 */
const POOL_PER_CALL = 3;

/**
 * Every lawful time of the calling day for each debtor: a slot is offered only when the rule
 * function of the slot search finds nothing wrong with it (legal hours, both working days, lunch,
 * holidays, caps, quiet days, consumer requests) and it honours the debtor's wishes (not before a
 * requested call-back, not before the morning after a promise date).
 */
export function agendaProblem(input: AgendaInput): AgendaProblem | null {
  const { settings } = input;
  const day = callingDay(input.asOf, settings, input.calendar);
  if (!day) return null;
  const collectors = agendaCollectors(settings);
  const capacity = settings.dailyCapacity;
  const length = settings.callMinutes * MS_MIN;
  const everyone = collectors.map((_, i) => i);
  const ranked = [...input.debtors].sort((a, b) => b.priority - a.priority || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));

  const taken = new Array<number>(collectors.length + 1).fill(0);
  const limitOwned = POOL_PER_CALL * capacity;
  const limitShared = POOL_PER_CALL * capacity * collectors.length;
  const candidates: Candidate[] = [];
  for (const debtor of ranked) {
    const owner = ownerIndex(debtor.owner, collectors, settings, null);
    const bucket = owner < 0 ? collectors.length : owner;
    if (taken[bucket]! >= (owner < 0 ? limitShared : limitOwned)) continue;
    const options = lawfulOptions(debtor, day.starts, length);
    if (!options.length) continue;
    taken[bucket]!++;
    candidates.push({ debtor, collectors: owner < 0 ? everyone : [owner], options });
  }
  return { collectors, starts: day.starts, capacity, candidates };
}

function lawfulOptions(debtor: AgendaDebtor, starts: readonly number[], length: number): SlotOption[] {
  const ctx = debtor.rules;
  const dayStart = allowedIntervals(ctx)[0]?.start;
  if (dayStart === undefined) return [];
  const zone = ctx.debtor.timeZone;
  const callbackMs = debtor.intent.callbackAt?.getTime() ?? -Infinity;
  const notBeforeDay = debtor.intent.notBeforeDay;
  const out: SlotOption[] = [];
  for (let time = 0; time < starts.length; time++) {
    const startMs = starts[time]!;
    if (startMs < callbackMs) continue;
    if (notBeforeDay !== null && Math.floor(localStamp(startMs, zone) / 1440) < notBeforeDay) continue;
    if (violationsAt(startMs, startMs + length, ctx).length) continue;
    const { quality, kind } = slotQuality(startMs, debtor, dayStart);
    out.push({ time, quality, kind });
  }
  return out;
}
