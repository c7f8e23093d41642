import { say } from '../i18n/texts';
import type { Language } from '../model/cell';
import type { InputIssue } from '../model/issue';
import type { Settings } from '../settings/schema';
import { AGENDA_MESSAGES, DEFAULT_COLLECTOR } from './messages';

/** The collectors who share the day, in the order Settings list them; one when Settings name none. */
export function agendaCollectors(settings: Settings): string[] {
  return settings.collectors.length ? [...settings.collectors] : [say(DEFAULT_COLLECTOR, settings.language)];
}

/**
 * The index of the collector who owns an account, or -1 when it is shared out: no owner named, or
 * an owner the Settings list does not know (reported once per debtor, so a typo in a name is seen,
 * never silently costing the account its calls). With no list there is one collector for everything.
 */
export function ownerIndex(
  owner: string | null,
  collectors: readonly string[],
  settings: Settings,
  report: { customer: string; row: number; issues: InputIssue[] } | null,
): number {
  if (!owner || !settings.collectors.length) return -1;
  const wanted = owner.trim().toLowerCase();
  const found = collectors.findIndex((c) => c.toLowerCase() === wanted);
  if (found < 0 && report) {
    report.issues.push({
      table: 'aging',
      row: report.row,
      column: 'Collector',
      code: 'unknown-collector',
      message: say(AGENDA_MESSAGES.unknownCollector, settings.language as Language, { row: report.row, collector: owner, known: collectors.join(', '), customer: report.customer }),
    });
  }
  return found;
}
