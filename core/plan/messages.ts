import type { Texts } from '../i18n/texts';
import type { AskFor, RiskClass, Stage } from './types';
import type { Violation } from '../schedule/rules';
import type { PolicyName } from '../settings/schema';
import { textsOf } from '../i18n/catalog';

export const RISK_NAMES: Readonly<Record<RiskClass, Texts>> = /* @__PURE__ */ textsOf('plan.risk');

export const STAGE_NAMES: Readonly<Record<Stage, Texts>> = /* @__PURE__ */ textsOf('plan.stage');

export const ASK_FOR: Readonly<Record<AskFor, Texts>> = /* @__PURE__ */ textsOf('plan.askFor');

export const VIOLATIONS: Readonly<Record<Violation, Texts>> = /* @__PURE__ */ textsOf('plan.violation');

export const M = /* @__PURE__ */ textsOf('plan.reason');

/** Where each calling policy comes from, as the desk names it in a reason. */
export const POLICY_SOURCES: Readonly<Record<PolicyName, Texts>> = /* @__PURE__ */ textsOf('plan.policy');

const WEEKDAY = /* @__PURE__ */ textsOf('plan.weekday');

export const WEEKDAYS: readonly Texts[] = [WEEKDAY.monday, WEEKDAY.tuesday, WEEKDAY.wednesday, WEEKDAY.thursday, WEEKDAY.friday, WEEKDAY.saturday, WEEKDAY.sunday];

const DAY_PART = /* @__PURE__ */ textsOf('plan.dayPart');

export const DAY_PARTS: readonly Texts[] = [DAY_PART.mornings, DAY_PART.afternoons, DAY_PART.evenings];
