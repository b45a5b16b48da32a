import { activeCatalog } from '../config';
import { Rule } from '../rule';
import { clip, someNames } from '../text';

export const unknownPrinciple: Rule = {
  id: 'unknown-principle',
  defaultSeverity: 'warning',
  summary: "Every principle in the front matter is one of the active catalog (Amazon's 16 by default).",
  check({ story, config }) {
    const catalog = activeCatalog(config);
    return (
      story.principles
        // A misspelling read as a principle has both: the story is grouped under it, and the name still wants fixing.
        .filter((p) => !p.canonical || p.suggestion)
        .map((p) => ({
          message: p.canonical
            ? `"${clip(p.raw)}" is not one of the ${catalog.label}; the story is counted under "${p.canonical}". Did you mean "${p.suggestion}"?`
            : p.suggestion
              ? `"${clip(p.raw)}" is not one of the ${catalog.label}. Did you mean "${p.suggestion}"?`
              : `"${clip(p.raw)}" is not one of the ${catalog.label}: use one of ${someNames(catalog.principles.map((x) => x.name))}.`,
          range: p.range,
          data: { raw: p.raw, ...(p.suggestion ? { suggestion: p.suggestion } : {}) },
        }))
    );
  },
};
