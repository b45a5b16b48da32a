import { blankPrompts, storyPrompts } from './prompts';
import { Section, Story, TextBlock } from './types';

/** What a section holds: the writer's own words, only the template's prompts, or nothing. */
export type SectionFill = 'written' | 'prompts' | 'empty';

/**
 * True when the section holds something the writer wrote: any block under the marker counts (text, a list,
 * code, a table), and a label needs words after it or below it; the template's prompts alone do not count.
 */
export function sectionWritten(story: Story, s: Section): boolean {
  return sectionFill(story, s) === 'written';
}

export function sectionFill(story: Story, s: Section): SectionFill {
  let fill: SectionFill = 'empty';
  const prompts = storyPrompts(story).length > 0;
  const look = (text: string): boolean => {
    if (hasWords(text, prompts)) return true;
    if (/\S/.test(text)) fill = 'prompts';
    return false;
  };
  const markerLine = s.markerRange.start.line;
  const upTo = s.endCharacter !== undefined && s.endLine === s.contentStart.line ? s.endCharacter : undefined;
  if (s.form === 'label' && look(story.lines[s.contentStart.line].slice(s.contentStart.character, upTo))) return 'written';
  // Blocks are leaves in reading order, so they are sorted by both start and end: search for the first, rather
  // than walk from the top for every section (quadratic in a file of many headings).
  const blocks = story.blocks;
  for (let i = firstBlockEndingAtOrAfter(blocks, s.contentStart.line); i < blocks.length; i++) {
    const b = blocks[i];
    if (b.startLine > s.endLine) break;
    if (b.startLine === markerLine && b.endLine === markerLine) continue;
    if (b.kind === 'heading') continue;
    if (b.kind === 'code') return 'written';
    for (let l = Math.max(b.startLine, s.contentStart.line); l <= Math.min(b.endLine, s.endLine); l++) {
      const line = l === s.contentStart.line ? story.lines[l].slice(s.contentStart.character) : story.lines[l];
      if (look(l === s.endLine && s.endCharacter !== undefined ? line.slice(0, s.endCharacter) : line)) return 'written';
    }
  }
  return fill;
}

function firstBlockEndingAtOrAfter(blocks: readonly TextBlock[], line: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].endLine < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A letter or digit left once the prompts are blanked (a list bullet alone is not writing). */
function hasWords(text: string, mayHavePrompts: boolean): boolean {
  return /[\p{L}\p{N}]/u.test(mayHavePrompts ? blankPrompts(text) : text);
}
