import { analyse } from '../analysis';
import { Rule } from '../rule';
import { sectionsOf } from '../sectionText';
import { storyAnchor } from './anchor';
import { findPrompts, storyPrompts } from '../prompts';
import { Story } from '../types';

/** Interviewers remember numbers: a Result without one sounds like an opinion. */
export const missingQuantifiedResult: Rule = {
  id: 'missing-quantified-result',
  defaultSeverity: 'warning',
  summary: 'The Result states a measurable outcome: a number with its unit, a before → after, or "doubled", "halved"...',
  check({ story }) {
    const results = sectionsOf(story, 'result');
    if (results.length === 0) {
      // Where missing-section is, so every view counts the story as lacking a measured result.
      return [
        {
          message:
            'There is no Result section, so the story states no measurable outcome: add one that says how much changed, with a number ("complaints fell by 40%").',
          range: storyAnchor(story),
          section: 'Result',
          data: { absent: true },
        },
      ];
    }
    const { result, resultHasMetric } = analyse(story);
    if (resultHasMetric || !/[\p{L}\p{N}]/u.test(result.text)) return []; // an empty Result is empty-section's to report
    // Prompts still to fill in (the metric line the quick fix adds) are template-placeholder's to report: the
    // blanks a writer is tabbing through do not add a second warning.
    if (results.some((s) => hasPrompt(story, s.markerRange.start.line, s.endLine))) return [];
    return [
      {
        message:
          'The Result has no measurable outcome. Say how much changed, with a number: "cut response time from 4 hours to 30 minutes", "saved $12k a year", "complaints fell by 40%".',
        range: results[0].markerRange,
        section: 'Result',
      },
    ];
  },
};

function hasPrompt(story: Story, from: number, to: number): boolean {
  if (storyPrompts(story).length === 0) return false;
  for (let l = from; l <= to && l < story.lines.length; l++) if (findPrompts(story.lines[l]).length > 0) return true;
  return false;
}
