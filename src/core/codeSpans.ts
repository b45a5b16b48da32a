/**
 * Inline code spans (`like this`, ``or this``) as [start, end) offsets. A linear scan, not a regular
 * expression: a backreference pattern backtracks quadratically on a long run of unmatched backticks.
 * A run opens a span only if a run of the same length closes it within `reach` characters (CommonMark
 * keeps spans inside a paragraph; the bound keeps a stray run from costing a scan of the whole text).
 */
export function findCodeSpans(text: string, reach = 4000): [number, number][] {
  const spans: [number, number][] = [];
  let i = text.indexOf('`');
  while (i !== -1) {
    let runEnd = i;
    while (runEnd < text.length && text.charCodeAt(runEnd) === 96) runEnd++;
    const length = runEnd - i;
    const limit = Math.min(text.length, runEnd + reach);
    let close = -1;
    let j = text.indexOf('`', runEnd);
    while (j !== -1 && j < limit) {
      let k = j;
      while (k < text.length && text.charCodeAt(k) === 96) k++;
      if (k - j === length) {
        close = k;
        break;
      }
      j = text.indexOf('`', k);
    }
    if (close === -1) {
      i = text.indexOf('`', runEnd); // an unmatched run is plain text
      continue;
    }
    spans.push([i, close]);
    i = text.indexOf('`', close);
  }
  return spans;
}

/** The text with every code span replaced by spaces (line breaks kept), so offsets still map. */
export function blankCodeSpans(text: string): string {
  if (text.indexOf('`') === -1) return text;
  const spans = findCodeSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
