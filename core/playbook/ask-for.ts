import type { CompanySize } from '../aging/types';
import { say, type Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import type { AskFor } from '../plan/types';
import { textsOf } from '../i18n/catalog';

/**
 * Whom to ask for, from company size: in a small firm the owner decides; in a medium one the
 * general manager or finance director; in a large one the accounts-payable manager or controller,
 * who approves payments without spending his own money. A consumer is spoken to in person only.
 */
export function askForOfSize(size: CompanySize | null, consumer: boolean): AskFor {
  if (consumer) return 'account-holder';
  if (size === 'medium') return 'general-manager-or-finance-director';
  if (size === 'large') return 'ap-manager-or-controller';
  return 'owner';
}

const WHO: Readonly<Record<AskFor, Texts>> = /* @__PURE__ */ textsOf('askFor.who');

const WHY: Readonly<Record<AskFor, Texts>> = /* @__PURE__ */ textsOf('askFor.why');

/** Whom to ask for and why, in the desk's language. */
export function whomToAskFor(askFor: AskFor, language: Language): { who: string; why: string } {
  return { who: say(WHO[askFor], language), why: say(WHY[askFor], language) };
}

export const ASK_FOR_TEXTS: readonly Texts[] = [...Object.values(WHO), ...Object.values(WHY)];
