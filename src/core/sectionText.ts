import { blankCodeSpans } from './codeSpans';
import { blankPrompts, storyPrompts } from './prompts';
import { Position, Section, Story } from './types';

/**
 * The prose of one or more sections as a single string the rules can search with regular expressions,
 * with a way back to positions in the file. Code spans, HTML comments and link targets are blanked
 * (same length, so offsets still map), and so are code blocks, HTML blocks and headings, which are left out.
 */
export interface SectionText {
  text: string;
  positionAt(offset: number): Position;
}

export interface ProseOptions {
  /** Also blank quoted speech ("…", “…”) and block quotes: someone else's words. */
  withoutQuotes?: boolean;
  /** With withoutQuotes, keep block quotes: the answer itself is pasted as one. */
  keepBlockQuotes?: boolean;
}

export function sectionsOf(story: Story, kind: Section['kind']): Section[] {
  return story.sections.filter((s) => s.kind === kind);
}

export function proseOf(story: Story, sections: readonly Section[], options: ProseOptions = {}): SectionText {
  const prose = proseLines(story, options.withoutQuotes === true && options.keepBlockQuotes !== true);
  const lineStarts = lineStartsOf(story);
  // Each section's lines are taken as one slice of the story's text; lines that are not prose (headings,
  // code and HTML blocks, quotes when asked) are blanked, so offsets within a slice are offsets in the file.
  const pieces: string[] = [];
  const pieceStart: number[] = []; // where each piece starts in the joined text
  const pieceFrom: number[] = []; // where it starts in the story's text
  let offset = 0;
  for (const section of sections) {
    const first = section.contentStart.line;
    const last = Math.min(section.endLine, story.lines.length - 1);
    if (last < first) continue;
    const from = lineStarts[first] + Math.min(section.contentStart.character, story.lines[first].length);
    const lastLength =
      section.endCharacter !== undefined && last === section.endLine
        ? Math.min(section.endCharacter, story.lines[last].length)
        : story.lines[last].length;
    const to = lineStarts[last] + lastLength;
    if (to < from) continue;
    let piece = story.text.slice(from, to);
    let allProse = true;
    for (let l = first; l <= last && allProse; l++) if (!prose[l] && story.lines[l].length > 0) allProse = false;
    if (!allProse) {
      const parts: string[] = [];
      for (let l = first; l <= last; l++) {
        const full = l === last ? story.lines[l].slice(0, lastLength) : story.lines[l];
        const text = l === first ? full.slice(from - lineStarts[l]) : full;
        parts.push(prose[l] ? text : text.replace(/[^\n]/g, ' '));
      }
      piece = parts.join('\n');
    }
    pieces.push(piece);
    pieceStart.push(offset);
    pieceFrom.push(from);
    offset += piece.length + 1;
  }
  let text = blankInlineNoise(pieces.join('\n'), storyPrompts(story).length > 0);
  // Quotations may wrap onto the next line; the bound keeps a stray quote mark from swallowing a whole section.
  // An opening mark also ends the search for a closing one: otherwise a run of “ scanned 400 characters from each.
  // Three native scans beat one regex over the Action (most have no quote mark at all).
  if (options.withoutQuotes && (text.indexOf('"') !== -1 || text.indexOf('“') !== -1 || text.indexOf('«') !== -1))
    text = text.replace(/"[^"]{0,400}"|“[^“”]{0,400}”|«[^«»]{0,400}»/g, (quote: string, at: number) =>
      isWholeLine(text, at, quote.length) ? quote : blank(quote),
    );
  return {
    text,
    positionAt(at: number): Position {
      if (pieceStart.length === 0) return { line: 0, character: 0 };
      const p = binarySearch(pieceStart, at);
      const inFile = pieceFrom[p] + (at - pieceStart[p]);
      const line = binarySearch(lineStarts, inFile);
      return { line, character: inFile - lineStarts[line] };
    },
  };
}

/** True when the line stands in a block quote (`> ...`). */
export function isQuoted(story: Story, line: number): boolean {
  return story.blocks.some((b) => b.quoted && b.startLine <= line && line <= b.endLine);
}

