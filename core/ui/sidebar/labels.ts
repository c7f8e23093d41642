import { textsOf } from '../../i18n/catalog';

/** Every label of the call desk, from the language catalogs (core/i18n/languages/). */
export const L = /* @__PURE__ */ textsOf('desk');
