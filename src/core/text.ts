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

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function lineRange(lines: readonly string[], line: number): Range {
  const text = lines[line] ?? '';
  const first = text.length - text.trimStart().length;
  return range(line, first, line, Math.max(first, text.trimEnd().length));
}

