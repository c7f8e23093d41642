import type { Texts } from '../i18n/texts';
import { textsOf } from '../i18n/catalog';

export const CALL_LOG_MESSAGES = /* @__PURE__ */ textsOf('calllog');

/** Why a log cannot take a new row as it stands (LogProblem); each says that nothing was written and what to do. */
export const LOG_PROBLEM_MESSAGES = /* @__PURE__ */ textsOf('calllog.problem');

export const FIELD_NAMES: Readonly<Record<string, Texts>> = /* @__PURE__ */ textsOf('calllog.field');
