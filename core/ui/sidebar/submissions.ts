import type { CallLogEntry } from '../../calllog/entry';
import type { LogOptions, LogResult } from '../port';

/** One send of a call to the host: the same request id and first time on every retry. */
export interface Attempt {
  readonly customer: string;
  readonly requestId: string;
  readonly entry: CallLogEntry;
  readonly options: LogOptions | undefined;
}

/** What the desk tells the collector after an attempt; the only four things it can say. */
export type Told =
  /** The call is in the log, once, at `row`. `duplicate`: it was already there; `edited`: edits since the first send are not in it. */
  | { readonly kind: 'logged'; readonly row: number; readonly duplicate: boolean; readonly edited: boolean }
  /** Nothing was written (the host said so); the next send is a new call. */
  | { readonly kind: 'not-logged'; readonly message: string }
  /** Nothing was written; the next send, with the same id, confirms. */
  | { readonly kind: 'confirm'; readonly message: string }
  /** No definite answer: the next send uses the same id, so the call is written at most once. */
  | { readonly kind: 'unsure'; readonly message: string };

interface Open {
  readonly requestId: string;
  readonly time: string;
  readonly content: string;
  readonly state: 'unsure' | 'confirm';
  /** An earlier send got no answer, so it may have been written: a later refusal cannot mean "not logged". */
  readonly mayBeWritten: boolean;
}

/** What the form held, without the moment it was sent: tells an edited retry from one that was not. */
function contentOf(entry: CallLogEntry): string {
  return JSON.stringify({ ...entry, time: '' });
}

/**
 * The desk's rule for request ids, kept apart from the page so the fault-injection tests drive
 * exactly what the sidebar runs. Per customer (a debtor's form has at most one call in flight): a
 * request id and the call's first time are kept from the first send until the host gives a
 * definite answer (`written`, `duplicate`, `refused`), through edits, retries and switching
 * debtors, so one call is never logged under two ids. `confirm` keeps them too: the confirmed
 * send is the same call. A refusal is "not logged" only while no earlier send of the call went
 * unanswered: the host refuses the send in hand (the lock is busy, the edited form is invalid),
 * and cannot vouch for one whose answer was lost.
 */
export class Submissions {
  private readonly open = new Map<string, Open>();

  constructor(private readonly newRequestId: () => string) {}

  /** 'unsure' or 'confirm' while a customer's call waits for a definite answer, else null. */
  state(customer: string): 'unsure' | 'confirm' | null {
    return this.open.get(customer)?.state ?? null;
  }

  /** The send for a call the form now holds: a retry of the open one, or a new call. */
  begin(customer: string, entry: CallLogEntry): Attempt {
    const open = this.open.get(customer);
    const requestId = open?.requestId ?? this.newRequestId();
    const sent = open ? { ...entry, time: open.time } : entry;
    this.open.set(customer, { requestId, time: sent.time, content: open?.content ?? contentOf(sent), state: 'unsure', mayBeWritten: open?.mayBeWritten ?? false });
    return { customer, requestId, entry: sent, options: open?.state === 'confirm' ? { customerConfirmed: true } : undefined };
  }

  /** What the host's answer means for the collector; `error` when the send failed without one. */
  settle(attempt: Attempt, answer: { readonly result: LogResult } | { readonly error: string }): Told {
    const open = this.open.get(attempt.customer);
    if ('error' in answer) {
      if (open) this.open.set(attempt.customer, { ...open, mayBeWritten: true });
      return { kind: 'unsure', message: answer.error };
    }
    const result = answer.result;
    // The host refused this send (busy, invalid as edited): an earlier one may still have landed.
    if (result.status === 'refused' && open?.mayBeWritten) return { kind: 'unsure', message: result.message };
    if (result.status === 'confirm') {
      if (open) this.open.set(attempt.customer, { ...open, state: 'confirm' });
      return { kind: 'confirm', message: result.message };
    }
    this.open.delete(attempt.customer);
    if (result.status === 'refused') return { kind: 'not-logged', message: result.message };
    const edited = result.status === 'duplicate' && open !== undefined && contentOf(attempt.entry) !== open.content;
    return { kind: 'logged', row: result.row, duplicate: result.status === 'duplicate', edited };
  }
}
