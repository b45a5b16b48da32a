import { readInlineLabels, readLabel, readTrailingLabels } from './labels';
import { sectionKindsOf } from './sectionNames';
import type { StoryHeader } from './story';

/**
 * False only when the text cannot be a story: no principles key and fewer than two distinct STAR words
 * near the start of any line. Cheap (one pass, no Markdown parse), and never false for a text that
 * parseStory would call a story, so an index can skip the full parse for every other Markdown file.
 */
export function mayBeStory(header: StoryHeader): boolean {
  if (header.hasPrinciplesKey) return true;
  const kinds = new Set<string>();
  STAR_WORD_NEAR_LINE_START.lastIndex = 0;
  for (let m = STAR_WORD_NEAR_LINE_START.exec(header.text); m; m = STAR_WORD_NEAR_LINE_START.exec(header.text)) {
    const word = m[2];
    let found = [sectionKindsOf(word, true)[0] ?? SINGLE_WORD_KIND[word.toLowerCase()]];
    // A combined marker (`Situation & Task`, `**S / T:**`) names two sections on one line, and the pattern
    // meets only the first: a text whose only marker was one was a story to parseStory but not to this.
    const wordAt = m.index + m[0].length - word.length;
    const lineEnd = header.text.indexOf('\n', wordAt);
    const rest = header.text.slice(wordAt, Math.min(lineEnd === -1 ? header.text.length : lineEnd, wordAt + 200)).split(':')[0];
    if (/[&/+,]|\band\b/i.test(rest)) {
      const combined = sectionKindsOf(rest, true);
      if (combined.length > 1) found = combined;
    }
    for (const kind of found) if (kind && kind !== 'learnings') kinds.add(kind);
    if (kinds.size >= 2) return true;
  }
  return hasLabelledLines(header.lines, kinds);
}

/**
 * The label forms the word pattern above cannot see (`S:`, `(S)`, `- **A**:`, `... [Result]`, inline
 * `Task:` after a sentence, table cells, new synonyms): the section readers themselves, line by line,
 * without the paragraph context that makes parseStory stricter.
 */
function hasLabelledLines(lines: readonly string[], kinds: Set<string>): boolean {
  const add = (found: readonly string[] | undefined) => {
    if (found) for (const kind of found) if (kind !== 'learnings') kinds.add(kind);
    return kinds.size >= 2;
  };
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    if (line.length === 0) continue;
    const heading = HEADING.exec(line);
    if (heading && add(sectionKindsOf(heading[1].replace(/\s#+\s*$/, ''), true))) return true;
    const label = readLabel(line, false);
    if (label && add(label.kinds)) return true;
    for (const trailing of readTrailingLabels(line)) if (add(trailing.kinds)) return true;
    for (const inline of readInlineLabels(line, 0)) if (add(inline.kinds)) return true;
  }
  return false;
}

/** An ATX heading, after any quote or list markers. */
const HEADING = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t>]+)*#{1,6}[ \t]+(.{0,300})$/;

/**
 * Any section word within the first 48 characters of a line (headings, labels, numbering and emoji all
 * stand before it), or a bare S/T/A/R heading. Deliberately loose: it only has to rule texts out.
 * Quote and list markers in front do not count toward the 48: markdown-it reads a heading or label nested
 * in many levels of `> ` or `- ` as a section, and the fuzz test found stories ruled out because of it.
 * `(?=(...))\1` takes those markers all at once (an atomic group), so a long run of them is read in one pass.
 * A bare letter also counts before a joiner, for `S & T`.
 */
const STAR_WORD_NEAR_LINE_START =
  /^(?=([ \t>*+\-\d.)]*))\1.{0,48}?\b(situation|background|context|setting|scenario|problem|tasks?|goals?|objectives?|role|responsibilit(?:y|ies)|ask|assignment|actions?|approach|steps|execution|what (?:i|we) did|how i did it|results?|outcomes?|impact|what happened|metrics|[star](?=[ \t]*(?:$|[&/+,]|and\b)))\b/gim;
const SINGLE_WORD_KIND: Record<string, string> = {
  problem: 'situation',
  setting: 'situation',
  scenario: 'situation',
  role: 'task',
  ask: 'task',
  assignment: 'task',
  responsibility: 'task',
  responsibilities: 'task',
  approach: 'action',
  steps: 'action',
  execution: 'action',
  'what happened': 'result',
  metrics: 'result',
  'how i did it': 'action',
};
