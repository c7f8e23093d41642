import { textsOf } from '../../core/i18n/catalog';

/** What the Excel port tells the collector, in the three languages of the product. */
export const PORT_TEXTS = /* @__PURE__ */ textsOf('excel.port');
