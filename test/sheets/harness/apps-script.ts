/**
 * Loads the built Code.js the way Apps Script does: one plain script (no modules) evaluated in a
 * fresh global scope per execution, next to the service globals. Top-level function declarations
 * become the project's callable functions.
 *
 * The script runs in its own time zone, the manifest's `timeZone`
 * (https://developers.google.com/apps-script/manifest: "The script time zone"), whatever the
 * spreadsheet's zone and whatever the zone of the machine running the tests: JavaScript's local
 * time (`new Date(y, m, d)`, `getHours()`, `toString()`) follows it during every execution, as the
 * custom-function guide warns (https://developers.google.com/apps-script/guides/sheets/functions#dates:
 * a script's zone may differ from its spreadsheet's).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { services, type ExecutionMode, type Realm, type SpreadsheetState } from './fake-apps-script';
import { wallMs } from './zone-clock';

/** Where the built project is; set by useBuiltAddOn. */
let projectDir = 'dist/sheets';
export function setProjectDir(dir: string): void {
  projectDir = dir;
  cached = null;
}
export function projectDirectory(): string {
  return projectDir;
}
export const SERVICE_NAMES = ['SpreadsheetApp', 'HtmlService', 'LockService', 'Session', 'ScriptApp', 'Utilities', 'PropertiesService', 'Logger'];

let cached: { source: string; script: vm.Script; timeZone: string } | null = null;
export function codeSource(): string {
  return compiled().source;
}
function compiled(): { source: string; script: vm.Script; timeZone: string } {
  if (!cached) {
    const source = readFileSync(join(projectDir, 'Code.js'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(projectDir, 'appsscript.json'), 'utf8')) as { timeZone?: string };
    if (!manifest.timeZone) throw new Error('appsscript.json names no timeZone.');
    cached = { source, script: new vm.Script(source, { filename: 'Code.js' }), timeZone: manifest.timeZone };
  }
  return cached;
}

/** The script's time zone, from the built appsscript.json. */
export function scriptTimeZone(): string {
  return compiled().timeZone;
}

/** Local time of `ms` in the process right now, as minutes east of UTC. */
const localOffset = (ms: number) => -new Date(ms).getTimezoneOffset();

/**
 * Runs `fn` with the process's local time zone set to `zone` (Node re-reads `TZ` when it is
 * assigned), then puts the previous zone back. Checks both, so a runtime that ignored the change
 * fails the test instead of running the script in the wrong zone.
 */
export function inProcessZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  const probe = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)];
  const outside = probe.map(localOffset);
  process.env.TZ = zone;
  try {
    const inside = probe.map(localOffset);
    const wanted = probe.map((ms) => Math.round((wallMs(ms, zone) - ms) / 60_000));
    if (inside.join() !== wanted.join()) throw new Error(`The harness could not run Code.js in ${zone}: local offsets ${inside.join()} instead of ${wanted.join()}.`);
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
    if (probe.map(localOffset).join() !== outside.join()) throw new Error('The harness could not restore the process time zone.');
  }
}

export interface Execution {
  readonly id: string;
  readonly context: vm.Context;
  readonly realm: Realm;
  /** Calls a top-level function by name, as a trigger, a menu item or google.script.run does. */
  call(name: string, ...args: unknown[]): unknown;
  /** Turns test values into this execution's own (arrays, dates), as Sheets hands them over. */
  toRealm(value: unknown): unknown;
  /** Evaluates an expression in the execution's global, in the script's zone (for tests of the runtime itself). */
  evaluate(expression: string): unknown;
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

/**
 * Intl time-zone data as an Apps Script runtime might carry it: Google does not say which ICU data
 * its V8 has. `stale` is data from before 2022: Mexico City still on daylight saving, Tehran too,
 * and no Europe/Kyiv (a RangeError, as for any zone the data lacks).
 */
const STALE_ZONE_DATA = `(function () {
  var Real = Intl.DateTimeFormat;
  var before2022 = { 'America/Mexico_City': 'America/Matamoros', 'Asia/Tehran': 'Asia/Kabul' };
  function Stale(locales, options) {
    if (options && options.timeZone) {
      if (options.timeZone === 'Europe/Kyiv') throw new RangeError('Invalid time zone specified: Europe/Kyiv');
      if (before2022[options.timeZone]) options = Object.assign({}, options, { timeZone: before2022[options.timeZone] });
    }
    return new Real(locales, options);
  }
  Stale.prototype = Real.prototype;
  Stale.supportedLocalesOf = Real.supportedLocalesOf;
  Intl.DateTimeFormat = Stale;
})();`;

export function startExecution(state: SpreadsheetState, mode: ExecutionMode = 'full', options: { now?: Date; zoneData?: 'current' | 'stale' } = {}): Execution {
  const id = `execution-${++executions}`;
  let loading = true;
  const { script, timeZone } = compiled();
  // Session.getScriptTimeZone() answers the manifest's zone.
  state.scriptTimeZone = timeZone;
  const context = vm.createContext({});
  if (options.now) (vm.runInContext(FIXED_CLOCK, context) as (ms: number) => void)(options.now.getTime());
  if (options.zoneData === 'stale') vm.runInContext(STALE_ZONE_DATA, context);
  const realm = vm.runInContext('({ Array: Array, Date: Date })', context) as Realm;
  const globals = services(state, realm, id, mode, () => loading, projectDir);
  for (const [name, value] of Object.entries(globals)) context[name] = value;
  inProcessZone(timeZone, () => script.runInContext(context));
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
      return inProcessZone(timeZone, () => (fn as (...a: unknown[]) => unknown)(...args.map(toRealm)));
    },
    evaluate(expression) {
      return inProcessZone(timeZone, () => vm.runInContext(expression, context));
    },
  };
}

/** Names Code.js adds to the global scope (what Apps Script lists as the project's functions and globals). */
export function topLevelNames(execution: Execution): string[] {
  return Object.keys(execution.context).filter((n) => !SERVICE_NAMES.includes(n));
}
