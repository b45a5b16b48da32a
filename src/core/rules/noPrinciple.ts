import { Rule } from '../rule';

/** Without a principle the story cannot be found when an interviewer asks about one. */
export const noPrinciple: Rule = {
  id: 'no-principle',
  defaultSeverity: 'warning',
  summary: 'The front matter names at least one leadership principle the story shows.',
  check({ story }) {
    // An unparseable front matter is reported by invalid-front-matter; guessing here would be a second, wrong alarm.
    if (story.frontMatter?.error) return [];
    if (story.principles.length > 0) return [];
    return [
      {
        message: story.hasPrinciplesKey
          ? 'The principles list is empty: name the leadership principles this story shows, e.g. "principles: [Ownership, Deliver Results]".'
          : 'This story names no leadership principle: add "principles: [Ownership]" (or the ones it shows) to the lines between --- at the top of the file, so you can find it when an interviewer asks.',
        range: story.principlesRange,
      },
    ];
  },
};
