/**
 * What the two hosts' log-fault properties share: the book, the call logs a firm may already keep,
 * the calls collectors type, and the command that presses "Log call". Each host's property adds
 * its own faults and its own way of reading the log back.
 */
import fc from 'fast-check';
import type { CallLogEntry } from '../../core/calllog/entry';
import { callLogHeaders } from '../../core/calllog/schema';
import type { Cell } from '../../core/model/cell';
import type { CallDeskPort } from '../../core/ui/port';
import type { Submissions } from '../../core/ui/sidebar/submissions';
import { submitLikeTheDesk, type Submitted } from './log-invariants';

export const NOW = new Date('2026-11-23T10:00:00Z');

export const AGING: Cell[][] = [
  ['Customer', 'Invoice', 'Due date', 'Open balance'],
  ['Acme Ltd', 'INV-1', 46300, 4000],
  ["'t Hoekje BV", 'INV-2', 46310, 2500],
  ['Kowalski Sp. z o.o.', 'INV-3', 46320, 900],
];

const HAND_HEADERS = ['Time', 'Customer', 'Outcome', 'Notes'];
export const FULL = [...callLogHeaders('en'), 'Request id'];
export const uuid = (n: number) => `0000000${n}-1111-4222-8333-444444444444`.slice(-36);

/** Call logs a firm may already have; the last two refuse every call until the user fixes them. */
export const LOGS: Readonly<Record<string, Cell[][] | null>> = {
  none: null,
  'title rows, header on row 12, four columns, a stray note far below': (() => {
    const rows: Cell[][] = [['Call record 2026'], ['Kept by Kim'], ...Array.from({ length: 9 }, () => [] as Cell[]), HAND_HEADERS, [46340.4, 'Acme Ltd', 'no answer', 'first try']];
    rows[30] = ['', '', '', 'remember: ask for the controller'];
    return rows;
  })(),
  'full headers, id header deleted': [FULL.map((h) => (h === 'Request id' ? '' : h)), [46340.4, 'Acme Ltd', 'Kim', 'voicemail', '', '', '', '', '', '', '', '', '', uuid(1)]],
  'a total line at the bottom': [HAND_HEADERS, [46340.4, 'Acme Ltd', 'paid', 'sent 100'], ['Total', '', '', 100]],
  'id header typed over': [FULL.map((h) => (h === 'Request id' ? 'Ref' : h)), [46340.4, 'Acme Ltd', 'Kim', 'voicemail', '', '', '', '', '', '', '', '', '', uuid(2)]],
};
export const REFUSES_ALL: readonly string[] = ['a total line at the bottom', 'id header typed over'];

export const call = fc.record({
  customer: fc.constantFrom('Acme Ltd', "'t Hoekje BV", 'Kowalski Sp. z o.o.', 'Nobody Ltd'),
  notes: fc.constantFrom('', 'left a message', '=SUM(A1:A9)', "'quoted", '-10% discount asked', '3/4'),
  promise: fc.option(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(100, 850.5) }, { weight: 1, arbitrary: fc.constantFrom(1e300, 9000) }), { nil: null }),
  year: fc.oneof({ weight: 8, arbitrary: fc.constant(2026) }, { weight: 1, arbitrary: fc.constantFrom(1, 9999) }),
});
export type CallSpec = typeof call extends fc.Arbitrary<infer T> ? T : never;

export function entryOf(spec: CallSpec, collector: string, n: number): CallLogEntry {
  return {
    time: `${String(spec.year).padStart(4, '0')}-11-23T09:${String(10 + (n % 50)).padStart(2, '0')}:00Z`,
    customer: spec.customer,
    collector,
    outcome: spec.promise === null ? 'no answer' : 'promise to pay',
    promisedAmount: spec.promise,
    promisedDate: spec.promise === null ? null : '2026-11-27',
    callbackAt: null,
    excuse: '',
    consequence: '',
    consequenceDate: null,
    balanceAtCall: null,
    notes: spec.notes,
    instalments: null,
  };
}

/** What "Log call" needs of a property's world: the calls so far and each collector's desk. */
export interface DeskWorld {
  readonly calls: Submitted[];
  readonly running: Promise<void>[];
  readonly desks: Map<string, { port: CallDeskPort; submissions: Submissions; chain: Promise<void> }>;
}

/** A collector presses "Log call". She works one call at a time; the other collector does not wait for her. */
export class Press<W extends DeskWorld> implements fc.AsyncCommand<object, W> {
  constructor(
    readonly collector: 'Alex' | 'Kim',
    readonly spec: CallSpec,
  ) {}
  check = () => true;
  async run(_m: object, w: W): Promise<void> {
    const desk = w.desks.get(this.collector)!;
    const submitted: Submitted = { collector: this.collector, entry: entryOf(this.spec, this.collector, w.calls.length), requestId: null, told: [] };
    w.calls.push(submitted);
    desk.chain = desk.chain.then(() => submitLikeTheDesk(desk.port, desk.submissions, submitted));
    w.running.push(desk.chain);
  }
  toString = () => `Press(${this.collector}, ${JSON.stringify(this.spec)})`;
}

/** Either collector pressing "Log call" on a call of the generator's. */
export const press = <W extends DeskWorld>() => fc.tuple(fc.constantFrom('Alex' as const, 'Kim' as const), call).map(([who, spec]) => new Press<W>(who, spec));
