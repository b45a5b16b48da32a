import { activeCatalog } from '../config';
import { Rule } from '../rule';

export const unknownPrinciple: Rule = {
  id: 'unknown-principle',
  defaultSeverity: 'warning',
  summary: 'Every principle in the front matter is one of the active catalog (Amazon\'s 16 by default).',
  check({ story, config }) {
    const catalog = activeCatalog(config);
    return story.principles
      // A misspelling read as a principle has both: the story is grouped under it, and the name still wants fixing.
      .filter((p) => !p.canonical || p.suggestion)
      .map((p) => ({
        message: p.canonical
          ? `"${p.raw}" is not one of the ${catalog.label}; the story is counted under "${p.canonical}". Did you mean "${p.suggestion}"?`
          : p.suggestion
          ? `"${p.raw}" is not one of the ${catalog.label}. Did you mean "${p.suggestion}"?`
          : `"${p.raw}" is not one of the ${catalog.label}: use one of ${catalog.principles.map((x) => x.name).join('; ')}.`,
        range: p.range,
        data: { raw: p.raw, ...(p.suggestion ? { suggestion: p.suggestion } : {}) },
      }));
  },
};
