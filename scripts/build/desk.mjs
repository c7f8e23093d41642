// Build of the desk part; see scripts/build.mjs.
export async function buildDesk(_options) {}
