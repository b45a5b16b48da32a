'use strict';
// What the grammars match, spelled once: the section words, the principle names, and the regular expressions built
// from them for headings and labels. syntaxes/generate.js turns them into the three injection grammars.

/** Heading and label words per section, matched case-insensitively (kept in step with src/core/sectionNames.ts). */
const SECTION_WORDS = {
  situation: ['situation', 'the situation', 'background', 'context', 'setting', 'scenario', 'the problem', 'problem'],
  task: [
    'task',
    'tasks',
    'the task',
    'my task',
    'goal',
    'goals',
    'the goal',
    'objective',
    'objectives',
    'my role',
    'role',
    'responsibility',
    'responsibilities',
    'the ask',
    'assignment',
  ],
  action: [
    'action',
    'actions',
    'the action',
    'my actions',
    'actions taken',
    'action taken',
    'what i did',
    'what i did about it',
    'how i did it',
    'approach',
    'my approach',
    'steps',
    'steps taken',
    'execution',
  ],
  result: [
    'result',
    'results',
    'the result',
    'outcome',
    'outcomes',
    'the outcome',
    'impact',
    'the impact',
    'results and impact',
    'outcome and impact',
    'what happened',
    'metrics',
  ],
  learnings: [
    'learnings',
    'learning',
    'lessons',
    'lessons learned',
    'lessons learnt',
    'lesson learned',
    'reflection',
    'reflections',
    'what i learned',
    'what i learnt',
    'takeaways',
    'key takeaways',
  ],
};
const KINDS = Object.keys(SECTION_WORDS);

/**
 * Words that open a STAR section by themselves. The vaguer synonyms (Goal, Steps, Role, Problem...)
 * are common in any README, so they are marked only inside a section that a clear word opened.
 */
const OPENING_WORDS = [
  'situation',
  'the situation',
  'background',
  'context',
  'task',
  'the task',
  'my task',
  'action',
  'actions',
  'what i did',
  'result',
  'results',
  'outcome',
  'impact',
  'learnings',
  'lessons learned',
  'reflection',
];

/** The 16 Amazon Leadership Principles, plus the two halves of the backbone principle people write apart. */
const PRINCIPLES = [
  'Customer Obsession',
  'Ownership',
  'Invent and Simplify',
  'Are Right, A Lot',
  'Learn and Be Curious',
  'Hire and Develop the Best',
  'Insist on the Highest Standards',
  'Think Big',
  'Bias for Action',
  'Frugality',
  'Earn Trust',
  'Dive Deep',
  'Have Backbone; Disagree and Commit',
  'Have Backbone',
  'Disagree and Commit',
  'Deliver Results',
  "Strive to be Earth's Best Employer",
  'Success and Scale Bring Broad Responsibility',
];

/** Front matter keys that hold principles (the engine reads the same ones). */
const PRINCIPLE_KEY = '(?i:principles?|leadership[ _-]principles|lps)';

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a regex: any run of spaces, "and" or "&", straight or curly apostrophe. */
function phrase(words) {
  return words
    .split(/\s+/)
    .map((w) => (w.toLowerCase() === 'and' ? '(?:and|&)' : esc(w).replace(/'/g, "['’]").replace(/,/g, ',?').replace(/;/g, '[;,]?')))
    .join('[ \\t]+');
}

/** Longest first, so "what i did about it" wins over "what i did". */
const alternation = (list) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join('|');

const WORD_OF = Object.fromEntries(KINDS.map((k) => [k, `(?i:${alternation(SECTION_WORDS[k])})`]));
const ANY_WORD = `(?i:${alternation(KINDS.flatMap((k) => SECTION_WORDS[k]))})`;
const OPENING_WORD = `(?i:${alternation(OPENING_WORDS)})`;
/** One group per kind, so each word gets its own kind's scope. */
const KIND_GROUPS = `(?:${KINDS.map((k) => `(${WORD_OF[k]})`).join('|')})`;
const JOINER = '[ \\t]*(?:&|\\+|/|,|(?i:and))[ \\t]*';
const EMPHASIS = '(?:\\*\\*|__|\\*|_)';
/** What may stand before the words: `1.`, an emoji, `S —`, `(S)`, `Step 2:`. */
const PREFIX =
  '(?:\\(?[STARLstarl]\\)?[ \\t]*[-–—:|.)][ \\t]*|\\([STARLstarl]\\)[ \\t]+|(?i:step|part|section)[ \\t]*\\d{1,2}[ \\t]*[.):\\-–—]?[ \\t]*|[^\\p{L}\\s]{1,8}[ \\t]*)';
/** What may follow the words up to the end of the heading text: `(S)`, a colon, an emoji. */
const SUFFIX = '(?:[ \\t]*\\([STARLstarl]\\))?[ \\t]*[^\\p{L}\\p{N}\\s]{0,8}';
/** The whole text of a STAR heading after the hashes, up to the end of the line. */
const headingText = (first) => `${EMPHASIS}?${PREFIX}?${first}(?:${JOINER}${ANY_WORD})*${SUFFIX}${EMPHASIS}?(?:[ \\t]+#+)?[ \\t]*$`;
const HEADING_TEXT = headingText(ANY_WORD);
const OPENING_HEADING_TEXT = headingText(OPENING_WORD);
/** A label: the words then a colon, the colon inside or outside the emphasis (`**Action:**`, `**Action**:`). */
const LABEL_TAIL = `(?:[ \\t]*:|${EMPHASIS}[ \\t]*:)(?=[\\s*_]|$)`;
const OPENING_LABEL_TEXT = `${EMPHASIS}?${OPENING_WORD}(?:${JOINER}${ANY_WORD})*${LABEL_TAIL}`;
const ATX = '[ ]{0,3}#{1,6}(?:[ \\t]|$)';

function kindCaptures(first) {
  const caps = {};
  KINDS.forEach((k, i) => (caps[String(first + i)] = { name: `entity.name.section.${k}.star-stories` }));
  return caps;
}

module.exports = {
  SECTION_WORDS,
  KINDS,
  OPENING_WORDS,
  PRINCIPLES,
  PRINCIPLE_KEY,
  esc,
  phrase,
  alternation,
  WORD_OF,
  ANY_WORD,
  OPENING_WORD,
  KIND_GROUPS,
  JOINER,
  EMPHASIS,
  PREFIX,
  SUFFIX,
  headingText,
  HEADING_TEXT,
  OPENING_HEADING_TEXT,
  LABEL_TAIL,
  OPENING_LABEL_TEXT,
  ATX,
  kindCaptures,
};
