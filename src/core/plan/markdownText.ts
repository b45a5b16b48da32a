/**
 * Story text (titles, sentences) put into generated Markdown: stories are untrusted, so what could start
 * markup (HTML, links, emphasis, table cells) is escaped, and a line break cannot end a list item or a row.
 */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#!]/g, (c) => `\\${c}`);
}

/** A file path as inline code, with a fence long enough for any backticks inside it. */
export function mdCode(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
