import { Rule } from '../rule';
import { sectionFill } from '../sectionContent';
import { SECTION_TITLES } from '../types';

/** A heading with nothing under it (or only the template's prompts) is a section still to write; saying so beats a vaguer rule firing. */
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
      const fill = sectionFill(story, s);
      if (fill === 'written') continue;
      const name = s.combined ? `"${s.markerText}"` : SECTION_TITLES[s.kind];
      findings.push({
        message:
          fill === 'prompts'
            ? `The ${name} section holds only the template's prompts: write it in your own words, or remove the heading if the story does not need it.`
            : `The ${name} section is empty: write it, or remove the heading if the story does not need it.`,
        range: s.markerRange,
        section: SECTION_TITLES[s.kind],
        data: { section: s.kind, fill },
      });
    }
    return findings;
  },
};
