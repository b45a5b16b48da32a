import { analyse } from '../analysis';
import { Rule } from '../rule';
import { sectionsOf } from '../sectionText';

/** Interviewers remember numbers: a Result without one sounds like an opinion. */
export const missingQuantifiedResult: Rule = {
  id: 'missing-quantified-result',
  defaultSeverity: 'warning',
  summary: 'The Result states a measurable outcome: a number with its unit, a before → after, or "doubled", "halved"...',
  check({ story }) {
    const results = sectionsOf(story, 'result');
    if (results.length === 0) return [];
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
