import MarkdownIt from 'markdown-it';
import { readPlainBlocks } from './plainBlocks';
import { Heading } from './sections';
import { TextBlock } from './types';

/**
 * Block structure is all the engine needs (headings, paragraphs, lists, code, quotes with their lines),
 * so inline parsing is switched off: it is most of markdown-it's time and its tokens would go unread.
 * `clean`: without markdown-it's own clean-up pass, for text already free of CR and NUL characters.
 * Made on first use: most stories never need the full parser (plainBlocks.ts reads them), and making both took
 * a good part of the extension's load time.
 */
function parser(clean: boolean): MarkdownIt {
  const made = parsers[clean ? 1 : 0];
  if (made) return made;
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  md.core.ruler.disable([...(clean ? ['normalize'] : []), 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  // Tables and link reference definitions read as plain paragraphs serve the rules just as well, and cost less.
  md.block.ruler.disable(['table', 'reference']);
  return (parsers[clean ? 1 : 0] = md);
}
const parsers: (MarkdownIt | undefined)[] = [undefined, undefined];

export interface Blocks {
  blocks: TextBlock[];
  headings: Heading[];
}

/** The body's blocks and headings (from `bodyStart` on), with lines counted in the whole text. */
export function readBlocks(text: string, lines: readonly string[], bodyStart: number, end = lines.length): Blocks {
  return (bodyStart < end ? readPlainBlocks(lines, bodyStart, end) : undefined) ?? parseBlocks(text, lines, bodyStart, end);
}

/** The same, always through the full CommonMark parser. */
export function parseBlocks(text: string, lines: readonly string[], bodyStart: number, end = lines.length): Blocks {
  const out: Blocks = { blocks: [], headings: [] };
  if (bodyStart >= end) return out;
  let offset = 0;
  for (let l = 0; l < bodyStart; l++) offset += lines[l].length + 1;
  // Up to line `end` only (see MAX_CHECKED_LINES in story.ts).
  let bodyEnd = text.length;
  if (end < lines.length) {
    bodyEnd = offset;
    for (let l = bodyStart; l < end; l++) bodyEnd += lines[l].length + 1;
  }
  addBlocks(offset === 0 && bodyEnd === text.length ? text : text.slice(offset, bodyEnd), bodyStart, out);
  return out;
}

function addBlocks(body: string, bodyStart: number, { blocks, headings }: Blocks): void {
  // Line endings are normalised already; markdown-it's pass would only replace NUL characters, if there are any.
  const tokens = parser(body.indexOf('\0') === -1).parse(body, {});
  let quoteDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'heading_open':
      case 'paragraph_open':
      case 'fence':
      case 'code_block':
      case 'html_block':
      case 'table_open':
      case 'hr': {
        if (!token.map) break;
        const startLine = token.map[0] + bodyStart;
        const endLine = Math.max(startLine, token.map[1] - 1 + bodyStart);
        const kind: TextBlock['kind'] =
          token.type === 'heading_open'
            ? 'heading'
            : token.type === 'paragraph_open'
              ? 'paragraph'
              : token.type === 'fence' || token.type === 'code_block'
                ? 'code'
                : token.type === 'html_block'
                  ? 'html'
                  : 'other';
        blocks.push({ startLine, endLine, kind, quoted: quoteDepth > 0 });
        if (token.type === 'heading_open') {
          const inline = tokens[i + 1];
          headings.push({ line: startLine, level: Number(token.tag.slice(1)) || 1, text: withoutComments((inline?.content ?? '').trim()) });
        }
        break;
      }
    }
  }
}

/** A fence that holds prose, not code: no language, or one that says text or Markdown. */
const PROSE_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*(?:md|markdown|text|txt|plain|plaintext)?[ \t]*$/i;

const MAX_WORDS_AROUND_FENCED_ANSWER = 60;

/**
 * The blocks with the first prose fence's contents read as Markdown in its place, for an answer pasted
 * whole into a code block; undefined when there is no such fence.
 */
export function readFencedAnswer(lines: readonly string[], blocks: readonly TextBlock[], headings: readonly Heading[]): Blocks | undefined {
  const fence = blocks.find((b) => b.kind === 'code' && !b.quoted && PROSE_FENCE.test(lines[b.startLine]) && b.endLine > b.startLine + 1);
  if (!fence) return undefined;
  // Only when the fence is the answer: a page with prose around a fenced sample story (a README) is no story.
  let wordsOutside = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (let l = b.startLine; l <= b.endLine; l++) wordsOutside += lines[l].split(/\s+/, 61).length;
    if (wordsOutside > MAX_WORDS_AROUND_FENCED_ANSWER) return undefined;
  }
  const closed = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/.test(lines[fence.endLine]);
  const last = closed ? fence.endLine - 1 : fence.endLine;
  const inner: Blocks = { blocks: [], headings: [] };
  addBlocks(lines.slice(fence.startLine + 1, last + 1).join('\n'), fence.startLine + 1, inner);
  return {
    blocks: [...blocks.filter((b) => b.endLine < fence.startLine), ...inner.blocks, ...blocks.filter((b) => b.startLine > fence.endLine)],
    headings: [...headings.filter((h) => h.line < fence.startLine), ...inner.headings, ...headings.filter((h) => h.line > fence.endLine)],
  };
}

/** A heading's text without HTML comments (`## Action <!-- star-lint-disable-line ... -->` is still the Action). */
function withoutComments(text: string): string {
  let at = text.indexOf('<!--');
  if (at === -1) return text;
  let out = '';
  let done = 0;
  while (at !== -1) {
    const end = text.indexOf('-->', at + 4);
    if (end === -1) break;
    out += text.slice(done, at);
    done = end + 3;
    at = text.indexOf('<!--', done);
  }
  return (out + text.slice(done)).trim();
}
