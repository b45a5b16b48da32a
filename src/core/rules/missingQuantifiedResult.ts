import { analyse } from '../analysis';
import { Rule } from '../rule';
import { sectionsOf } from '../sectionText';
import { storyAnchor } from './anchor';

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
    if (resultHasMetric || !/\S/.test(result.text)) return []; // an empty Result is empty-section's to report
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
