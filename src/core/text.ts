import { Range } from './types';

/** Line breaks as VS Code counts them: CRLF, LF, and a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Turns every line ending into `\n`. Line numbers and columns stay as in the original,
 * since only the characters at line ends change.
 */
export function normalizeLineEndings(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(LINE_BREAK, '\n');
}

/**
 * The text's lines (it has only `\n` line ends by now). Slices found with indexOf rather than `split('\n')`: when the
 * text has been used as a property key anywhere (gray-matter's cache lookup does that), V8 internalizes it, and
 * split then internalizes every line for its results cache, which made splitting a story 4 to 8 times slower.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function lineRange(lines: readonly string[], line: number): Range {
  const text = lines[line] ?? '';
  const first = text.length - text.trimStart().length;
  return range(line, first, line, Math.max(first, text.trimEnd().length));
}

/** Text from a story or a config, shortened for a message: a message never grows with its input. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/** A few names for a message ("a; b; c; and 13 more"), so a catalog of any size gives a short one. */
export function someNames(names: readonly string[], max = 16): string {
  if (names.length <= max) return names.map((n) => clip(n)).join('; ');
  return `${names
    .slice(0, max - 1)
    .map((n) => clip(n))
    .join('; ')}; and ${names.length - (max - 1)} more`;
}

/**
 * Control characters shown as escapes (`\x1b`, `\u202e`): C0 and C1 controls, DEL, line and paragraph separators
 * and bidirectional overrides. Text from a story, a config or a file name goes through this before it reaches a
 * terminal or a report, so it can never move the cursor, erase lines, retitle the window or reorder what is shown.
 */
export function visible(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL_ALL, escapeControl) : text;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

function escapeControl(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
