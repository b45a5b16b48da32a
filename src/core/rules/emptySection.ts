import { Rule } from '../rule';
import { proseOf } from '../sectionText';
import { Section, SECTION_TITLES, Story } from '../types';

/** A heading with nothing under it is a section still to write; saying so beats a vaguer rule firing. */
export const emptySection: Rule = {
  id: 'empty-section',
  defaultSeverity: 'warning',
  summary: 'Every STAR section has some text under its heading.',
  check({ story }) {
    const seen = new Set<number>();
    return story.sections
      .filter((s) => !seen.has(s.markerRange.start.line) && seen.add(s.markerRange.start.line) && !proseOf(story, [s]).text.trim() && !hasOtherContent(story, s))
      .map((s) => {
        // A combined heading (Situation & Task) is one place to write, so it gets one finding.
        const name = s.combined ? `"${s.markerText}"` : SECTION_TITLES[s.kind];
        return {
          message: `The ${name} section is empty: write it, or remove the heading if the story does not need it.`,
          range: s.markerRange,
          section: SECTION_TITLES[s.kind],
          data: { section: s.kind },
        };
      });
  },
};

/** Code or a table under a heading still counts as content. */
function hasOtherContent(story: Story, s: Section): boolean {
  return story.blocks.some((b) => b.startLine >= s.contentStart.line && b.startLine <= s.endLine && b.kind !== 'heading' && b.startLine !== s.markerRange.start.line);
}
