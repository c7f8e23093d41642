/**
 * Loads the built Code.js the way Apps Script does: one plain script (no modules) evaluated in a
 * fresh global scope per execution, next to the service globals. Top-level function declarations
 * become the project's callable functions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { services, type ExecutionMode, type Realm, type SpreadsheetState } from './fake-apps-script';

/** Where the built project is; set by useBuiltAddOn. */
let projectDir = 'dist/sheets';
export function setProjectDir(dir: string): void {
  projectDir = dir;
  cached = null;
}
export function projectDirectory(): string {
  return projectDir;
}
export const SERVICE_NAMES = ['SpreadsheetApp', 'HtmlService', 'LockService', 'Session', 'Utilities', 'PropertiesService', 'Logger'];

let cached: { source: string; script: vm.Script } | null = null;
export function codeSource(): string {
  return compiled().source;
}
function compiled(): { source: string; script: vm.Script } {
  if (!cached) {
    const source = readFileSync(join(projectDir, 'Code.js'), 'utf8');
    cached = { source, script: new vm.Script(source, { filename: 'Code.js' }) };
  }
  return cached;
}

export interface Execution {
  readonly id: string;
  readonly context: vm.Context;
  readonly realm: Realm;
  /** Calls a top-level function by name, as a trigger, a menu item or google.script.run does. */
  call(name: string, ...args: unknown[]): unknown;
  /** Turns test values into this execution's own (arrays, dates), as Sheets hands them over. */
  toRealm(value: unknown): unknown;
}

let executions = 0;

/**
 * A clock for the execution: `new Date()` and `Date.now()` give `now`, every other use of Date
 * is untouched. Lets a test say when the collector presses a button.
 */
const FIXED_CLOCK = `(function (now) {
  var RealDate = Date;
  function ClockDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return new RealDate(now).toString();
    return args.length === 0 ? new RealDate(now) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function () { return now; };
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  Object.defineProperty(globalThis, 'Date', { value: ClockDate, writable: true, configurable: true, enumerable: false });
})`;

export function startExecution(state: SpreadsheetState, mode: ExecutionMode = 'full', options: { now?: Date } = {}): Execution {
  const id = `execution-${++executions}`;
  let loading = true;
  const context = vm.createContext({});
  if (options.now) (vm.runInContext(FIXED_CLOCK, context) as (ms: number) => void)(options.now.getTime());
  const realm = vm.runInContext('({ Array: Array, Date: Date })', context) as Realm;
  const globals = services(state, realm, id, mode, () => loading, projectDir);
  for (const [name, value] of Object.entries(globals)) context[name] = value;
  compiled().script.runInContext(context);
  loading = false;
  const toRealm = (value: unknown): unknown => {
    if (Array.isArray(value)) return realm.Array.from(value, toRealm);
    if (Object.prototype.toString.call(value) === '[object Date]') return new realm.Date((value as Date).getTime());
    return value;
  };
  return {
    id,
    context,
    realm,
    toRealm,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}.`);
      return (fn as (...a: unknown[]) => unknown)(...args.map(toRealm));
    },
  };
}

/** Names Code.js adds to the global scope (what Apps Script lists as the project's functions and globals). */
export function topLevelNames(execution: Execution): string[] {
  return Object.keys(execution.context).filter((n) => !SERVICE_NAMES.includes(n));
}

/**
 * An execution whose vm context is kept for many calls, over whichever spreadsheet `current()`
 * returns: loading Code.js takes a quarter of a second, too slow for thousands of fault-injection
 * schedules. Apps Script gives every call a fresh global scope; reusing one is faithful only
 * because the add-on keeps nothing between calls (bundle.test checks that loading Code.js touches
 * no service). Each call ends as an execution ends: a document lock it still holds is released
 * (Lock.releaseLock: a lock still held is released automatically when the script ends,
 * https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */
export function reusableExecution(current: () => SpreadsheetState, options: { now?: Date } = {}): Execution {
  const state = new Proxy({} as SpreadsheetState, {
    get: (_, key) => (current() as unknown as Record<string | symbol, unknown>)[key],
    set: (_, key, value) => {
      (current() as unknown as Record<string | symbol, unknown>)[key] = value;
      return true;
    },
  });
  const execution = startExecution(state, 'full', options);
  return {
    ...execution,
    call(name, ...args) {
      try {
        return execution.call(name, ...args);
      } finally {
        if (current().lockHolder === execution.id) current().lockHolder = null;
      }
    },
  };
}
