// The help page each function's helpUrl and the manifest's SupportUrl point at, written from the
// catalog so it cannot disagree with functions.json.

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function helpPage(functions) {
  const sections = functions.map((spec) => {
    const signature = `=AR.${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    const example = spec.example.replace(/^=/, '=AR.');
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
      <p>Example: <code>${escapeHtml(example)}</code></p>
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
    Add a customer as the last argument to get one customer's value in a table column.</p>
${sections.join('\n')}
  </body>
</html>
`;
}
