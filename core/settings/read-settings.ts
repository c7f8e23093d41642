import { countryCode } from '../aging/country-zone';
import { CONSEQUENCES, CONSEQUENCE_WORDS, type Consequence } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import { LANGUAGES, type Cell, type DateOrder, type Language, type Table } from '../model/cell';
import { isoDay, parseIsoDay } from '../model/day';
import type { InputIssue } from '../model/issue';
import { parseHoursRange } from '../coerce/text';
import { formatHoursRange } from '../time/hours';
import { isKnownTimeZone } from '../time/zone';
import { DEFAULT_SETTINGS, PRESET_OVERRIDES } from './defaults';
import { SETTINGS_MESSAGES, SETTING_HINTS } from './messages';
import { COLLECTOR_ROLES, POLICY_NAMES, SETTING_KEYS, type CollectorRole, type DayRanking, type PolicyName, type SettingKey, type Settings } from './schema';

export interface SettingsRead {
  readonly settings: Settings;
  readonly issues: readonly InputIssue[];
}

/** Context a host can give: its own zone and language fill in what the Settings sheet leaves empty. */
export interface SettingsContext {
  readonly hostTimeZone?: string | null;
  readonly hostLanguage?: Language | null;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; hint: Texts; hintValues?: Record<string, number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(hint: Texts, hintValues?: Record<string, number>): Parsed<T> =>
  hintValues ? { ok: false, hint, hintValues } : { ok: false, hint };

const DAY_WORDS: Readonly<Record<string, number>> = {
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  pon: 1, wt: 2, śr: 3, sr: 3, czw: 4, pt: 5, sob: 6, niedz: 7, nd: 7,
  周一: 1, 周二: 2, 周三: 3, 周四: 4, 周五: 5, 周六: 6, 周日: 7, 星期一: 1, 星期二: 2, 星期三: 3, 星期四: 4, 星期五: 5, 星期六: 6, 星期日: 7,
};

function dayToken(token: string): number | null {
  const t = token.trim().toLowerCase().replace(/\.$/, '');
  if (/^[1-7]$/.test(t)) return Number(t);
  return DAY_WORDS[t] ?? null;
}

function parseDays(text: string): Parsed<number[]> {
  const days = new Set<number>();
  for (const part of text.split(/[,;，、\s]+/).filter(Boolean)) {
    const range = part.split(/-|–|～|~/);
    if (range.length === 2) {
      const from = dayToken(range[0] ?? '');
      const to = dayToken(range[1] ?? '');
      if (from === null || to === null || to < from) return bad(SETTING_HINTS.days!);
      for (let d = from; d <= to; d++) days.add(d);
    } else {
      const d = dayToken(part);
      if (d === null) return bad(SETTING_HINTS.days!);
      days.add(d);
    }
  }
  return days.size ? ok([...days].sort()) : bad(SETTING_HINTS.days!);
}

function parseCount(text: string, min: number, max: number): Parsed<number> {
  const n = Number(text.replace(',', '.'));
  return Number.isInteger(n) && n >= min && n <= max ? ok(n) : bad(SETTING_HINTS.count!, { min, max });
}

const CONSEQUENCE_LOOKUP = new Map<string, Consequence>(
  CONSEQUENCES.flatMap((c) => Object.values(CONSEQUENCE_WORDS[c]).map((w) => [w.toLowerCase(), c] as const)),
);

function parseConsequences(text: string): Parsed<Consequence[]> {
  const out: Consequence[] = [];
  for (const part of text.split(/[,;，、]+/).map((p) => p.trim().toLowerCase()).filter(Boolean)) {
    if (part === 'none' || part === '无' || part === 'brak') continue;
    const c = CONSEQUENCE_LOOKUP.get(part);
    if (!c) return bad(SETTING_HINTS.consequences!);
    if (!out.includes(c)) out.push(c);
  }
  return ok(out);
}

function parseHolidayList(cell: Cell): Parsed<string[]> {
  if (cell instanceof Date) return ok([isoDay(Math.floor(cell.getTime() / 86_400_000))]);
  const out: string[] = [];
  for (const part of String(cell).split(/[,;，、\s]+/).filter(Boolean)) {
    const day = parseIsoDay(part);
    if (day === null) return bad(SETTING_HINTS.holidays!);
    out.push(isoDay(day));
  }
  return ok(out);
}

/** `creditor` or `agency`, also in Chinese and Polish. */
const ROLE_WORDS: Readonly<Record<string, CollectorRole>> = {
  ...Object.fromEntries(COLLECTOR_ROLES.map((r) => [r, r])),
  债权人: 'creditor', 催收机构: 'agency', wierzyciel: 'creditor', windykator: 'agency', 'firma windykacyjna': 'agency',
};

/** How each key's value is read from a cell. Text keys are trimmed first. */
const READERS: { readonly [K in SettingKey]: (text: string, cell: Cell) => Parsed<Settings[K]> } = {
  policy: (t) => ((POLICY_NAMES as readonly string[]).includes(t.toLowerCase()) ? ok(t.toLowerCase() as PolicyName) : bad(SETTING_HINTS.policy!)),
  collectorTimeZone: (t) => (isKnownTimeZone(t) ? ok(t) : bad(SETTING_HINTS.timeZone!)),
  collectorHours: (t) => {
    const r = parseHoursRange(t);
    return r ? ok(r) : bad(SETTING_HINTS.hours!);
  },
  workingHours: (t) => {
    const r = parseHoursRange(t);
    return r ? ok(r) : bad(SETTING_HINTS.hours!);
  },
  lunch: (t) => {
    if (/^(none|no|—|-|无|brak)$/i.test(t)) return ok(null);
    const r = parseHoursRange(t);
    return r ? ok(r) : bad(SETTING_HINTS.lunch!);
  },
  workingDays: (t) => parseDays(t),
  dayRanking: (t) => (t === 'fri-thu-tue' || t === 'tue-thu' ? ok(t as DayRanking) : bad(SETTING_HINTS.dayRanking!)),
  dateOrder: (t) => {
    const u = t.toUpperCase();
    return u === 'MDY' || u === 'DMY' || u === 'YMD' ? ok(u as DateOrder) : bad(SETTING_HINTS.dateOrder!);
  },
  language: (t) => {
    const found = LANGUAGES.find((l) => l.toLowerCase() === t.toLowerCase() || (t.toLowerCase() === 'zh' && l === 'zh-CN'));
    return found ? ok(found) : bad(SETTING_HINTS.language!);
  },
  dailyCapacity: (t) => parseCount(t, 1, 500),
  // Codes, names and aliases (`UK` → GB, `Poland`, `中国`); a country we do not know is reported, never
  // taken as written (an unknown code would have no public holidays: Christmas a working day).
  holidayCountry: (t) => {
    const code = countryCode(t);
    return code ? ok(code) : bad(SETTING_HINTS.country!);
  },
  holidays: (_t, cell) => parseHolidayList(cell),
  defaultDebtorTimeZone: (t) => (isKnownTimeZone(t) ? ok(t) : bad(SETTING_HINTS.timeZone!)),
  allowedConsequences: (t) => parseConsequences(t),
  horizonDays: (t) => parseCount(t, 1, 90),
  defaultTermsDays: (t) => parseCount(t, 0, 365),
  // Said aloud and printed in letters: one line of text, not a paragraph.
  firmName: (t) => (t.length <= 120 && !/[\r\n]/.test(t) ? ok(t) : bad(SETTING_HINTS.firmName!)),
  collectorRole: (t) => {
    const role = ROLE_WORDS[t.toLowerCase()];
    return role ? ok(role) : bad(SETTING_HINTS.collectorRole!);
  },
  collectors: (t) => ok(parseNames(t)),
  callMinutes: (t) => parseCount(t, 5, 120),
};

/** Names separated by commas or semicolons (also the Chinese ones), each once, in the order typed. */
function parseNames(text: string): string[] {
  const out: string[] = [];
  for (const name of text.split(/[,;，；、]+/).map((n) => n.trim().replace(/\s+/g, ' '))) {
    if (name && !out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

/** A value as it is written in the Settings sheet, the inverse of READERS. */
export function settingText(key: SettingKey, settings: Settings): string {
  const v = settings[key];
  switch (key) {
    case 'collectorHours':
    case 'workingHours':
      return formatHoursRange(settings[key]);
    case 'lunch':
      return settings.lunch ? formatHoursRange(settings.lunch) : 'none';
    case 'workingDays':
      return settings.workingDays.join(',');
    case 'allowedConsequences':
      // An empty cell keeps the preset's list: a firm that allows none must say so.
      return (v as readonly string[]).length ? (v as readonly string[]).join(', ') : 'none';
    case 'holidays':
    case 'collectors':
      return (v as readonly string[]).join(', ');
    default:
      return v === null ? '' : String(v);
  }
}

const KEY_LOOKUP = new Map<string, SettingKey>(SETTING_KEYS.map((k) => [k.toLowerCase(), k]));

function cellAsText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(Math.floor(cell.getTime() / 86_400_000));
  return String(cell).trim();
}

/**
 * Reads settings from the Settings sheet (a key/value table: first column key, second value; a
 * header row and extra columns are allowed) or from a `Partial<Settings>`. The preset named by
 * `policy` is applied first, then each explicit value; a bad value is reported and the preset's
 * value kept, so one typo never stops the plan.
 */
export function readSettings(source: Table | Partial<Settings> | undefined, context: SettingsContext = {}): SettingsRead {
  const explicit: Partial<Record<SettingKey, unknown>> = {};
  const pending: { key: SettingKey; row: number; cell: Cell }[] = [];
  const unknown: { row: number; key: string }[] = [];
  const duplicates: { row: number; key: string }[] = [];

  if (Array.isArray(source)) {
    const seen = new Set<SettingKey>();
    (source as Table).forEach((row, index) => {
      const keyText = cellAsText(row[0] ?? null);
      const valueCell = row[1] ?? null;
      if (!keyText) return;
      const key = KEY_LOOKUP.get(keyText.toLowerCase());
      if (!key) {
        // A header row ("Setting | Value") is not a mistake.
        if (index === 0 || /^(key|setting|ustawienie|设置|设置项|klucz)$/i.test(keyText)) return;
        unknown.push({ row: index + 1, key: keyText });
        return;
      }
      if (seen.has(key)) duplicates.push({ row: index + 1, key });
      seen.add(key);
      if (cellAsText(valueCell) === '') return;
      pending.push({ key, row: index + 1, cell: valueCell });
    });
  } else if (source) {
    const partial = source as Partial<Settings>;
    for (const key of SETTING_KEYS) {
      const value = partial[key];
      // Text is validated like a sheet cell (a time zone typed by a caller can be wrong too).
      if (typeof value === 'string' || typeof value === 'number') pending.push({ key, row: 0, cell: value });
      else if (value !== undefined) explicit[key] = value;
    }
  }

  // The language decides the language of every later message, so it is read first.
  const languageCell = pending.filter((p) => p.key === 'language').at(-1);
  const languageParsed = languageCell ? READERS.language(cellAsText(languageCell.cell), languageCell.cell) : null;
  const language: Language =
    (explicit.language as Language | undefined) ??
    (languageParsed?.ok ? languageParsed.value : null) ??
    context.hostLanguage ??
    DEFAULT_SETTINGS.language;

  const policyCell = pending.filter((p) => p.key === 'policy').at(-1);
  const policyParsed = policyCell ? READERS.policy(cellAsText(policyCell.cell), policyCell.cell) : null;
  const policy: PolicyName = (explicit.policy as PolicyName | undefined) ?? (policyParsed?.ok ? policyParsed.value : 'b2b');

  const base: Settings = {
    ...DEFAULT_SETTINGS,
    ...PRESET_OVERRIDES[policy],
    policy,
    language,
    collectorTimeZone: context.hostTimeZone && isKnownTimeZone(context.hostTimeZone) ? context.hostTimeZone : DEFAULT_SETTINGS.collectorTimeZone,
  };
  const result: Record<string, unknown> = { ...base };
  const issues: InputIssue[] = [];

  for (const { key, row, cell } of pending) {
    const text = cellAsText(cell);
    const parsed = (READERS[key] as (t: string, c: Cell) => Parsed<unknown>)(text, cell);
    if (parsed.ok) {
      result[key] = parsed.value;
    } else {
      issues.push({
        table: 'settings',
        row,
        column: key,
        code: 'bad-setting',
        message: say(SETTINGS_MESSAGES.badValue, language, {
          row,
          key,
          value: text,
          hint: say(parsed.hint, language, parsed.hintValues ?? {}),
          fallback: settingText(key, base) || '—',
        }),
      });
    }
  }
  for (const [key, value] of Object.entries(explicit)) {
    result[key] = value;
  }
  for (const { row, key } of unknown) {
    issues.push({
      table: 'settings',
      row,
      column: key,
      code: 'unknown-setting',
      message: say(SETTINGS_MESSAGES.unknownKey, language, { row, key, known: SETTING_KEYS.join(', ') }),
    });
  }
  for (const { row, key } of duplicates) {
    issues.push({ table: 'settings', row, column: key, code: 'bad-setting', message: say(SETTINGS_MESSAGES.duplicateKey, language, { row, key }) });
  }
  return { settings: result as unknown as Settings, issues };
}

