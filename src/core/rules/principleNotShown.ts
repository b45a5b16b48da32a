import { coach, listenFor } from '../coach';
import { Rule } from '../rule';

/** A principle the story does not show is an answer that will not land when that question comes. */
export const principleNotShown: Rule = {
  id: 'principle-not-shown',
  defaultSeverity: 'info',
  summary: 'Each principle in the front matter is shown by what the story narrates, not just named.',
  check({ story, config }) {
    const report = coach(story, config);
    if (!report.judged) return [];
    const done = new Set<string>();
    const out = [];
    for (const p of story.principles) {
      const name = p.canonical;
      if (name === undefined || done.has(name) || report.shown[name] !== false) continue;
      done.add(name);
      out.push({
        message:
          `This story does not show ${name} yet. Interviewers listen for ${listenFor(config, name) ?? 'evidence of it'}. ` +
          'Add what you did that shows it, or file the story under a principle it does show (hover its title for suggestions).',
        range: p.range,
        principle: name,
        data: { principle: name },
      });
    }
    return out;
  },
};
