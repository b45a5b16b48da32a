import { readFrontMatter } from './frontMatter';
import { PrincipleMatcher } from './principles';
import { readBlocks, readFencedAnswer } from './blocks';
import { findSections, Heading } from './sections';
import { inferUnnamedBoldLines, inferUnnamedHeadings } from './sectionInference';
import { readSuppressions } from './suppressions';
import { readPrinciples } from './principleList';
import { isPrincipleKey, PRINCIPLE_KEYS } from './principleKeys';
import { lineRange, normalizeLineEndings, range, splitLines } from './text';
import { FrontMatter, PrincipleRef, Range, Section, Story, TextBlock } from './types';
import { AMAZON_CATALOG } from './principles';

const defaultMatcher = new PrincipleMatcher(AMAZON_CATALOG);

/** What the front matter alone tells: enough for the Principles view before the full check runs. */
export interface StoryHeader {
  text: string;
  lines: string[];
  frontMatter?: FrontMatter;
  principles: PrincipleRef[];
  /** Indexes in `principles` of names written with a comma and unquoted, so the list split them (joined back). */
  rejoined: number[];
  hasPrinciplesKey: boolean;
  principlesRange: Range;
  /** The front matter's title; the first heading stands in only after a full parse. */
  title?: string;
  titleRange?: Range;
}

/**
 * Whether the text may open with a front matter, from its first bytes alone: false means readStoryHeader finds no
 * front matter, so no principles key, and an index can leave the rest of the text for later.
 */
export function mayHaveFrontMatter(text: string): boolean {
  return text.startsWith('---') || text.startsWith('\ufeff---');
}

