import { describe, expect, test } from 'vitest';
import { planCalls } from '../../core/index';
import { confirmationMessage, findRebuttals, stageScript, type CallSetting } from '../../core/playbook/index';
import { readSettings } from '../../core/settings/read-settings';
import { settingsSheetRows } from '../../core/settings/sheet-rows';
import { LANGUAGES } from '../../core/model/cell';
import type { PolicyName } from '../../core/settings/schema';
import { aging, callLog } from './helpers';

const AS_OF = new Date('2026-11-23T15:00:00Z');
const agreed = { amount: 300, date: '2026-11-30', method: 'card', partial: false, consequence: null, consequenceDate: null } as const;

function debtorOf(country: string, zone: string, consumer: boolean, policy: PolicyName, talkedBefore = false, days = '2026-10-01') {
  const sheet = aging([['Jane Roe', 'J-1', days, 700, country, zone, consumer ? 'consumer' : 'business', 'Jane Roe']], ['Country', 'Time zone', 'Type of debtor', 'Contact']);
  const log = talkedBefore ? callLog([{ time: '2026-11-02T15:00:00Z', customer: 'Jane Roe', outcome: 'callback requested' }]) : undefined;
  return planCalls({ aging: sheet, callLog: log, settings: { policy, collectorTimeZone: 'America/New_York' }, asOf: AS_OF }).debtors[0]!;
}

const setting = (collectorRole: 'creditor' | 'agency', firmName = 'Northway Recovery', language: 'en' | 'zh-CN' | 'pl' = 'en'): CallSetting => ({
  language, collector: 'Alex', asOf: AS_OF.toISOString(), collectorTimeZone: 'America/New_York', allowedConsequences: ['final notice'], firmName, collectorRole,
});

describe('settings firmName and collectorRole', () => {
  test('are read from the sheet in any language, a bad role reported and creditor kept', () => {
    const read = readSettings([['firmName', '  Northway Recovery '], ['collectorRole', 'AGENCY']]);
    expect(read.settings).toMatchObject({ firmName: 'Northway Recovery', collectorRole: 'agency' });
    expect(readSettings([['collectorRole', 'windykator']]).settings.collectorRole).toBe('agency');
    expect(readSettings([['collectorRole', '债权人']]).settings.collectorRole).toBe('creditor');
    const bad = readSettings([['Setting', 'Value'], ['collectorRole', 'bailiff']]);
    expect(bad.settings.collectorRole).toBe('creditor');
    expect(bad.issues[0]).toMatchObject({ row: 2, column: 'collectorRole', code: 'bad-setting' });
    expect(readSettings([['firmName', 'x'.repeat(121)]]).issues).toHaveLength(1);
    expect(readSettings([]).settings).toMatchObject({ firmName: '', collectorRole: 'creditor' });
  });
  test('a new Settings sheet lists both, with their meaning in each language', () => {
    for (const l of LANGUAGES) {
      const rows = settingsSheetRows(l);
      expect(rows.find((r) => r[0] === 'firmName')![1]).toBe('');
      expect(rows.find((r) => r[0] === 'collectorRole')![1]).toBe('creditor');
      expect(String(rows.find((r) => r[0] === 'collectorRole')![2]).length).toBeGreaterThan(10);
    }
  });
});

