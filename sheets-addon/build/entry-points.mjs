// Writes the top-level functions of Code.js. Apps Script has no modules: a custom function, a
// trigger, a menu item or a google.script.run target must be a top-level `function` declaration,
// and Sheets offers a custom function in autocomplete only when its JSDoc, with @customfunction,
// sits on that declaration. esbuild drops comments, so these are appended as text (the `footer`)
// after the bundle, each a one-line call into the bundle's single global.

export const GLOBAL_NAME = 'ARCallDesk';

/** JSDoc text may not close the comment or start a new tag. */
function docText(text) {
  return text.replace(/\*\//g, '* /').replace(/@/g, '(at)').replace(/\s+/g, ' ').trim();
}

function identifier(name) {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new Error(`"${name}" cannot be a JavaScript name.`);
  return name;
}

/** One wrapper per catalog function: exactly its name and its parameters, in order. */
export function customFunctionsSource(functions) {
  return functions
    .map((spec) => {
      const params = spec.params.map((p) => identifier(p.name));
      const lines = ['/**', ` * ${docText(spec.summary)}`, ' *', ` * Example: ${docText(spec.example)}`, ' *'];
      for (const p of spec.params) {
        const type = p.type === 'range' ? 'Array<Array<*>>' : '*';
        lines.push(` * @param {${type}} ${p.name} ${docText(p.description)}${p.optional ? ' Optional.' : ''}`);
      }
      lines.push(` * @return {Array<Array<*>>} ${spec.returns === 'table' ? 'A table with a header row; it spills.' : 'One value per row of the range; it spills down.'}`);
      lines.push(' * @customfunction', ' */');
      lines.push(`function ${identifier(spec.name)}(${params.join(', ')}) {`);
      lines.push(`  return ${GLOBAL_NAME}.customFunction(${JSON.stringify(spec.name)}, [${params.join(', ')}]);`);
      lines.push('}');
      return lines.join('\n');
    })
    .join('\n\n');
}

/** Triggers, menu items and the sidebar's server functions: every one the add-on has, and no other. */
export const ENTRY_POINTS = [
  { name: 'onOpen', params: ['e'], call: 'onOpen', returns: false, doc: 'Adds the Call Desk menu when the spreadsheet opens (simple trigger; reads no data).' },
  { name: 'onInstall', params: ['e'], call: 'onOpen', returns: false, doc: 'Adds the menu as soon as the add-on is installed, without reopening the spreadsheet.' },
  { name: 'openCallDesk', params: [], call: 'openCallDesk', returns: false, doc: 'Menu: opens the call desk in the sidebar.' },
  { name: 'openLogForm', params: [], call: 'openLogForm', returns: false, doc: 'Menu: opens the call desk at its log form.' },
  { name: 'planAsOfNow', params: [], call: 'planAsOfNow', returns: false, doc: 'Menu: writes the present time into the Call plan sheet\'s as-of cell.' },
  { name: 'setUpWorkbook', params: [], call: 'setUpWorkbook', returns: false, doc: 'Menu: creates the Settings, Call Log, Call plan and Dashboard sheets that are missing.' },
  { name: 'getDeskContext', params: ['language', 'customer'], call: 'getDeskContext', returns: true, doc: 'Sidebar: the computed desk for the current selection or the customer the collector opened (JSON-safe: that debtor and today\'s queue), in the language the collector picked if any.' },
  { name: 'logCall', params: ['entry', 'requestId'], call: 'logCall', returns: true, doc: 'Sidebar: appends one call to the Call Log; a repeated request id is not written twice.' },
  { name: 'selectAgingRow', params: ['row'], call: 'selectAgingRow', returns: true, doc: 'Sidebar: moves the selection to a row of the aging data.' },
  { name: 'getSelectionKey', params: [], call: 'getSelectionKey', returns: true, doc: 'Sidebar: where the selection is, so the desk follows it.' },
];

export function entryPointsSource() {
  return ENTRY_POINTS.map((p) => {
    const params = p.params.map(identifier).join(', ');
    const body = `${p.returns ? 'return ' : ''}${GLOBAL_NAME}.${identifier(p.call)}(${params});`;
    return `/** ${docText(p.doc)} */\nfunction ${identifier(p.name)}(${params}) {\n  ${body}\n}`;
  }).join('\n\n');
}

/** Everything appended after the bundle. */
export function footerSource(functions) {
  return ['', '// ---- Entry points Apps Script calls (generated from core/functions/catalog.ts and sheets-addon/build/entry-points.mjs) ----', '', customFunctionsSource(functions), '', entryPointsSource(), ''].join('\n');
}