/** Reads only the front matter (no Markdown parse): a fraction of parseStory's cost. Never throws. */
export function readStoryHeader(input: string, matcher: PrincipleMatcher = defaultMatcher): StoryHeader {
  const text = normalizeLineEndings(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const lines = splitLines(text);
  const frontMatter = readFrontMatter(lines);
  const data = frontMatter?.data ?? {};
  const fmEnd = frontMatter ? frontMatter.range.end.line : 0;
  const principleKey = Object.keys(data).find((k) => isPrincipleKey(k));
  // A front matter that fails to parse still says "this is a story" if it has a principles line.
  const keyLines = frontMatter ? topLevelKeyLines(lines, fmEnd) : new Map<string, number>();
  const rawPrincipleLine = firstKeyLine(keyLines, PRINCIPLE_KEYS);
  const principlesRange =
    rawPrincipleLine >= 0
      ? lineRange(lines, rawPrincipleLine)
      : frontMatter
        ? lineRange(lines, 0)
        : range(0, 0, 0, (lines[0] ?? '').length);
  const header: StoryHeader = {
    text,
    lines,
    frontMatter,
    ...(principleKey !== undefined
      ? readPrinciples(data[principleKey], lines, rawPrincipleLine, fmEnd, principlesRange, matcher)
      : { principles: [], rejoined: [] }),
    hasPrinciplesKey: principleKey !== undefined || rawPrincipleLine >= 0,
    principlesRange,
  };
  if (typeof data.title === 'string' || typeof data.title === 'number') {
    header.title = String(data.title).trim() || undefined;
    const titleLine = firstKeyLine(keyLines, ['title']);
    if (header.title) header.titleRange = titleLine >= 0 ? lineRange(lines, titleLine) : lineRange(lines, 0);
  }
  return header;
}

/**
 * Reads a Markdown text into a story: front matter, title, principles, STAR sections and text blocks,
 * every position as in the original text. Never throws on any input.
 */
export function parseStory(input: string, matcher: PrincipleMatcher = defaultMatcher): Story {
  const header = readStoryHeader(input, matcher);
  const { text, lines, frontMatter } = header;
  const bodyStart = frontMatter ? frontMatter.bodyStartLine : 0;

  const parsedEnd = Math.min(lines.length, bodyStart + MAX_CHECKED_LINES);
  let { blocks, headings } = readBlocks(text, lines, bodyStart, parsedEnd);
  let sections = findSections(lines, blocks, headings);
  let distinct = distinctRequired(sections);
  if (distinct < 2 && blocks.some((b) => b.kind === 'code')) {
    // The whole answer pasted inside a fence: read the fence's text as the story.
    const unfenced = readFencedAnswer(lines, blocks, headings);
    const inside = unfenced && findSections(lines, unfenced.blocks, unfenced.headings);
    if (unfenced && inside && distinctRequired(inside) >= 2) {
      ({ blocks, headings } = unfenced);
      sections = inside;
      distinct = distinctRequired(inside);
    }
  }
  if (header.hasPrinciplesKey && distinct < 4) {
    const inferred = inferUnnamedHeadings(headings, sections, header.title);
    const bold = inferred ? undefined : inferUnnamedBoldLines(lines, blocks, sections, header.title);
    if (inferred || bold) sections = findSections(lines, blocks, headings, inferred, bold);
  }
  const isStory = header.hasPrinciplesKey || distinct >= 2;

  let { title, titleRange } = header;
  if (!title) {
    const heading = pickTitleHeading(headings, sections);
    if (heading) {
      title = heading.text;
      titleRange = lineRange(lines, heading.line);
    }
  }

  return {
    text,
    lines,
    frontMatter,
    title,
    titleRange,
    principles: header.principles,
    rejoined: header.rejoined,
    hasPrinciplesKey: header.hasPrinciplesKey,
    principlesRange: header.principlesRange,
    sections,
    blocks,
    ...readSuppressions(frontMatter?.data ?? {}, text, lines, frontMatter && !frontMatter.unclosed ? frontMatter.range.end.line : -1),
    isStory,
    spokenWordCount: countSpokenWords(lines, blocks),
    ...(parsedEnd < lines.length ? { uncheckedFromLine: parsedEnd } : {}),
    derived: {},
  };
}

/**
 * The Markdown parse costs a few microseconds a block, so a file of a million one-line blocks took seconds.
 * A story told in three minutes has a few dozen lines; past this many, the rest of a file is not read.
 */
export const MAX_CHECKED_LINES = 20000;

function distinctRequired(sections: readonly Section[]): number {
  return new Set(sections.map((s) => s.kind).filter((k) => k !== 'learnings')).size;
}

function pickTitleHeading(headings: readonly Heading[], sections: readonly Section[]): Heading | undefined {
  const markerLines = new Set(sections.filter((s) => s.form === 'heading').map((s) => s.markerRange.start.line));
  const plain = headings.filter((h) => !markerLines.has(h.line) && h.text);
  return plain.find((h) => h.level === 1) ?? plain[0];
}

const KEY_LINE = /^["']?(\w[\w -]{0,63}?)["']?\s*:/;

/** The line of a top-level `key:` inside the front matter, or -1. */
/** Each top-level key of the front matter (lower case) and the line it first stands on: one pass for every lookup. */
function topLevelKeyLines(lines: readonly string[], fmEnd: number): Map<string, number> {
  const keys = new Map<string, number>();
  for (let i = 1; i < fmEnd; i++) {
    // A top-level key starts with a word character and is short. The old `([\w -]+?)["']?\s*:` let the key
    // start with spaces, so on an indented line every extension of the key rescanned the rest of the
    // indentation: quadratic (a few 1,000-space lines took 50 ms, one of 50,000 seconds).
    const m = KEY_LINE.exec(lines[i]);
    if (m) {
      const key = m[1].toLowerCase();
      if (!keys.has(key)) keys.set(key, i);
    }
  }
  return keys;
}

/** The earliest line holding one of `names`, or -1. */
function firstKeyLine(keyLines: Map<string, number>, names: readonly string[]): number {
  let line = -1;
  for (const n of names) {
    const at = keyLines.get(n);
    if (at !== undefined && (line === -1 || at < line)) line = at;
  }
  return line;
}

/** Words said aloud: paragraph text only, so headings, code, HTML and front matter are not counted. */
function countSpokenWords(lines: readonly string[], blocks: readonly TextBlock[]): number {
  let words = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (let l = b.startLine; l <= b.endLine; l++) words += countWords(lines[l]);
  }
  return words;
}

/** Runs of characters between spaces that hold a letter or digit (a lone `-` or `>` is not a word). */
function countWords(line: string): number {
  if (line.indexOf('\t') !== -1) line = line.replace(/\t/g, ' ');
  let words = 0;
  // Jumps from space to space, looking only inside each run: a few times faster than visiting every character's class.
  for (let start = 0; start < line.length;) {
    let end = line.indexOf(' ', start);
    if (end === -1) end = line.length;
    for (let i = start; i < end; i++) {
      const c = line.charCodeAt(i);
      // Letters and digits of any script: ASCII by range, the rest (above 0x7f) taken as letters.
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) {
        words++;
        break;
      }
    }
    start = end + 1;
  }
  return words;
}
