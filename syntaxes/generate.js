#!/usr/bin/env node
'use strict';
/**
 * Writes the three TextMate injection grammars of STAR Stories from one description, so the
 * section words, the heading shape and the principle names are spelled once and stay in step.
 *
 *   node syntaxes/generate.js          rewrite the *.tmLanguage.json files
 *   node syntaxes/generate.js --check  exit 1 if a file on disk differs from what this script makes
 *
 * Why three grammars and not one: an injection grammar has a single selector for all its rules.
 * We need three different places:
 *   sections    (L:text.html.markdown outside a STAR section) opens a `meta.section.star-stories`
 *               region at a STAR heading or label and runs Markdown's own block rules inside it;
 *   body        (inside that region) marks section words, labels, metrics, "I" and "we";
 *   frontmatter (inside `meta.embedded.block.frontmatter`) marks principle names on the
 *               `principles:` key only.
 * So a README with no STAR heading gets no marks at all, and code, links and front matter never
 * get body marks.
 */
const fs = require('fs');
const path = require('path');

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

function sectionsGrammar() {
  const inside = [{ include: 'text.html.markdown#block' }];
  return {
    $comment: 'Generated by syntaxes/generate.js: edit that file, then run it.',
    name: 'STAR Stories sections (Markdown injection)',
    scopeName: 'markdown.star-stories.injection',
    injectionSelector: 'L:text.html.markdown -meta.section.star-stories -meta.embedded -markup.fenced_code -markup.raw -comment',
    patterns: [{ include: '#heading-section' }, { include: '#label-section' }],
    repository: {
      'heading-section': {
        comment:
          'From a STAR heading to the next heading of the same or a higher level that is not a STAR heading. The begin only looks ahead, so Markdown tokenizes the heading itself.',
        name: 'meta.section.star-stories',
        begin: `^(?=[ ]{0,3}(#{1,6})[ \\t]+${OPENING_HEADING_TEXT})`,
        end: `^(?=[ ]{0,3}(?!\\1#)#{1,6}(?:[ \\t]|$)(?![ \\t]*${HEADING_TEXT}))`,
        patterns: inside,
      },
      'label-section': {
        comment:
          'From a STAR label at the start of a paragraph or list item (`**Situation:**`, `- Result:`) to the next heading that is not a STAR heading.',
        name: 'meta.section.star-stories',
        begin: `^(?=[ ]{0,3}(?:(?:[-*+]|\\d{1,2}[.)])[ \\t]+)?${OPENING_LABEL_TEXT})`,
        end: `^(?=${ATX}(?![ \\t]*${HEADING_TEXT}))`,
        patterns: inside,
      },
    },
  };
}

