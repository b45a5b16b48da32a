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
  if (options.withoutQuotes) text = text.replace(/"[^"]{0,400}"|“[^”]{0,400}”|«[^»]{0,400}»/g, blank);
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

/** Which lines hold prose: paragraph lines, optionally not inside a block quote. Cached per story. */
const proseCache = new WeakMap<Story, Map<boolean, boolean[]>>();

function proseLines(story: Story, withoutQuotes: boolean): boolean[] {
  let byOption = proseCache.get(story);
  if (!byOption) {
    byOption = new Map();
    proseCache.set(story, byOption);
  }
  let flags = byOption.get(withoutQuotes);
  if (!flags) {
    flags = new Array<boolean>(story.lines.length).fill(false);
    for (const b of story.blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'other') continue;
      if (withoutQuotes && b.quoted) continue;
      for (let l = b.startLine; l <= b.endLine; l++) flags[l] = true;
    }
    byOption.set(withoutQuotes, flags);
  }
  return flags;
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Inline code, HTML comments and tags, link and image targets, bare URLs: none of it is the writer's prose. */
function blankInlineNoise(text: string): string {
  // Each pass only runs when its marker is present: most prose has none of them.
  text = blankCodeSpans(text);
  if (text.indexOf('<') !== -1) text = text.replace(/<!--[^]*?-->/g, blank).replace(/<\/?[a-zA-Z][^<>\n]*>/g, blank);
  if (text.indexOf('](') !== -1) text = text.replace(/\]\([^)\n]*\)/g, (m) => ']' + blank(m.slice(1)));
  if (text.indexOf('://') !== -1) text = text.replace(/\bhttps?:\/\/\S+/g, blank);
  return text;
}
