import { Rule } from '../rule';
import { Section, SECTION_TITLES, Story, TextBlock } from '../types';

/** A heading with nothing under it is a section still to write; saying so beats a vaguer rule firing. */
export const emptySection: Rule = {
  id: 'empty-section',
  defaultSeverity: 'warning',
  summary: 'Every STAR section has some text under its heading.',
  check({ story }) {
    const seen = new Set<number>();
    const findings = [];
    for (const s of story.sections) {
      // A combined heading (Situation & Task) is one place to write, so it gets one finding.
      if (seen.has(s.markerRange.start.line)) continue;
      seen.add(s.markerRange.start.line);
      if (hasContent(story, s)) continue;
      const name = s.combined ? `"${s.markerText}"` : SECTION_TITLES[s.kind];
      findings.push({
        message: `The ${name} section is empty: write it, or remove the heading if the story does not need it.`,
        range: s.markerRange,
        section: SECTION_TITLES[s.kind],
        data: { section: s.kind },
      });
    }
    return findings;
  },
};

/** Any block under the marker counts (text, a list, code, a table); a label needs words after it or below it. */
function hasContent(story: Story, s: Section): boolean {
  const markerLine = s.markerRange.start.line;
  const upTo = s.endCharacter !== undefined && s.endLine === s.contentStart.line ? s.endCharacter : undefined;
  if (s.form === 'label' && /\S/.test(story.lines[s.contentStart.line].slice(s.contentStart.character, upTo))) return true;
  // Blocks are leaves in reading order, so they are sorted by both start and end: search for the first, rather
  // than walk from the top for every section (quadratic in a file of many headings).
  const blocks = story.blocks;
  for (let i = firstBlockEndingAtOrAfter(blocks, s.contentStart.line); i < blocks.length; i++) {
    const b = blocks[i];
    if (b.startLine > s.endLine) break;
    if (b.startLine === markerLine && b.endLine === markerLine) continue;
    if (b.kind !== 'heading') return true;
  }
  return false;
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