function bodyGrammar() {
  const n = KINDS.length;
  const labelCaptures = { ...kindCaptures(1), ...kindCaptures(2 + n) };
  // Captures that hold host text hand it back to Markdown's inline rules, so `&` keeps its scope.
  const hostInline = [{ include: 'text.html.markdown#inline' }];
  labelCaptures[String(1 + n)] = { name: 'punctuation.separator.star-stories', patterns: hostInline };
  labelCaptures[String(2 + 2 * n)] = { name: 'punctuation.separator.key-value.star-stories' };
  const headingCaptures = {
    1: { name: 'punctuation.definition.heading.star-stories', patterns: hostInline },
    ...kindCaptures(2),
    ...kindCaptures(3 + n),
  };
  headingCaptures[String(2 + n)] = { name: 'punctuation.separator.star-stories', patterns: hostInline };
  const NUM = '\\d+(?:\\.\\d+)?';
  const START = '(?<![\\p{L}\\p{N}_.,$€£¥₹])';
  const END = '(?![\\p{L}\\p{N}_])';
  return {
    $comment: 'Generated by syntaxes/generate.js: edit that file, then run it.',
    name: 'STAR Stories marks inside STAR sections (Markdown injection)',
    scopeName: 'markdown.star-stories.body.injection',
    injectionSelector:
      'text.html.markdown meta.section.star-stories -meta.embedded -markup.fenced_code -markup.raw -markup.inline.raw -comment -markup.underline.link -string.other.link',
    patterns: [
      { include: '#heading' },
      { include: '#label' },
      { include: '#placeholder' },
      { include: '#metric' },
      { include: '#pronoun' },
    ],
    repository: {
      heading: {
        comment: 'The text of a STAR heading. Runs inside the heading text Markdown already matched, so the look-behind finds the hashes.',
        name: 'markup.heading.star.star-stories',
        match: `(?<=^[ ]{0,3}#{1,6}[ \\t]{1,8}${EMPHASIS}?)(${PREFIX})?${KIND_GROUPS}(?:(${JOINER})${KIND_GROUPS})*(?=${SUFFIX}${EMPHASIS}?[ \\t]*(?:[ \\t]#+[ \\t]*)?$)`,
        captures: headingCaptures,
      },
      label: {
        comment: 'A STAR label at the start of a paragraph or list item: `**Action:**`, `**Action**:`, `Result:`.',
        name: 'markup.heading.label.star-stories',
        match: `(?<=^[ \\t]{0,3}(?:>[ \\t]?){0,3}(?:(?:[-*+]|\\d{1,2}[.)])[ \\t]{1,4})?${EMPHASIS}?)${KIND_GROUPS}(?:(${JOINER})${KIND_GROUPS})*(?:[ \\t]*(:)|(?=${EMPHASIS}[ \\t]*:))`,
        captures: labelCaptures,
      },
      placeholder: {
        comment: 'Template text left in place of a number: X%, +X%, $Z, €Yk.',
        name: 'invalid.illegal.placeholder.star-stories',
        match: '(?<![\\p{L}\\p{N}])(?:[+\\-−]?[XYZN][ \\t]?%|[$€£][XYZN][kKmM]?(?![\\p{L}\\p{N}]))',
      },
      metric: {
        patterns: [
          {
            comment: 'Money: $1.2M, €300k, £40,000, $5 million.',
            name: 'meta.metric.currency.star-stories',
            match: `(?<![\\p{L}\\p{N}_])([$€£¥₹])[ \\t]?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?:[ \\t]?(k|K|m|M|mm|MM|bn|BN|B|(?i:thousand|million|billion)))?${END}`,
            captures: {
              1: { name: 'keyword.other.unit.currency.star-stories' },
              2: { name: 'constant.numeric.currency.star-stories' },
              3: { name: 'keyword.other.unit.currency.star-stories' },
            },
          },
          {
            comment: 'Percentages: 40%, -12.5 %, 30 percent, 5 percentage points.',
            name: 'meta.metric.percent.star-stories',
            match: `${START}([+\\-−±~]?${NUM})[ \\t]?(%|(?i:percent|per cent|percentage points?|pp|pts)${END})`,
            captures: {
              1: { name: 'constant.numeric.percent.star-stories' },
              2: { name: 'keyword.other.unit.percent.star-stories' },
            },
          },
          {
            comment: 'Multipliers: 2x, 3×, 10 ×.',
            name: 'meta.metric.multiplier.star-stories',
            match: `${START}(${NUM})(?:(x|×)|[ \\t](×))(?![\\p{L}\\p{N}])`,
            captures: {
              1: { name: 'constant.numeric.multiplier.star-stories' },
              2: { name: 'keyword.other.unit.multiplier.star-stories' },
              3: { name: 'keyword.other.unit.multiplier.star-stories' },
            },
          },
          {
            comment:
              'Durations: 3 weeks, 40 min, 2.5 hours, a 6-month project, 90s. Single-letter units only when written against the number.',
            name: 'meta.metric.duration.star-stories',
            match: `${START}(${NUM})(?:[ \\t]|-)?((?i:milliseconds?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?))${END}|${START}(${NUM})([smhdw])${END}`,
            captures: {
              1: { name: 'constant.numeric.duration.star-stories' },
              2: { name: 'keyword.other.unit.duration.star-stories' },
              3: { name: 'constant.numeric.duration.star-stories' },
              4: { name: 'keyword.other.unit.duration.star-stories' },
            },
          },
          {
            comment: 'Counts with a magnitude: 50k users, 1.2M requests, 3bn.',
            name: 'meta.metric.count.star-stories',
            match: `${START}(${NUM})(k|K|M|bn|B)${END}`,
            captures: {
              1: { name: 'constant.numeric.count.star-stories' },
              2: { name: 'keyword.other.unit.count.star-stories' },
            },
          },
        ],
      },
      pronoun: {
        patterns: [
          {
            comment: 'First person singular: I, I’m, I’ve, I’d, I’ll. Not the I of AI, CI/CD, I/O or I-95.',
            name: 'variable.language.first-person.singular.star-stories',
            match: "(?<![\\p{L}\\p{N}_/\\\\.'’-])I(?:['’](?:m|ve|d|ll)(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}_/\\\\'’-])",
          },
          {
            comment: 'First person plural, so the writer sees how much of the story is "we".',
            name: 'variable.parameter.first-person.plural.star-stories',
            match: "(?<![\\p{L}\\p{N}_'’-])(?i:we)(?:['’](?i:re|ve|d|ll))?(?![\\p{L}\\p{N}_'’-])",
          },
        ],
      },
    },
  };
}

