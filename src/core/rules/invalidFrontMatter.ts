import { Rule } from '../rule';

/** A front matter that cannot be read hides the story's title and principles from every other feature. */
export const invalidFrontMatter: Rule = {
  id: 'invalid-front-matter',
  defaultSeverity: 'error',
  summary: 'The front matter is valid YAML (or JSON) and closes with `---`.',
  check({ story }) {
    const error = story.frontMatter?.error;
    return error ? [{ message: error.message, range: error.range }] : [];
  },
};
