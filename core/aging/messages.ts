import { textsOf } from '../i18n/catalog';

/**
 * Every message the aging reader writes, from the language catalogs. Each says what is wrong, quotes
 * the cell, says what to do, and what happened to the row ({effect}: one of AGING_EFFECTS).
 */
export const AGING_MESSAGES = /* @__PURE__ */ textsOf('aging');

/** The roles a column may be guessed to play, as named in the guessedColumn message. */
export const GUESS_ROLES = /* @__PURE__ */ textsOf('aging.role');

/** How a guessed column was told (content-roles.ts GuessReason). */
export const GUESS_REASONS = /* @__PURE__ */ textsOf('aging.reason');

/** What became of the row, appended to a cell message. */
export const AGING_EFFECTS = /* @__PURE__ */ textsOf('aging.effect');

export type AgingMessage = keyof typeof AGING_MESSAGES;
export type AgingEffect = keyof typeof AGING_EFFECTS;
