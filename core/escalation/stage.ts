import type { Consequence } from '../calllog/schema';
import type { Stage } from '../plan/types';

export interface StageInput {
  readonly daysPastDue: number;
  readonly overdue: number;
  /** Calls where the debtor's side was reached since the oldest open line fell due. */
  readonly conversationsSinceDue: number;
  readonly brokenPromises: number;
  /** An announced consequence whose date has come and the money has not. */
  readonly consequenceDue: boolean;
  readonly refusals: number;
  readonly allowedConsequences: readonly Consequence[];
}

export type StageReason =
  | 'not-due'
  | 'first-call'
  | 'conversations'
  | 'broken-promises'
  | 'age'
  | 'consequence-due'
  | 'refused'
  | 'capped-by-settings';

export interface StageResult {
  readonly stage: Stage;
  readonly because: readonly StageReason[];
}

/**
 * One theme per call (seed 001, 003): call 1 makes them aware, call 2 is firm, call 3 describes the
 * consequences; then final notice / hold supply, then agency or court. Each conversation moves the
 * debtor one step; each broken promise one more; age sets a floor. A consequence announced and now
 * due moves to the next step, because what was announced must be carried out. A step needing a
 * consequence the firm has not allowed (Settings: allowedConsequences) is never reached.
 */
export function escalationStage(input: StageInput): StageResult {
  if (input.overdue <= 0 || input.daysPastDue <= 0) return { stage: 0, because: ['not-due'] };
  const because: StageReason[] = [];
  let stage = 1 + Math.min(2, input.conversationsSinceDue);
  if (input.conversationsSinceDue === 0) because.push('first-call');
  else because.push('conversations');
  if (input.brokenPromises > 0) {
    stage += input.brokenPromises;
    because.push('broken-promises');
  }
  const ageFloor = input.daysPastDue > 180 ? 4 : input.daysPastDue > 90 ? 3 : input.daysPastDue > 45 ? 2 : 1;
  if (ageFloor > stage) {
    stage = ageFloor;
    because.push('age');
  }
  if (input.refusals > 0 && stage < 4) {
    stage = Math.max(stage, 3);
    because.push('refused');
  }
  if (input.consequenceDue) {
    stage = Math.max(stage + 1, 4);
    because.push('consequence-due');
  }
  if (input.daysPastDue > 365 && stage < 5) stage = 5;

  const allows = (c: Consequence) => input.allowedConsequences.includes(c);
  const canFinal = allows('final notice') || allows('stop supply') || allows('credit hold');
  const canAgency = allows('collection agency') || allows('court');
  const cap = canAgency && canFinal ? 5 : canFinal ? 4 : 3;
  if (stage > cap) {
    stage = cap;
    because.push('capped-by-settings');
  }
  return { stage: Math.min(5, stage) as Stage, because };
}
