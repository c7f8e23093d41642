/** The call playbook: what to say at each stage, whom to ask for, answers to excuses, the written confirmation, and the conduct rules. */
export { stageScript, STEP_TITLES, type ScriptLine, type ScriptStep } from './stage-scripts';
export { REBUTTALS, REBUTTAL_IDS, findRebuttals, type Rebuttal, type RebuttalId } from './rebuttals';
export { askForOfSize, whomToAskFor } from './ask-for';
export { checkFirst } from './check-first';
export { confirmationMessage, PAYMENT_METHODS, PAYMENT_METHOD_WORDS, type AgreedPayment, type PaymentMethod } from './confirmation';
export { CONDUCT_RULES, FORBIDDEN_WORDS, conductViolations, unallowedConsequences, playbookTexts } from './conduct';
export { debtorValues, sayDay, type CallSetting, type ScriptDebtor } from './debtor-values';
