import type { Texts } from '../i18n/texts';
import type { SlotKind } from './slot-quality';
import { textsOf } from '../i18n/catalog';

const AGENDA = /* @__PURE__ */ textsOf('agenda');

/** The name of the one collector when Settings name none. */
export const DEFAULT_COLLECTOR: Texts = AGENDA.defaultCollector;

export const SLOT_KINDS: Readonly<Record<SlotKind, Texts>> = /* @__PURE__ */ textsOf('agenda.slot');

export const AGENDA_MESSAGES = /* @__PURE__ */ textsOf('agenda.message');
