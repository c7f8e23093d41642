// How the holiday calendars go into a bundle (Code.js, functions.js). `date-holidays` ships every
// country with its states and regions, holiday names in up to forty languages, and
// moment-timezone with every zone's history: 1.1 MB of the 1.6 MB bundles. The planner asks for
// whole countries only (`new Holidays('PL')`, never a state) and reads each holiday's date and type,
// never its name or start instant. So the bundle gets:
//   - every country's own rules, without its states and regions (nothing reaches them without a
//     state argument) and without the country's name in other languages;
//   - each holiday name replaced by a short code, one per distinct text: the library drops a
//     holiday that repeats the name and start of another, so names must stay equal where they were
//     equal and different where they were different, but their words are never shown;
//   - public holidays only, with the few other days that could hide one (dropUnseenRules);
//   - core/calendar/zone-moment.ts in place of moment-timezone: the instants the calendars need, on
//     the same zone offsets the planner uses;
//   - of astronomia, the six modules the calendars import (its index pulls in every planet and moon);
//   - of chinese-days, which days are holidays and which are working days, without their names
//     (core/calendar/working-days.ts asks only whether a day is listed).
// test/core/holiday-bundle.test.ts checks that every public holiday of every country, its day and
// start, is the same as with the library as published, in years from 1996 to 2060.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ZONE_MOMENT = fileURLToPath(new URL('../../core/calendar/zone-moment.ts', import.meta.url));

/** The published data, through the package's own `date-holidays/data` entry point. */
export function publishedHolidayData() {
  return require('date-holidays/data').data;
}

/** Paths `[country, 'states', …]` some country's `_days` borrows from, which must therefore stay. */
function borrowedPaths(holidays) {
  const paths = new Set();
  for (const country of Object.values(holidays)) {
    if (country._days) paths.add([].concat(country._days).join('.'));
  }
  return paths;
}

/**
 * The languages a country's holidays are named in: its own `langs`, and those of every country
 * borrowing its days through `_days` (Guernsey takes Britain's). The library names a holiday in
 * the first of these languages its translations have; the others can never be chosen.
 */
function readersOf(holidays) {
  const readers = new Map(Object.entries(holidays).map(([id, c]) => [id, new Set(c.langs ?? [])]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, country] of Object.entries(holidays)) {
      for (const lender of country._days ? [[].concat(country._days)[0]] : []) {
        const target = readers.get(lender);
        if (!target) continue;
        for (const lang of readers.get(id)) if (!target.has(lang)) (target.add(lang), (grew = true));
      }
    }
  }
  return readers;
}

/** The data reduced to what `new Holidays(country).getHolidays(year)` reads, names as codes. */
export function slimHolidayData(data) {
  const codes = new Map();
  const code = (text) => {
    let c = codes.get(text);
    if (c === undefined) codes.set(text, (c = codes.size.toString(36)));
    return c;
  };
  const names = (translations, langs) =>
    Object.fromEntries(Object.entries(translations).filter(([lang]) => langs.has(lang)).map(([lang, text]) => [lang, code(String(text))]));
  const rules = (days, langs) =>
    Object.fromEntries(
      Object.entries(days).map(([rule, spec]) => {
        if (!spec || typeof spec !== 'object') return [rule, spec];
        const { name, note: _note, ...rest } = spec;
        if (name === undefined) return [rule, rest];
        return [rule, { ...rest, name: typeof name === 'object' ? names(name, langs) : code(String(name)) }];
      }),
    );
  const borrowed = borrowedPaths(data.holidays);
  const readers = readersOf(data.holidays);
  const everyLanguage = new Set([...readers.values()].flatMap((set) => [...set]));
  const holidays = {};
  for (const [id, country] of Object.entries(data.holidays)) {
    const { states, regions, names: _countryNames, coord: _coord, days, ...rest } = country;
    const langs = readers.get(id);
    const slim = { ...rest, names: {} };
    if (days) slim.days = rules(days, langs);
    for (const [kind, parts] of [['states', states], ['regions', regions]]) {
      if (!parts) continue;
      const kept = Object.entries(parts).filter(([part]) => borrowed.has(`${id}.${kind}.${part}`));
      if (kept.length > 0) slim[kind] = Object.fromEntries(kept.map(([part, spec]) => [part, { ...spec, days: spec.days ? rules(spec.days, everyLanguage) : undefined }]));
    }
    holidays[id] = slim;
  }
  // Shared names (`_name` references, the "substitute day" suffix) serve every country.
  const shared = Object.fromEntries(
    Object.entries(data.names).map(([key, entry]) => [key, entry && entry.name ? { ...entry, name: names(entry.name, everyLanguage) } : entry]),
  );
  dropUnseenRules(holidays, shared, readers);
  return { version: data.version, license: data.license, holidays, names: shared };
}

