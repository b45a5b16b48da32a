import { analyse } from '../analysis';
import { Rule } from '../rule';
import { sectionsOf } from '../sectionText';
import { storyAnchor } from './anchor';

/** Interviewers score what the candidate did; "we did" hides it. */
export const missingIContribution: Rule = {
  id: 'missing-i-contribution',
  defaultSeverity: 'warning',
  summary: 'The Action says, in the first person ("I ..."), what you did yourself.',
  check({ story }) {
    const actions = sectionsOf(story, 'action');
    if (actions.length === 0) {
      return [
        {
          message:
            'There is no Action section, so the story never says what you did yourself: add one told with "I" ("I rewrote the import job").',
          range: storyAnchor(story),
          section: 'Action',
          data: { absent: true },
        },
      ];
    }
    const { action, actionI } = analyse(story);
    if (actionI > 0 || !/\S/.test(action.text)) return [];
    return [
      {
        message:
          'The Action never says what you did yourself. Interviewers score your part, not the team\'s: tell it with "I" ("I rewrote the import job", "I persuaded the vendor to...").',
        range: actions[0].markerRange,
        section: 'Action',
      },
    ];
  },
};
