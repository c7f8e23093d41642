/**
 * AR CallDesk core: from an aging sheet, a call log and settings to a plan of calls. Pure
 * TypeScript with no host API, no DOM and no clock; it runs unchanged in Node, browsers and
 * Apps Script's V8.
 */
export { planCalls } from './plan/plan-calls';
export type { PlanInput, PlanResult, DebtorPlan, NextCall, RiskClass, Stage, DebtorHistory, InvoiceView, PromiseView, CallView, AskFor } from './plan/types';
export type { BookSummary, CurrencySummary, RiskRow, AgeRow, WeekRow } from './summary/types';
export { AGE_BUCKETS } from './summary/age-buckets';
export { summaryTable, SUMMARY_LAYOUT } from './summary/spill';
export type { Cell, Table, Language, DateOrder } from './model/cell';
export type { InputIssue, IssueCode } from './model/issue';
export type { AgingLayout, AgingLine, DebtorFacts } from './aging/types';
export { readAging } from './aging/read-aging';
export {
  CALL_LOG_COLUMNS,
  CALL_LOG_TEXT_COLUMNS,
  CALL_LOG_DATE_COLUMNS,
  CALL_LOG_DATETIME_COLUMNS,
  CALL_LOG_MONEY_COLUMNS,
  OUTCOMES,
  OUTCOME_WORDS,
  CONVERSATION_OUTCOMES,
  CONSEQUENCES,
  CONSEQUENCE_WORDS,
  callLogHeaders,
  parseOutcome,
  type Outcome,
  type Consequence,
  type CallLogKey,
} from './calllog/schema';
export type { CallLogEntry } from './calllog/entry';
export { callLogRow, validateCallLogEntry } from './calllog/write-row';
export { readCallLog } from './calllog/read-log';
export { SETTING_KEYS, POLICY_NAMES, type Settings, type PolicyName, type SettingKey } from './settings/schema';
export { DEFAULT_SETTINGS } from './settings/defaults';
export { POLICIES } from './settings/policy';
export { readSettings } from './settings/read-settings';
export { settingsSheetRows } from './settings/sheet-rows';
export { collectability, COLLECTABILITY_ANCHORS } from './risk/collectability';
export { guardText } from './text/formula-guard';
export { FUNCTIONS, FUNCTION_NAMES, type FunctionName, type FunctionSpec } from './functions/catalog';
export { runFunction, type HostOptions, type FnCell, type FnResult } from './functions/run';
export { fnError, isFnError, fnErrorText, type FnError } from './functions/errors';