/**
 * Removes the rules the planner can never see: bank, school, optional and observance days (it reads
 * public holidays only), unless one could hide a public holiday. The library keeps one holiday per
 * name and start, an observance before a public day, so a rule stays when it shares a name (in any
 * language, or having none in the country's languages) with a public rule of its country or of a
 * country borrowing its days, or when a borrower restates it (a restated rule without a type
 * becomes public).
 */
function dropUnseenRules(holidays, shared, readers) {
  const borrowers = new Map();
  for (const [id, country] of Object.entries(holidays)) {
    if (!country._days) continue;
    const lender = [].concat(country._days)[0];
    borrowers.set(lender, [...(borrowers.get(lender) ?? []), id]);
  }
  const family = (id) => {
    const out = new Set([id]);
    for (const member of out) for (const b of borrowers.get(member) ?? []) out.add(b);
    return out;
  };
  const nameCodes = (spec, langs) => {
    const translations = { ...(spec._name && shared[spec._name]?.name), ...(typeof spec.name === 'object' ? spec.name : {}) };
    const codes = new Set(Object.values(translations));
    if (typeof spec.name === 'string') codes.add(spec.name);
    if (![...langs].some((lang) => translations[lang] !== undefined) && typeof spec.name !== 'string') codes.add('(unnamed)');
    return codes;
  };
  const isPublic = (spec) => !spec.type || spec.type === 'public';
  for (const [id, country] of Object.entries(holidays)) {
    if (!country.days) continue;
    const members = [...family(id)];
    const publicNames = new Set();
    const restated = new Set();
    for (const member of members) {
      const langs = readers.get(member);
      for (const m of members) {
        for (const [rule, spec] of Object.entries(holidays[m].days ?? {})) {
          if (!spec || typeof spec !== 'object' || !isPublic(spec)) continue;
          for (const code of nameCodes(spec, langs)) publicNames.add(code);
        }
      }
      if (member !== id) for (const rule of Object.keys(holidays[member].days ?? {})) restated.add(rule);
    }
    for (const [rule, spec] of Object.entries(country.days)) {
      if (!spec || typeof spec !== 'object' || isPublic(spec) || restated.has(rule)) continue;
      const hides = members.some((member) => [...nameCodes(spec, readers.get(member))].some((code) => publicNames.has(code)));
      if (!hides) delete country.days[rule];
    }
  }
}

/** The modules of astronomia that date-holidays-parser and date-chinese import by name. */
const ASTRONOMIA_USED = ['base', 'julian', 'moonphase', 'planetposition', 'solar', 'solstice'];

/** chinese-days' schedule as working-days.ts reads it: the listed days, each with a value. */
export function slimChineseSchedule(schedule) {
  const listed = (days) => Object.fromEntries(Object.keys(days).map((day) => [day, 1]));
  return { holidays: listed(schedule.holidays), workdays: listed(schedule.workdays) };
}

/** The esbuild plugin both builds use. */
export function holidayBundling() {
  return {
    name: 'holiday-data',
    setup(build) {
      build.onResolve({ filter: /^moment-timezone$/ }, () => ({ path: ZONE_MOMENT }));
      build.onResolve({ filter: /^astronomia$/ }, (args) => ({ path: 'astronomia-used', namespace: 'holiday-data', pluginData: { resolveDir: args.resolveDir } }));
      build.onLoad({ filter: /^astronomia-used$/, namespace: 'holiday-data' }, (args) => ({
        contents: ASTRONOMIA_USED.map((m) => `export * as ${m} from 'astronomia/${m}';`).join('\n'),
        resolveDir: args.pluginData.resolveDir,
        loader: 'js',
      }));
      build.onLoad({ filter: /chinese-days[\\/]dist[\\/]chinese-days\.json$/ }, (args) => ({
        contents: JSON.stringify(slimChineseSchedule(JSON.parse(readFileSync(args.path, 'utf8')))),
        loader: 'json',
      }));
      build.onLoad({ filter: /date-holidays[\\/]src[\\/]data\.js$/ }, () => ({
        contents: `export const data = ${JSON.stringify(slimHolidayData(publishedHolidayData()))};`,
        loader: 'js',
      }));
    },
  };
}
