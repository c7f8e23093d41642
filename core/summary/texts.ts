import { textsOf } from '../i18n/catalog';

/** Headings and row names of the summary table and charts, from the language catalogs. */
export const SUMMARY_TEXTS = /* @__PURE__ */ textsOf('summary');
