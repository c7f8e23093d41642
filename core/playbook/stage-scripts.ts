import type { Consequence } from '../calllog/schema';
import { say, type Texts } from '../i18n/texts';
import type { Stage } from '../plan/types';
import { consequenceActions, debtorValues, type CallSetting, type ScriptDebtor } from './debtor-values';
import { whomToAskFor } from './ask-for';
import { callerName, CONSUMER_TEXTS, owesCollectorDisclosure } from './consumer-conduct';
import { textsOf } from '../i18n/catalog';

/** The parts of every call, in order. One theme per call; every call ends with a commitment. What to check before dialling is in check-first.ts. */
export type ScriptStep = 'greeting' | 'disclosure' | 'purpose' | 'theme' | 'ask' | 'commitment' | 'summary' | 'close';

export interface ScriptLine {
  readonly step: ScriptStep;
  readonly title: string;
  readonly text: string;
}

export const STEP_TITLES: Readonly<Record<ScriptStep, Texts>> = /* @__PURE__ */ textsOf('script.step');

const SCRIPT = /* @__PURE__ */ textsOf('script');
const GREETING_OF = /* @__PURE__ */ textsOf('script.greeting');

// The greeting names the caller's firm when Settings give it, and the contact when the sheet has
// one; otherwise it asks for the role that decides payments.
const GREETING: Readonly<Record<'named' | 'role', Readonly<Record<'firm' | 'noFirm', Texts>>>> = {
  named: { firm: GREETING_OF.namedFirm, noFirm: GREETING_OF.namedNoFirm },
  role: { firm: GREETING_OF.roleFirm, noFirm: GREETING_OF.roleNoFirm },
};
const GREETING_CONSUMER: Texts = SCRIPT.greetingConsumer;

const PURPOSE: Readonly<Record<'overdue' | 'overdueOnly' | 'reminder', Texts>> = /* @__PURE__ */ textsOf('script.purpose');

const THEME: Readonly<Record<Stage, Texts>> = /* @__PURE__ */ textsOf('script.theme');

/** When the firm allows no consequence fitting the stage, the script names none. */
const THEME_NO_CONSEQUENCE: Texts = SCRIPT.themeNoConsequence;

const CONSEQUENCES_OF_STAGE: Readonly<Record<3 | 4 | 5, readonly Consequence[]>> = {
  3: ['late interest', 'stop supply', 'credit hold', 'final notice'],
  4: ['final notice', 'stop supply', 'credit hold'],
  5: ['collection agency', 'court'],
};

// A closed question with a time frame, an either-or choice of how, then silence: the first to
// speak after the ask gives way.
const ASK: Readonly<Record<'overdue' | 'reminder', Texts>> = /* @__PURE__ */ textsOf('script.ask');

const COMMITMENT: Texts = SCRIPT.commitment;
const COMMITMENT_PARTIAL: Texts = SCRIPT.commitmentPartial;

// The summary restates the promise and, from stage 3 on, what follows if it is broken (seed 004),
// and asks the debtor to call on the day the money goes out.
const SUMMARY: Texts = SCRIPT.summary;
const SUMMARY_CONSEQUENCE: Texts = SCRIPT.summaryConsequence;

const CLOSE: Texts = SCRIPT.close;
const CLOSE_NO_NAME: Texts = SCRIPT.closeNoName;

/**
 * The script for the debtor's escalation stage, filled from the debtor's data: whom to ask for,
 * the exact amounts and invoices (also those not yet due), the last promise, the time frame to
 * offer, and only the consequences the firm allows.
 *
 * @example
 * stageScript(debtor, { language: 'en', collector: 'Alex', asOf, collectorTimeZone, allowedConsequences: ['final notice'] })
 * // → [{ step: 'greeting', … }, { step: 'purpose', text: 'I am calling about 2,475.00 that is overdue: …' }, …]
 */
export function stageScript(debtor: ScriptDebtor, setting: CallSetting): ScriptLine[] {
  const l = setting.language;
  const caller = callerName(setting);
  const values = { ...debtorValues(debtor, setting), askFor: whomToAskFor(debtor.askFor, l).who, caller };
  const lines: ScriptLine[] = [];
  const add = (step: ScriptStep, texts: Texts, extra: Record<string, string | number> = {}) =>
    lines.push({ step, title: say(STEP_TITLES[step], l), text: say(texts, l, { ...values, ...extra }) });

  const reminder = debtor.stage === 0 || debtor.overdue <= 0;
  if (debtor.consumer) {
    // Who calls and why is said to the consumer only, never to whoever answers.
    add('greeting', GREETING_CONSUMER);
    if (owesCollectorDisclosure(debtor, setting)) {
      add('disclosure', CONSUMER_TEXTS.miniMiranda);
      if (debtor.history.lastConversation === null) add('disclosure', CONSUMER_TEXTS.validationNotice);
    } else if (setting.firmName?.trim()) {
      add('greeting', CONSUMER_TEXTS.identify);
    }
  } else {
    add('greeting', GREETING[values.contact ? 'named' : 'role'][values.firm ? 'firm' : 'noFirm']);
  }
  add('purpose', reminder ? PURPOSE.reminder : debtor.notDue > 0 ? PURPOSE.overdue : PURPOSE.overdueOnly);
  let fitting: Consequence[] = [];
  if (debtor.stage >= 3) {
    const stage = debtor.stage as 3 | 4 | 5;
    fitting = CONSEQUENCES_OF_STAGE[stage].filter((c) => setting.allowedConsequences.includes(c));
    if (fitting.length === 0) add('theme', THEME_NO_CONSEQUENCE);
    else add('theme', THEME[stage], { consequences: consequenceActions(fitting, l) });
  } else {
    // "The calls stop only when payment arrives" is pressure a consumer must not hear.
    add('theme', debtor.consumer && debtor.stage === 2 ? CONSUMER_TEXTS.firmTheme : THEME[debtor.stage]);
  }
  add('ask', reminder ? ASK.reminder : ASK.overdue);
  add('commitment', debtor.history.partialToChase ? COMMITMENT_PARTIAL : COMMITMENT);
  if (fitting.length > 0 && !reminder) add('summary', SUMMARY_CONSEQUENCE, { consequences: consequenceActions(fitting, l) });
  else add('summary', SUMMARY);
  add('close', values.contact ? CLOSE : CLOSE_NO_NAME);
  return lines;
}

/** Every text template of the scripts, for the conduct checks. */
export const SCRIPT_TEXTS: readonly Texts[] = [
  ...Object.values(GREETING).flatMap((g) => Object.values(g)), GREETING_CONSUMER, ...Object.values(PURPOSE), ...Object.values(THEME),
  THEME_NO_CONSEQUENCE, ...Object.values(ASK), COMMITMENT, COMMITMENT_PARTIAL, SUMMARY, SUMMARY_CONSEQUENCE, CLOSE, CLOSE_NO_NAME,
  ...Object.values(CONSUMER_TEXTS),
];
