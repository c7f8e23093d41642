import type { CallLogEntry } from '../../core/calllog/entry';
import { firstRowOf, type DeskContext } from '../../core/desk/context';
import type { Language } from '../../core/model/cell';
import type { CallDeskPort, ContextRequest, LogResult } from '../../core/ui/port';

/** The part of `google.script.run` the port uses: a fresh runner per call, handlers, then the server function. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

export interface ScriptRunPortOptions {
  /** Returns `google.script.run`; a getter, because each call needs a fresh runner. */
  readonly run: () => ScriptRunner;
  readonly hostLanguage?: Language;
  /** How often to ask Sheets where the selection is (a sidebar gets no selection events). */
  readonly selectionPollMs: number;
  readonly isVisible: () => boolean;
  readonly every: (ms: number, tick: () => void) => () => void;
}

/** google.script.run allows ten calls at once; the desk never needs more than a few. */
const MAX_IN_FLIGHT = 4;

/** Apps Script prefixes some server messages; the collector should read only the sentence. */
function cleanMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : String((error as { message?: unknown })?.message ?? error);
  return text.replace(/^(Exception|Error):\s*/, '');
}

/**
 * The call desk's port in the Sheets sidebar: each method calls the server function of the same
 * job in Code.js through google.script.run. Arguments and answers are JSON-safe (ISO strings for
 * dates), as google.script.run cannot carry Date objects.
 */
export function createScriptRunPort(options: ScriptRunPortOptions): CallDeskPort {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  let lastContext: DeskContext | null = null;
  let selection: string | null | undefined;

  const call = <T>(name: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        inFlight++;
        const done = () => {
          inFlight--;
          waiting.shift()?.();
        };
        const runner = options
          .run()
          .withSuccessHandler((value) => {
            done();
            resolve(value as T);
          })
          .withFailureHandler((error) => {
            done();
            reject(new Error(cleanMessage(error)));
          });
        (runner[name] as (...a: unknown[]) => void)(...args);
      };
      if (inFlight < MAX_IN_FLIGHT) start();
      else waiting.push(start);
    });

  return {
    hostLanguage: options.hostLanguage,
    async getContext(request?: ContextRequest) {
      lastContext = await call<DeskContext>('getDeskContext', request?.language ?? null, request?.customer ?? null);
      return lastContext;
    },
    logCall(entry: CallLogEntry, requestId: string) {
      return call<LogResult>('logCall', entry, requestId);
    },
    async selectCustomer(customer: string) {
      const row = firstRowOf(lastContext, customer);
      if (row === undefined) return;
      // The desk moved the selection itself: remember where, so the next poll does not reload for it.
      selection = await call<string | null>('selectAgingRow', row);
    },
    onSelectionChange(listener: () => void) {
      let asking = false;
      return options.every(options.selectionPollMs, () => {
        if (asking || !options.isVisible()) return;
        asking = true;
        call<string | null>('getSelectionKey')
          .then((key) => {
            const changed = selection !== undefined && key !== selection;
            selection = key;
            if (changed && key !== null) listener();
          })
          .catch(() => undefined)
          .finally(() => {
            asking = false;
          });
      });
    },
  };
}
