import { lineRange } from '../text';
import { Range, Story } from '../types';

/** Where a finding about the story as a whole is shown: its title, else its first line. */
export function storyAnchor(story: Story): Range {
  if (story.titleRange) return story.titleRange;
  const first = story.frontMatter ? story.frontMatter.bodyStartLine : 0;
  for (let l = first; l < story.lines.length; l++) if (story.lines[l].trim()) return lineRange(story.lines, l);
  return lineRange(story.lines, 0);
}
