// Puts the sidebar's JS and CSS into the one HTML file HtmlService serves. It is served with
// createHtmlOutputFromFile, not as a template, so `<?` in the bundle is never read as a scriptlet;
// what remains is the HTML parser: inside <script>, `</script` ends the element and `<!--` (with a
// later `<script`) switches it into an escaped state. `\x3c` means `<` in JS strings, regular
// expressions and templates alike, so every such `<` is written that way.

const SCRIPT_HAZARD = /<(?=!--|\/?script)/gi;

export function scriptSafe(js) {
  return js.replace(SCRIPT_HAZARD, '\\x3c');
}

export function sidebarHtml({ js, css, title }) {
  if (/<\/style/i.test(css)) throw new Error('The sidebar CSS contains "</style", which would end the style element early.');
  const safe = scriptSafe(js);
  // The rewrite must leave valid JavaScript: a `<` in code position would not survive it.
  new Function(safe);
  return `<!DOCTYPE html>
<html>
<head>
<base target="_top">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${css}
</style>
</head>
<body>
<div id="desk"></div>
<script>
${safe}
</script>
</body>
</html>
`;
}
