import type { Blocks } from './blocks';
import { TextBlock } from './types';

/**
 * Most stories are plain Markdown: headings, paragraphs and flat lists. Their blocks are read here in one pass
 * over the lines, at a fraction of a full CommonMark parse (which was a third of the engine's time). Anything
 * outside that subset (quotes, code, HTML, tabs, rules, nested or indented blocks, headings with a closing
 * `#`) gives `undefined` and the full parser reads the text, so the blocks are always the ones it would give
 * (a unit test holds the two equal on every fixture and on generated documents).
 */

/** A list marker at the line's start with its spaces: a bullet, or a number of at most nine digits. */
const MARKER = /^(?:[-*+]|\d{1,9}[.)])( +|$)/;

export function readPlainBlocks(lines: readonly string[], bodyStart: number, end: number): Blocks | undefined {
  const blocks: TextBlock[] = [];
  const headings: Blocks['headings'] = [];
  let paragraph = -1; // the open paragraph's first line
  let inList = false; // a list item opened since the last heading or paragraph outside a list
  const close = (last: number) => {
    if (paragraph !== -1) blocks.push({ startLine: paragraph, endLine: last, kind: 'paragraph', quoted: false });
    paragraph = -1;
  };
  for (let l = bodyStart; l < end; l++) {
    const line = lines[l];
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) {
      close(l - 1);
      continue;
    }
    if (line.indexOf('\t') !== -1) return undefined;
    const content = indent === 0 ? line : line.slice(indent);
    if (startsOtherBlock(content)) return undefined;
    const marker = MARKER.exec(content);
    if (indent > 0) {
      // Indented text only continues an open paragraph (lazily or within a list item); anything else is nesting or code.
      if (paragraph === -1 || marker || atxLevel(content) > 0) return undefined;
      continue;
    }
    const level = atxLevel(content);
    if (level > 0) {
      const text = content.slice(level).trim();
      if (text.endsWith('#') || text.indexOf('<!--') !== -1) return undefined;
      close(l - 1);
      blocks.push({ startLine: l, endLine: l, kind: 'heading', quoted: false });
      headings.push({ line: l, level, text });
      inList = false;
      continue;
    }
    if (marker) {
      const rest = content.slice(marker[0].length);
      // An empty item, or an item whose text is indented code or another block, is left to the full parser.
      if (rest === '' || marker[1].length > 4 || startsOtherBlock(rest) || MARKER.test(rest) || atxLevel(rest) > 0) return undefined;
      // In a paragraph outside a list, only a bullet or a list starting at 1 begins a list; other numbers are text.
      const ordered = content.charCodeAt(0) >= 48 && content.charCodeAt(0) <= 57;
      const continues = paragraph !== -1 && !inList && ordered && parseInt(content, 10) !== 1;
      if (!continues) {
        close(l - 1);
        paragraph = l;
        inList = true;
      }
      continue;
    }
    if (paragraph === -1) {
      // Text that starts a paragraph (after a blank line or a heading) is outside any list.
      inList = false;
      paragraph = l;
    }
  }
  close(end - 1);
  return { blocks, headings };
}

/** The level of an ATX heading (`#` to `######`, then a space or the line's end), 0 when the line is none. */
function atxLevel(content: string): number {
  let level = 0;
  while (level < content.length && content.charCodeAt(level) === 35) level++;
  if (level === 0 || level > 6) return 0;
  return level === content.length || content.charCodeAt(level) === 32 ? level : 0;
}

/** Lines that start a block outside the subset (or might): quotes, HTML, fences, rules and setext underlines. */
function startsOtherBlock(content: string): boolean {
  const c = content.charCodeAt(0);
  if (c === 62 /* > */ || c === 60 /* < */) return true;
  if ((c === 96 /* ` */ || c === 126) /* ~ */ && content.charCodeAt(1) === c && content.charCodeAt(2) === c) return true;
  // Only -, *, _, = and spaces: a thematic break, a setext underline or an empty item.
  if (c === 45 || c === 42 || c === 95 || c === 61) {
    for (let i = 0; i < content.length; i++) {
      const d = content.charCodeAt(i);
      if (d !== 45 && d !== 42 && d !== 95 && d !== 61 && d !== 32) return false;
    }
    return true;
  }
  return false;
}
