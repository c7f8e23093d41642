/**
 * RFC 4180 fields: quotes, doubled quotes, separators and line breaks inside quotes; the separator
 * is `;` when the first line has one (European exports), else `,`. Blank lines are kept unless
 * asked otherwise, so that row numbers in messages are the file's.
 */
export function parseCsv(text: string, options: { dropBlankLines?: boolean } = {}): string[][] {
  const separator = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return options.dropBlankLines ? rows.filter((r) => r.some((c) => c.trim() !== '')) : rows;
}
