import type { CallRecord } from '../calllog/read-log';
import type { Outcome } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';

/** Why no collection call may be placed to a debtor, whatever the schedule would allow. */
export type CallStopReason = 'cease-consumer' | 'cease-business' | 'attorney' | 'bankruptcy';

export interface CallStop {
  readonly reason: CallStopReason;
  /** The call-log row that stops the calls (1-based sheet row) and when it was logged. */
  readonly row: number;
  readonly at: Date;
  /** What the collector wrote on that row: for `attorney`, the attorney's name and number. */
  readonly notes: string;
}

const STOPS: ReadonlySet<Outcome> = new Set<Outcome>(['cease request', 'attorney', 'bankruptcy']);

/**
 * Outcomes that show a business talking with us again and agreeing to go on (it called us, asked
 * for a call-back, promised or paid): a later row with one of them clears its cease request.
 */
const RESUMES: ReadonlySet<Outcome> = new Set<Outcome>(['callback requested', 'promise to pay', 'partial payment promised', 'paid']);

/**
 * Whether a logged outcome forbids further calls, from one debtor's past calls (oldest first).
 *
 * - `bankruptcy`: every collection call stops (the automatic stay, 11 U.S.C. 362; insolvency law
 *   elsewhere); it holds while the row is in the log.
 * - `attorney`: the debtor is represented; we speak with the attorney, not the debtor
 *   (15 U.S.C. 1692c(a)(2) for consumers; for firms, a lawyer's letter routes the matter to them).
 * - `cease request` from a consumer: no more calls, letters only (15 U.S.C. 1692c(c)); a later row
 *   does not lift it, only the consumer's own consent recorded by a person editing that row.
 * - `cease request` from a business: do-not-call until a person clears it in the sheet, by logging
 *   a later row where the firm agreed to go on (a call-back asked for, a promise, a payment), or by
 *   changing that row.
 *
 * The strongest stop found wins: bankruptcy over attorney over a cease request.
 */
export function callStopOf(past: readonly CallRecord[], consumer: boolean): CallStop | null {
  let found: CallStop | null = null;
  const rank = (r: CallStopReason) => (r === 'bankruptcy' ? 3 : r === 'attorney' ? 2 : 1);
  for (const r of past) {
    if (found?.reason === 'cease-business' && RESUMES.has(r.outcome)) found = null;
    if (!STOPS.has(r.outcome)) continue;
    const reason: CallStopReason = r.outcome === 'bankruptcy' ? 'bankruptcy' : r.outcome === 'attorney' ? 'attorney' : consumer ? 'cease-consumer' : 'cease-business';
    if (!found || rank(reason) >= rank(found.reason)) found = { reason, row: r.row, at: r.at, notes: r.notes };
  }
  return found;
}

export const CALL_STOP_TEXTS: Readonly<Record<CallStopReason, Texts>> = {
  'cease-consumer': {
    en: 'No calls: on {date} the debtor asked us to stop calling (Call Log row {row}). Write only: letters, never calls.',
    'zh-CN': '不得致电：债务人于{date}要求停止来电（通话记录第{row}行）。今后只能书面联系，不再打电话。',
    pl: 'Bez telefonów: {date} dłużnik zażądał zaprzestania telefonów (Dziennik, wiersz {row}). Tylko listy, nigdy telefon.',
  },
  'cease-business': {
    en: 'Do not call: on {date} the firm asked us to stop calling (Call Log row {row}). Calls resume only when a person clears it in the sheet: a later row where they agree to go on, or that row changed.',
    'zh-CN': '勿电：对方公司于{date}要求停止来电（通话记录第{row}行）。只有人工在表格中解除后才可再致电：记录一行对方同意继续联系的新结果，或修改该行。',
    pl: 'Nie dzwonić: {date} firma zażądała zaprzestania telefonów (Dziennik, wiersz {row}). Telefony wrócą dopiero, gdy ktoś zdejmie blokadę w arkuszu: nowy wiersz, w którym firma zgadza się na kontakt, albo zmiana tamtego wiersza.',
  },
  attorney: {
    en: 'No calls to the debtor: represented by an attorney since {date} (Call Log row {row}). Contact the attorney instead{notes}.',
    'zh-CN': '不得致电债务人：自{date}起已委托律师（通话记录第{row}行）。请改与律师联系{notes}。',
    pl: 'Bez telefonów do dłużnika: od {date} reprezentuje go pełnomocnik (Dziennik, wiersz {row}). Kontaktuj się z pełnomocnikiem{notes}.',
  },
  bankruptcy: {
    en: 'No collection calls: bankruptcy logged on {date} (Call Log row {row}). Stop collecting; file the claim in the proceedings.',
    'zh-CN': '停止一切催收电话：{date}记录了破产（通话记录第{row}行）。停止催收，向破产程序申报债权。',
    pl: 'Żadnych telefonów windykacyjnych: {date} odnotowano upadłość (Dziennik, wiersz {row}). Wstrzymaj windykację i zgłoś wierzytelność w postępowaniu.',
  },
};

/** The sentence the desk and the plan show for a stop, in the user's language. */
export function callStopText(stop: CallStop, day: string, language: Language): string {
  const notes = stop.reason === 'attorney' && stop.notes.trim() ? `: ${stop.notes.trim()}` : '';
  return say(CALL_STOP_TEXTS[stop.reason], language, { date: day, row: stop.row, notes });
}
