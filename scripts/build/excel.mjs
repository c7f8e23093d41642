// Build of the excel part; see scripts/build.mjs.
export async function buildExcel(_options) {}