function frontMatterGrammar() {
  const NAME = `(?i:${alternation(PRINCIPLES)})`;
  const PLAIN_END = '(?=[ \\t]*(?:$|,|\\]|[ \\t]#))';
  // constant.language, not support.constant: VS Code's default themes colour only a few
  // support.constant.* sub-scopes, so a principle would look like any other string there.
  /** A principle counts only as a whole item: after the key, a dash, `[` or a comma. */
  const ITEM_START = '(?<=(?:^|[\\[,:]|(?:^|\\s)-)[ \\t]{0,8})';
  const principle = (scalar) => ({
    name: `${scalar} constant.language.principle.star-stories`,
    match: `${ITEM_START}${NAME}${PLAIN_END}`,
  });
  const quoted = (q, name) => ({
    name,
    begin: q,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.yaml' } },
    end: q,
    endCaptures: { 0: { name: 'punctuation.definition.string.end.yaml' } },
    patterns: [{ match: `(?<=${q})[ \\t]*${NAME}[ \\t]*(?=${q})`, name: 'constant.language.principle.star-stories' }],
  });
  return {
    $comment: 'Generated by syntaxes/generate.js: edit that file, then run it.',
    name: 'STAR Stories principles in front matter (Markdown injection)',
    scopeName: 'markdown.star-stories.frontmatter.injection',
    injectionSelector: 'L:text.html.markdown meta.embedded.block.frontmatter -meta.principles.star-stories',
    patterns: [{ include: '#principles' }],
    repository: {
      principles: {
        comment:
          'The principles key and its value. A while (not an end) rule, so the next key pops it during the line-start checks and YAML reads that key with its own anchors intact; an end rule there leaves the YAML grammar VS Code ships unable to read the next key. The selector leaves this region out, so a second principles key starts afresh.',
        name: 'meta.principles.star-stories',
        begin: `^(${PRINCIPLE_KEY})[ \\t]*(:)(?=[ \\t]|$)`,
        beginCaptures: {
          1: { name: 'string.unquoted.plain.out.yaml entity.name.tag.yaml' },
          2: { name: 'punctuation.separator.key-value.mapping.yaml' },
        },
        // Go on while the line is indented, a `- item` at the margin, a comment or blank.
        while: '^(?=[ \\t]|-(?:[ \\t]|$)|#|$)',
        patterns: [
          { include: '#comment' },
          { include: '#double' },
          { include: '#single' },
          { include: '#flow' },
          { match: '(?<=^|\\s)-(?=\\s|$)', name: 'punctuation.definition.block.sequence.item.yaml' },
          principle('string.unquoted.plain.out.yaml'),
          { include: '#plain-out' },
        ],
      },
      flow: {
        name: 'meta.flow-sequence.yaml',
        begin: '\\[',
        beginCaptures: { 0: { name: 'punctuation.definition.sequence.begin.yaml' } },
        end: '\\]',
        endCaptures: { 0: { name: 'punctuation.definition.sequence.end.yaml' } },
        patterns: [
          { include: '#comment' },
          { include: '#double' },
          { include: '#single' },
          { match: ',', name: 'punctuation.separator.sequence.yaml' },
          principle('string.unquoted.plain.in.yaml'),
          { match: `[^\\s\\[\\],#"']${'[^\\[\\],#]*?'}${PLAIN_END}`, name: 'string.unquoted.plain.in.yaml' },
        ],
      },
      'plain-out': {
        comment: 'Any other value in block style, commas and all, as YAML reads it.',
        match: `(?:[^\\s\\[\\],#"'-]|-(?=\\S)|,)[^#]*?(?=[ \\t]*(?:$|[ \\t]#)|${ITEM_START}${NAME}${PLAIN_END})`,
        name: 'string.unquoted.plain.out.yaml',
      },
      double: quoted('"', 'string.quoted.double.yaml'),
      single: quoted("'", 'string.quoted.single.yaml'),
      comment: {
        match: '(?<=^|\\s)(#).*$',
        name: 'comment.line.number-sign.yaml',
        captures: { 1: { name: 'punctuation.definition.comment.yaml' } },
      },
    },
  };
}

const FILES = {
  'star-stories.injection.tmLanguage.json': sectionsGrammar,
  'star-stories.body.injection.tmLanguage.json': bodyGrammar,
  'star-stories.frontmatter.injection.tmLanguage.json': frontMatterGrammar,
};

/** File name → JSON text, as written to disk. */
function build() {
  return Object.fromEntries(Object.entries(FILES).map(([file, make]) => [file, JSON.stringify(make(), null, 2) + '\n']));
}

module.exports = { build, SECTION_WORDS, PRINCIPLES };

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(build())) {
    const target = path.join(__dirname, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      console.error(`${file} is out of date: run node syntaxes/generate.js`);
      stale++;
    } else {
      fs.writeFileSync(target, text);
      console.log(`wrote syntaxes/${file}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
