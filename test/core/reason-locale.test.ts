/** The plan's reasons in each language's own forms: decimal sign, consequence words, sentence starts. */
import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { aging, callLog } from './helpers';

const AS_OF = new Date('2026-11-23T09:00:00Z');

function reasons(language: 'en' | 'zh-CN' | 'pl') {
  const sheet = aging([['Beta', 'B-1', '2026-09-20', 1000]]);
  const log = callLog([
    { time: '2026-11-16T09:00:00Z', customer: 'Beta', outcome: 'promise to pay', promisedDate: '2026-11-18', balanceAtCall: 1000, consequence: 'stop supply', consequenceDate: '2026-11-20' },
    { time: '2026-11-22T09:00:00Z', customer: 'Beta', outcome: 'dispute' },
  ]);
  return planCalls({ aging: sheet, callLog: log, settings: { collectorTimeZone: 'Europe/Warsaw', language }, asOf: AS_OF }).debtors[0]!.reasons.join(' | ');
}

describe('reasons speak the language they are in', () => {
  test('a consequence logged in English is named in Polish and Chinese', () => {
    expect(reasons('pl')).toMatch(/„wstrzymanie dostaw”/);
    expect(reasons('pl')).not.toMatch(/stop supply/);
    expect(reasons('zh-CN')).toMatch(/停止供货/);
    expect(reasons('en')).toMatch(/"stop supply"/);
  });
  test('a percentage has the language’s decimal sign', () => {
    expect(reasons('pl')).toMatch(/\d,\d%/);
    expect(reasons('pl')).not.toMatch(/\d\.\d%/);
    expect(reasons('en')).toMatch(/\d\.\d%|\d%/);
  });
  test('what lowered the priority opens its own sentence with a capital', () => {
    for (const language of ['en', 'pl'] as const) {
      const priority = reasons(language).split(' | ').find((r) => /^(Priority|Priorytet) /.test(r))!;
      expect(priority, language).not.toMatch(/\. \p{Ll}/u);
    }
  });
});