describe('a debt collector calling a US consumer', () => {
  test('the disclosure (FDCPA 1692e(11)) is the first thing the consumer hears, and the first contact reminds of the validation notice', () => {
    const d = debtorOf('US', 'America/Chicago', true, 'us-consumer');
    expect(d.rules).toBe('us-consumer');
    const lines = stageScript(d, setting('agency'));
    expect(lines.map((x) => x.step).slice(0, 4)).toEqual(['greeting', 'disclosure', 'disclosure', 'purpose']);
    // The greeting only checks who is on the line: nothing about the debt or the firm yet.
    expect(lines[0]!.text).not.toMatch(/debt|Northway/);
    expect(lines[1]!.text).toContain('“This is Alex from Northway Recovery, a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose.”');
    expect(lines[1]!.text).toContain('1692e(11)');
    expect(lines[2]!.text).toMatch(/validation notice.*12 CFR 1006\.34/);
  });
  test('after a first conversation the disclosure stays and the validation reminder goes', () => {
    const lines = stageScript(debtorOf('US', 'America/Chicago', true, 'us-consumer', true), setting('agency'));
    expect(lines.filter((x) => x.step === 'disclosure')).toHaveLength(1);
    expect(lines.some((x) => /1006\.34/.test(x.text))).toBe(false);
  });
  test('in Chinese and Polish too', () => {
    const d = debtorOf('US', 'America/Chicago', true, 'us-consumer');
    expect(stageScript(d, setting('agency', 'Northway', 'zh-CN'))[1]!.text).toContain('我是Northway的Alex，是债务催收方。本次通话是为了催收债务');
    expect(stageScript(d, setting('agency', 'Northway', 'pl'))[1]!.text).toContain('Mówi Alex z firmy Northway. Tę rozmowę prowadzi windykator: to próba odzyskania długu');
  });
  test('the confirmation letter carries it', () => {
    const d = debtorOf('US', 'America/Chicago', true, 'us-consumer');
    const letter = confirmationMessage(d, setting('agency'), agreed);
    expect(letter).toContain('This communication is from a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose.');
    expect(letter.endsWith('Kind regards,\nAlex from Northway Recovery')).toBe(true);
    expect(confirmationMessage(d, setting('creditor'), agreed)).not.toMatch(/debt collector/);
  });
  test('who owes it: an agency, to a consumer bound by US rules, whatever the preset; not a creditor, a business or a Chinese consumer', () => {
    const owes = (country: string, zone: string, consumer: boolean, policy: PolicyName, role: 'creditor' | 'agency') =>
      stageScript(debtorOf(country, zone, consumer, policy), setting(role)).some((x) => x.step === 'disclosure');
    expect(owes('US', 'America/Chicago', true, 'us-consumer', 'agency')).toBe(true);
    expect(owes('US', 'America/Chicago', true, 'b2b', 'agency')).toBe(true);
    expect(owes('GB', 'Europe/London', true, 'us-consumer', 'agency')).toBe(true);
    expect(owes('US', 'America/Chicago', true, 'us-consumer', 'creditor')).toBe(false);
    expect(owes('US', 'America/Chicago', false, 'us-consumer', 'agency')).toBe(false);
    expect(owes('CN', 'Asia/Shanghai', true, 'us-consumer', 'agency')).toBe(false);
  });
});

describe('the greeting names the firm', () => {
  test('to a business at once; to a consumer only once it is the consumer on the line', () => {
    const firm = stageScript(debtorOf('US', 'America/Chicago', false, 'b2b'), setting('creditor'));
    expect(firm[0]!.text).toContain('This is Alex from Northway Recovery, calling about your account with us.');
    const consumer = stageScript(debtorOf('US', 'America/Chicago', true, 'us-consumer'), setting('creditor'));
    expect(consumer[0]!.text).not.toContain('Northway');
    expect(consumer[1]).toMatchObject({ step: 'greeting', text: 'Once it is Jane Roe in person: “This is Alex from Northway Recovery, calling about your account with us.”' });
    const unnamed = stageScript(debtorOf('US', 'America/Chicago', false, 'b2b'), setting('creditor', ''));
    expect(unnamed[0]!.text).toContain('This is Alex, calling about your account with us.');
  });
});

describe('consumers hear nothing meant for a firm', () => {
  test('no answers for a gatekeeper or an absent decision maker', () => {
    for (const l of LANGUAGES) {
      const ids = findRebuttals('', l, true).map((r) => r.id);
      expect(ids).not.toContain('not-decision-maker');
      expect(ids).not.toContain('decision-maker-away');
      expect(findRebuttals('', l).map((r) => r.id)).toContain('decision-maker-away');
    }
    expect(findRebuttals('not my decision, ask my boss', 'en', true).map((r) => r.id)).not.toContain('not-decision-maker');
    expect(findRebuttals('not my decision, ask my boss', 'en')[0]!.id).toBe('not-decision-maker');
  });
  test('no script of any stage tells a consumer the calls stop only when payment arrives', () => {
    const d = debtorOf('US', 'America/Chicago', true, 'us-consumer', true, '2026-09-20');
    for (const stage of [0, 1, 2, 3, 4, 5] as const) {
      for (const l of LANGUAGES) {
        const text = stageScript({ ...d, stage }, setting('creditor', 'Northway', l)).map((x) => x.text).join(' ');
        expect(text, `${stage} ${l}`).not.toMatch(/calls stop|电话才会停止|telefony ustaną/);
      }
    }
    // A firm still hears it at stage 2.
    const firm = debtorOf('US', 'America/Chicago', false, 'b2b', true, '2026-09-20');
    expect(stageScript({ ...firm, stage: 2 }, setting('creditor')).map((x) => x.text).join(' ')).toMatch(/calls stop only when the payment arrives/);
  });
});
