// The help page each function's helpUrl and the manifest's SupportUrl point at, written from the
// catalog so it cannot disagree with functions.json.

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The one-row-at-a-time form in an Excel table, as the help page shows it: the aging argument names
 * the table's source columns only, so the new column the formula fills is never in its own range.
 */
export const PER_ROW_EXAMPLE = {
  cell: 'Aging!I2',
  formula: '=AR.CALLPRIORITY(Aging[[#All],[Customer]:[Phone]], HSTACK(CallLog[[#All],[Time]:[Balance at call]], CallLog[[#All],[Instalments]]), Settings!$A$1:$B$40, $K$1, [@Customer])',
};

export function helpPage(functions) {
  const sections = functions.map((spec) => {
    const signature = `=AR.${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    const example = spec.example.replace(/^=/, '=AR.');
    const where = spec.exampleCell ? `Typed in <code>${escapeHtml(spec.exampleCell)}</code>: ` : '';
    const params = spec.params
      .map((p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ' (optional)' : ''}: ${escapeHtml(p.description)}</li>`)
      .join('\n        ');
    return `    <section id="${spec.name}">
      <h2>${spec.name}</h2>
      <p>${escapeHtml(spec.summary)}</p>
      <p><code>${escapeHtml(signature)}</code></p>
      <ul>
        ${params}
      </ul>
      <p>Example: ${where}<code>${escapeHtml(example)}</code></p>
    </section>`;
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>AR CallDesk functions</title>
    <style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}</style>
  </head>
  <body>
    <h1>AR CallDesk functions</h1>
    <p>Pass the whole aging range, header row included: the result spills one value per row, lined up with it.
    Add a customer as the last argument to get one customer's value in a table column. Its ranges must not
    contain the cell the formula is in (Excel would report a circular reference): in a table, name the source
    columns only. In a column added to the right of the table's columns Customer to Phone, typed in
    <code>${escapeHtml(PER_ROW_EXAMPLE.cell)}</code>: <code>${escapeHtml(PER_ROW_EXAMPLE.formula)}</code></p>
${sections.join('\n')}
  </body>
</html>
`;
}
