import { Rule } from '../rule';
import { REQUIRED_SECTIONS, SECTION_TITLES } from '../types';
import { storyAnchor } from './anchor';

const PROMPTS: Record<string, string> = {
  situation: 'set the scene: where you were, what was going on, and why it mattered',
  task: 'say what you were asked to do or took on, and what was at stake',
  action: 'say step by step what you did yourself',
  result: 'say what changed because of it, with numbers',
};

/** One finding per absent Situation, Task, Action or Result, so the writer sees exactly which part to add. */
export const missingSection: Rule = {
  id: 'missing-section',
  defaultSeverity: 'warning',
  summary: 'A story needs all four STAR sections: Situation, Task, Action and Result.',
  check({ story }) {
    const present = new Set(story.sections.map((s) => s.kind));
    const anchor = storyAnchor(story);
    return REQUIRED_SECTIONS.filter((kind) => !present.has(kind)).map((kind) => ({
      message: `This story has no ${SECTION_TITLES[kind]} section: add "## ${SECTION_TITLES[kind]}" and ${PROMPTS[kind]}.`,
      range: anchor,
      section: SECTION_TITLES[kind],
      data: { section: kind },
    }));
  },
};
