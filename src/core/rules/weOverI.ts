import { analyse } from '../analysis';
import { Rule } from '../rule';
import { sectionsOf } from '../sectionText';

/** At least three "we" and at least twice as many as "I": the writer's part gets lost in the team's. */
const MIN_WE = 3;
const RATIO = 2;

export const weOverI: Rule = {
  id: 'we-over-i',
  defaultSeverity: 'info',
  summary: 'The Action says "we" far more often than "I".',
  check({ story }) {
    const actions = sectionsOf(story, 'action');
    if (actions.length === 0) return [];
    const { actionI: i, actionWe: we } = analyse(story);
    // With no "I" at all, missing-i-contribution already says it more strongly.
    if (i === 0 || we < MIN_WE || we < RATIO * i) return [];
    return [
      {
        message: `The Action says "we" ${we} times and "I" ${i} ${i === 1 ? 'time' : 'times'}. Turn the steps you did yourself into "I" sentences, so the interviewer can tell your part from the team's.`,
        range: actions[0].markerRange,
        section: 'Action',
        data: { we, i },
      },
    ];
  },
};
