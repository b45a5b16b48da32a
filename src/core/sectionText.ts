import { blankCodeSpans } from './codeSpans';
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
}

export function sectionsOf(story: Story, kind: Section['kind']): Section[] {
  return story.sections.filter((s) => s.kind === kind);
}

export function proseOf(story: Story, sections: readonly Section[], options: ProseOptions = {}): SectionText {
  const lineOf: number[] = [];
  const startOf: number[] = [];
  const colOf: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  const prose = proseLines(story, options.withoutQuotes === true);
  for (const section of sections) {
    for (let l = section.contentStart.line; l <= section.endLine; l++) {
      if (!prose[l]) continue;
      const col = l === section.contentStart.line ? section.contentStart.character : 0;
      const line = story.lines[l].slice(col);
      lineOf.push(l);
      startOf.push(offset);
      colOf.push(col);
      parts.push(line);
      offset += line.length + 1;
    }
  }
  let text = blankInlineNoise(parts.join('\n'));
  // Quotations may wrap onto the next line; the bound keeps a stray quote mark from swallowing a whole section.
  // An opening mark also ends the search for a closing one: otherwise a run of “ scanned 400 characters from each.
  if (options.withoutQuotes) text = text.replace(/"[^"]{0,400}"|“[^“”]{0,400}”|«[^«»]{0,400}»/g, blank);
  return {
    text,
    positionAt(at: number): Position {
      // Binary search for the joined line that holds `at`.
      let lo = 0;
      let hi = startOf.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (startOf[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      if (startOf.length === 0) return { line: 0, character: 0 };
      return { line: lineOf[lo], character: colOf[lo] + (at - startOf[lo]) };
    },
  };
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

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Inline code, HTML comments and tags, link and image targets, bare URLs: none of it is the writer's prose. */
function blankInlineNoise(text: string): string {
  // Each pass only runs when its marker is present: most prose has none of them.
  text = blankCodeSpans(text);
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
  for (let at = text.indexOf(open); at !== -1; ) {
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