/** Index of the last element of the ascending `starts` that is at most `at` (0 when none). */
export function binarySearch(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offset in the story's text where each line starts. Computed once per story. */
export function lineStartsOf(story: Story): number[] {
  let starts = story.derived.lineStarts;
  if (!starts) {
    starts = new Array<number>(story.lines.length);
    let offset = 0;
    for (let l = 0; l < story.lines.length; l++) {
      starts[l] = offset;
      offset += story.lines[l].length + 1;
    }
    story.derived.lineStarts = starts;
  }
  return starts;
}

/** Which lines hold prose: paragraph lines, optionally not inside a block quote. Computed once per story. */
function proseLines(story: Story, withoutQuotes: boolean): boolean[] {
  const cached = withoutQuotes ? story.derived.proseLinesWithoutQuotes : story.derived.proseLines;
  if (cached) return cached;
  const flags = new Array<boolean>(story.lines.length).fill(false);
  for (const b of story.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'other') continue;
    if (withoutQuotes && b.quoted) continue;
    for (let l = b.startLine; l <= b.endLine; l++) flags[l] = true;
  }
  if (withoutQuotes) story.derived.proseLinesWithoutQuotes = flags;
  else story.derived.proseLines = flags;
  return flags;
}

/**
 * A quotation that fills its lines (after a label or list marker) is the writer's own answer in quotes,
 * as guides print them, not someone else's words. Looks a few characters either side only.
 */
function isWholeLine(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const lineStart = before.lastIndexOf('\n');
  if (lineStart === -1 && at > 40) return false;
  if (!/^[\s>*+\-\d.)]*$/.test(before.slice(lineStart + 1))) return false;
  // Introduced on the line before ("My manager told me:"), it is someone else's after all.
  if (lineStart !== -1 && before.slice(0, lineStart).trimEnd().endsWith(':')) return false;
  const after = text.slice(at + length, at + length + 12);
  const lineEnd = after.indexOf('\n');
  return /^[\s.,;:!?)*_]*$/.test(lineEnd === -1 ? after : after.slice(0, lineEnd)) && (lineEnd !== -1 || at + length + 12 >= text.length);
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Inline code, HTML comments and tags, link and image targets, bare URLs: none of it is the writer's prose. */
function blankInlineNoise(text: string, mayHavePrompts: boolean): string {
  // Each pass only runs when its marker is present: most prose has none of them.
  text = blankCodeSpans(text);
  if (mayHavePrompts) text = blankPrompts(text);
  if (text.indexOf('<') !== -1) text = blankBetween(text, '<!--', '-->', false).replace(/<\/?[a-zA-Z][^<>\n]*>/g, blank);
  if (text.indexOf('](') !== -1) text = blankBetween(text, '](', ')', true, 1);
  if (text.indexOf('://') !== -1) text = text.replace(/\bhttps?:\/\/\S+/g, blank);
  return text;
}

/**
 * Blanks every `open`...`close` (up to the first `close` after each `open`) but its first `keep` characters,
 * within one line when `sameLine`. A scan rather than a lazy regex (/<!--[^]*?-->/g): the regex searched to
 * the end of the text again from every `open` that had no `close`, so a line of `](` or `<!--` repeated took
 * seconds (50 KB of `](`: 11 s).
 */
function blankBetween(text: string, open: string, close: string, sameLine: boolean, keep = 0): string {
  let out = '';
  let done = 0;
  for (let at = text.indexOf(open); at !== -1;) {
    const end = text.indexOf(close, at + open.length);
    if (end === -1) break; // no close after this open, so none after a later one either
    const lineEnd = sameLine ? text.indexOf('\n', at) : -1;
    if (lineEnd !== -1 && lineEnd < end) {
      // Unclosed on its line, and so is every later open on that line.
      at = text.indexOf(open, lineEnd);
      continue;
    }
    out += text.slice(done, at + keep) + blank(text.slice(at + keep, end + close.length));
    done = end + close.length;
    at = text.indexOf(open, done);
  }
  return done === 0 ? text : out + text.slice(done);
}
