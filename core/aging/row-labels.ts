import { parseDateCell } from '../coerce/date';
import type { Cell, DateOrder } from '../model/cell';
import type { EpochDay } from '../model/day';
import { cellText } from '../coerce/text';

/**
 * Labels of rows that restate money already counted: grand totals, subtotals ("Total for Acme",
 * "Acme 小计", "Razem kontrahent:"), and Odoo's "Percents" line. Compared in lower case with a
 * trailing colon dropped. Customer names that merely start with "Total" (Total Logistics) are not
 * totals: only the exact forms below are.
 */
const TOTAL_LABEL =
  /^(?:total|totals|grand total|sub-?total|total for .*|sub total|total:.*|totals? \(.*\)|percents?|percentage|percentage of total|%|合计|总计|小计|总额|本页合计|累计|.*(?:合计|总计|小计)|razem|razem[: ].*|suma|suma:.*|suma końcowa|suma dla .*|ogółem|ogolem|podsumowanie)$/;

/** Labels are short; a long text (a pasted note) is never one, and skipping it bounds the regex work. */
const MAX_LABEL = 200;

/** Cheap gate before the regex: the first letters a total label can start with. */
function mayBeTotal(first: number): boolean {
  const c = first | 0x20; // ASCII lower case
  return c === 0x74 /* t */ || c === 0x67 /* g */ || c === 0x73 /* s */ || c === 0x70 /* p */ || c === 0x72 /* r */ || c === 0x6f /* o */ || first === 0x25 /* % */ || first > 0x7f;
}

/** True when a row's label says it is a total, subtotal or percentage row. */
export function isTotalLabel(label: string): boolean {
  if (!label || label.length > MAX_LABEL) return false;
  const first = label.charCodeAt(0);
  const last = label.charCodeAt(label.length - 1);
  // Non-ASCII labels may end in a total word (客户A 小计) whatever their first letter.
  if (!mayBeTotal(first) && last <= 0x7f) return false;
  let t = label.toLowerCase();
  if (t.endsWith(':') || t.endsWith('：')) t = t.slice(0, -1).trimEnd();
  return TOTAL_LABEL.test(t) && !isCompanyName(t);
}

/**
 * Legal forms that end a company's name. "Razem Sp. z o.o." and "Suma GmbH" are firms called
 * Razem and Suma, not totals; "Razem: Kowalski Sp. z o.o." (a word, a colon, a name) is a total.
 */
const LEGAL_FORM = /(?:^|\s)(?:sp\.? ?z ?o\.? ?o\.?|s\.? ?a\.?|s\.? ?c\.?|sp\.? ?j\.?|sp\.? ?k\.?|ltd\.?|limited|inc\.?|llc|plc|corp\.?|co\.?|gmbh|ag|kg|ohg|bv|b\.v\.|nv|n\.v\.|sarl|sas|s\.r\.l\.|srl|s\.l\.|sl|spa|s\.p\.a\.|oy|ab|as|a\/s|aps|kft|s\.r\.o\.|sro|有限公司|股份有限公司)$/;

function isCompanyName(t: string): boolean {
  const m = /^(total|totals|razem|suma|ogółem|ogolem|合计|总计)\s+(?!for\s|dla\s|of\s|von\s)(.+)$/.exec(t);
  return m !== null && LEGAL_FORM.test(m[2]!);
}

/**
 * The customer a "Total Acme" / "Acme Total" label closes (QuickBooks Desktop writes subtotals so),
 * or null when the label has neither form. Whether it is a total depends on that customer having
 * been seen: a customer called "Total Logistics" is not the total of "Logistics".
 */
export function namedTotalOf(label: string): string | null {
  if (label.length < 7) return null;
  const first = label.charCodeAt(0) | 0x20;
  const last = label.charCodeAt(label.length - 1) | 0x20;
  if (first === 0x74 /* t */ && /^total\s/i.test(label)) return label.slice(6).trim();
  if (last === 0x6c /* l */ && /\stotal$/i.test(label)) return label.slice(0, -6).trim();
  return null;
}

/** Section headings of detail reports grouped by age: "Current", "1 - 30 days past due", "91 or more days past due". */
const SECTION_LABEL = /^(?:current|not due|not yet due|\d+\s*[-–]\s*\d+(?: days)?(?: past due)?|\d+ (?:or more|and over) days(?: past due)?|.*days past due|未到期|已到期.*|逾期.*天.*|nieprzeterminowane|przeterminowane.*)$/i;

export function isSectionLabel(label: string): boolean {
  return label.length <= MAX_LABEL && SECTION_LABEL.test(label);
}

/** A printed timestamp ("Monday, Nov 23, 2026 08:14:02 AM GMT-05:00") or page footer. */
const FOOTER_LABEL = /\d{1,2}:\d{2}|^page \d|^strona \d|^第\s*\d+\s*页|^printed|^wydrukowano|^打印/i;

export function isFooterLabel(label: string): boolean {
  return label.length <= MAX_LABEL && FOOTER_LABEL.test(label);
}

// Longer words first: the alternation takes the first that matches.
const AS_OF = /^(?:as of|as at|as on|report date|date|stan na dzień|stan na dzien|na dzień|na dzien|stan na|data|截止日期|截至日期|报表日期|截至|截止|日期)\s*[:：]?\s*(.*?)\s*$/i;
const AS_OF_INSIDE = /(?:as of|as at|stan na dzień|na dzień|na dzien|stan na|截至|截止)\s*[:：]?\s*(.+?)\s*$/i;

/**
 * The report date of a title block: "As of November 23, 2026", "As at 30 November 2026",
 * "截至2026年11月23日", "Stan na dzień 23.11.2026", or a label cell followed by a date cell
 * (`As of:` | 46349). Null when the row carries none.
 */
export function reportDateOfRow(row: readonly Cell[], order: DateOrder | null): EpochDay | null {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell !== 'string' || !cell) continue;
    const t = cell.trim();
    const label = AS_OF.exec(t);
    if (label && label[1] !== '') {
      const d = parseDateCell(label[1]!, order);
      if (d?.ok) return d.day;
    }
    if (label && label[1] === '') {
      for (let n = c + 1; n < row.length; n++) {
        const next = row[n];
        if (cellText(next) === '') continue;
        const d = parseDateCell(next ?? null, order);
        return d?.ok ? d.day : null;
      }
      return null;
    }
    const inside = AS_OF_INSIDE.exec(t);
    if (inside) {
      const text = inside[1]!.replace(/^(?:dzień|dzien)\s+/i, '').replace(/^(?:[a-z]+day),\s*/i, '');
      const d = parseDateCell(text, order);
      if (d?.ok) return d.day;
    }
  }
  return null;
}
