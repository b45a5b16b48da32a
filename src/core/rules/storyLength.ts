import { Rule } from '../rule';
import { storyAnchor } from './anchor';
import { lineRange } from '../text';
import { Range, Story } from '../types';

/** Spoken length: too short sounds thin, too long loses the interviewer. */
export const storyLength: Rule = {
  id: 'story-length',
  defaultSeverity: 'info',
  summary: 'The story takes between 1.5 and 3 minutes to tell (at 150 words a minute; configurable).',
  check({ story, config }) {
    if (story.uncheckedFromLine !== undefined) {
      return [
        {
          message: `This file has ${story.lines.length} lines, far more than a story told in minutes, so only its first ${story.uncheckedFromLine} lines were checked. Keep one story a file, and move notes elsewhere.`,
          range: storyAnchor(story),
          data: { lines: story.lines.length, checkedLines: story.uncheckedFromLine },
        },
      ];
    }
    const { minMinutes, maxMinutes, wordsPerMinute } = config.length;
    const minutes = story.spokenWordCount / wordsPerMinute;
    if (minutes >= minMinutes && minutes <= maxMinutes) return [];
    const shown = minutes < 1 ? `${Math.round(minutes * 60)} seconds` : `${minutes.toFixed(1)} minutes`;
    // ASCII on purpose: one dash outside Latin-1 in a Problems batch makes VS Code encode the whole batch as
    // two-byte text (measured outside VS Code: the same batches took 40-70% longer to stringify and encode).
    const target = `${minMinutes} to ${maxMinutes} minutes`;
    return [
      {
        message:
          minutes < minMinutes
            ? `This story takes about ${shown} to tell (${story.spokenWordCount} words); aim for ${target}. Add what you did and what changed, with detail.`
            : `This story takes about ${shown} to tell (${story.spokenWordCount} words); aim for ${target}. Trim the Situation and keep the Action and Result.`,
        range: lengthAnchor(story),
        data: { words: story.spokenWordCount, minutes },
      },
    ];
  },
};

/**
 * Length is about the whole story, not its title: the finding sits on the front matter's closing `---`
 * (where the story's body begins), so it never reads as a title error; without front matter, the story's anchor.
 */
function lengthAnchor(story: Story): Range {
  const fm = story.frontMatter;
  if (fm && !fm.unclosed) return lineRange(story.lines, fm.range.end.line);
  return storyAnchor(story);
}
