// Build of the sheets part; see scripts/build.mjs.
export async function buildSheets(_options) {}
