import type { Cell } from '../model/cell';
import type { HoursRange } from '../settings/schema';
import { parseHoursRange as hoursRange, parseTimeOfDay as timeOfDay } from '../time/hours';

/**
 * The text a person sees in a cell: trimmed; whole numbers without float noise or exponent
 * (`7900770`, not `7.90077e6`); fractions cut to 9 decimals (`0.1 + 0.2` → `0.3`); a `Date` as its
 * ISO day (read by UTC fields, like every date the core receives); booleans as `TRUE`/`FALSE`.
 *
 * @example
 * cellText(1e21)       // → '1000000000000000000000'
 * cellText('  ACME ')  // → 'ACME'
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 10);
  }
  return '';
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) {
    const plain = String(n);
    return plain.includes('e') ? BigInt(n).toString() : plain;
  }
  const rounded = Math.round(n * 1e9) / 1e9;
  const plain = String(rounded);
  if (!plain.includes('e')) return plain;
  // Tiny or huge fractions: fixed notation, trailing zeros dropped.
  return rounded.toFixed(9).replace(/\.?0+$/, '');
}

/** True for `null`, `""` and whitespace-only text: what both hosts give for an empty cell. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined || cell === '') return true;
  if (typeof cell !== 'string') return false;
  // Most non-empty strings start with a visible character: avoid trim() on the hot path.
  const first = cell.charCodeAt(0);
  return first <= 32 || first === 0xa0 || first === 0x3000 || first === 0x202f ? cell.trim() === '' : false;
}

const YES = new Set(['yes', 'y', 'true', 'x', '1', 't', '✓', '✔', '是', '有', '对', '√', 'tak', 'prawda']);
const NO = new Set(['no', 'n', 'false', '0', 'f', '否', '无', '無', '不', '没有', 'nie', 'fałsz', 'falsz']);

/**
 * Reads a yes/no cell: `yes/no`, `true/false`, `y/n`, `x`, `1/0`, `是/否`, `有/无`, `tak/nie`, and
 * the hosts' `TRUE`/`FALSE` booleans. Null for an empty cell. Text that is none of these returns
 * `'invalid'` (never a guess, never a throw) so the caller can report the cell.
 *
 * @example
 * parseFlag('Tak')   // → true
 * parseFlag('maybe') // → 'invalid'
 */
export function parseFlag(cell: Cell | undefined): boolean | null | 'invalid' {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : 'invalid';
  if (isEmptyCell(cell)) return null;
  const t = cellText(cell).normalize('NFKC').toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return 'invalid';
}

/**
 * A time of day in minutes after midnight: `09:00`, `9:30`, `14.30`, `9`, `9:30 AM`; full-width
 * digits too. Null when the text is not a time.
 */
export function parseTimeOfDay(text: string): number | null {
  return timeOfDay(text.normalize('NFKC'));
}

/**
 * A range of hours: `09:00-17:30`, `9-17`, `9:00–17:00` (en dash), `08:00～18:00` (full-width
 * tilde). Null unless the end comes after the start.
 */
export function parseHoursRange(text: string): HoursRange | null {
  return hoursRange(text.normalize('NFKC'));
}
