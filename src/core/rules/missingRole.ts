import { coach } from '../coach';
import { Rule } from '../rule';
import { storyAnchor } from './anchor';

/** Interviewers ask WHO first: without the writer's role they cannot weigh what the writer did. */
export const missingRole: Rule = {
  id: 'missing-role',
  defaultSeverity: 'info',
  summary: 'The story says what your own role or position was (WHO), not only what the team was.',
  check({ story, config }) {
    const report = coach(story, config);
    if (!report.judged || report.roleStated) return [];
    const at = story.sections.find((s) => s.kind === 'situation') ?? story.sections.find((s) => s.kind === 'task') ?? story.sections[0];
    // A story told as plain prose, with no section the parser knows, is still judged: the finding sits on its title.
    if (!at)
      return [
        {
          message:
            'The story never says what your role was. Interviewers ask WHO first: start it with a line such as "As the <your role> on a team of <how many>, I ...", saying how many people were involved.',
          range: storyAnchor(story),
        },
      ];
    return [
      {
        message:
          'The story never says what your role was. Interviewers ask WHO first: add a line to the Situation such as "As the <your role> on a team of <how many>, I ...", saying how many people were involved.',
        range: at.markerRange,
        section: at.kind === 'task' ? 'Task' : 'Situation',
      },
    ];
  },
};
