import { Rule, RuleFinding } from '../rule';
import { findCodeSpans } from '../codeSpans';
import { binarySearch, lineStartsOf } from '../sectionText';
import { insidePrompt, isTitlePrompt, storyPrompts } from '../prompts';
import { range } from '../text';
import { Story } from '../types';

/**
 * Template text a writer forgot to replace. Each pattern is narrow on purpose: a lone capital X
 * is only a placeholder where a number belongs (X%, $X, by X, X hours).
 */
const NUMBER_PLACEHOLDERS: { pattern: RegExp; replaceWith: string }[] = [
  { pattern: /(?<![A-Za-z0-9])[$€£][XYZN](?:[kKmM])?(?![A-Za-z0-9])/g, replaceWith: 'the real amount' },
  { pattern: /(?<![A-Za-z0-9$€£])[XYZN] ?%/g, replaceWith: 'the real percentage' },
  {
    pattern:
      /\b(?:by|to|from|of|about|within|in|saved|over) +[XYZN](?= +(?:%|percent|hours?|days?|weeks?|months?|minutes?|people|customers|users|tickets|times|points?)\b| *[.,;)]| *$)/gm,
    replaceWith: 'the real number',
  },
  {
    pattern: /(?<![A-Za-z0-9])[XYZN] +(?=(?:hours?|days?|weeks?|months?|minutes?|people|customers|users|tickets|times|percent)\b)/g,
    replaceWith: 'the real number',
  },
];
/** Cheap test for the patterns above: a lone X, Y, Z or N (not part of a word). A scan with indexOf beats a regex here. */
function mayHaveNumberPlaceholder(text: string): boolean {
  for (const letter of ['X', 'Y', 'Z', 'N']) {
    for (let i = text.indexOf(letter); i !== -1; i = text.indexOf(letter, i + 1)) {
      if (!isWordChar(text.charCodeAt(i - 1)) && !isWordChar(text.charCodeAt(i + 1))) return true;
    }
  }
  return false;
}

/** ASCII letters and digits; NaN (outside the text) is not. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const TEXT_PLACEHOLDERS: { pattern: RegExp; replaceWith: string }[] = [
  { pattern: /\b(?:TODO|TBD|FIXME)\b|\bfill (?:me |this )?in\b/g, replaceWith: 'the finished words' },
];
/** Cheap test for the pattern above: four native scans cost half the regex's one over the whole text. */
function mayHaveTextPlaceholder(text: string): boolean {
  return text.indexOf('TODO') !== -1 || text.indexOf('TBD') !== -1 || text.indexOf('FIXME') !== -1 || text.indexOf('fill ') !== -1;
}
/** `[insert metric]` prompts; tried only where a `[` stands, which a regex scan over the whole text cannot skip to as fast. */
const BRACKET_PROMPT = /\[(?:insert|add|describe|your|fill|metric|number|name|todo)[^\]\n]{0,60}\]/iy;

/** HTML tags that can stand in Markdown; anything else in <...> with spaces is a prompt like <describe the problem>. */
const HTML_TAGS = new Set(
  'a abbr b br code del details div em i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul video audio source picture figure figcaption hr h1 h2 h3 h4 h5 h6 blockquote center font section article aside nav header footer'.split(
    ' ',
  ),
);
const ANGLE_PROMPT = /<([A-Za-z][^<>\n]{0,120})>/g;

export const templatePlaceholder: Rule = {
  id: 'template-placeholder',
  defaultSeverity: 'warning',
  summary: 'No template text is left in: X% or $Z placeholders, TODO, <...> prompts.',
  check({ story }) {
    // One scan of the body per pattern; matches outside prose (code, front matter) are dropped afterwards.
    const text = story.text;
    // Where lines start and which hold prose: built only once something matched (most stories have no placeholder).
    let lines: ReturnType<typeof scanText> | undefined;
    const findings: RuleFinding[] = [];
    // Code spans of a line, found once per line: a long line with many matches rescanned it for each.
    const codeSpans = new Map<number, [number, number][]>();
    // The product's own prompts, found first: a pattern below that matches inside one is not reported again.
    const known = storyPrompts(story);
    const report = (start: number, end: number, shown: string, replaceWith: string) => {
      if (insidePrompt(known, start)) return;
      const { lineStarts, checked } = (lines ??= scanText(story));
      const line = binarySearch(lineStarts, start);
      if (!checked[line]) return;
      let spans = codeSpans.get(line);
      if (!spans) codeSpans.set(line, (spans = story.lines[line].indexOf('`') === -1 ? [] : findCodeSpans(story.lines[line])));
      if (insideSpan(spans, start - lineStarts[line])) return;
      findings.push(placeholder(line, start - lineStarts[line], end - lineStarts[line], shown, replaceWith));
    };
    // One finding a line: the blanks of a metric line are one thing to fill in, not four.
    if (known.length > 0) {
      const { lineStarts, checked } = (lines ??= scanText(story));
      for (let k = 0; k < known.length;) {
        const line = binarySearch(lineStarts, known[k][0]);
        let last = k;
        while (last + 1 < known.length && binarySearch(lineStarts, known[last + 1][0]) === line) last++;
        if (checked[line]) {
          const shown = text.slice(known[k][0], known[last][1]);
          findings.push(placeholder(line, known[k][0] - lineStarts[line], known[last][1] - lineStarts[line], shown, 'your own words'));
        }
        k = last + 1;
      }
    }
    if (isTitlePrompt(story.title) && story.titleRange) {
      findings.push({ ...placeholder(0, 0, 0, story.title!, 'a title of your own'), range: story.titleRange });
    }
    const patterns = [
      ...(mayHaveNumberPlaceholder(text) ? NUMBER_PLACEHOLDERS : []),
      ...(mayHaveTextPlaceholder(text) ? TEXT_PLACEHOLDERS : []),
    ];
    for (const { pattern, replaceWith } of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text))
        report(m.index, m.index + m[0].trimEnd().length, m[0].trim(), replaceWith);
    }
    for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) {
      BRACKET_PROMPT.lastIndex = i;
      const m = BRACKET_PROMPT.exec(text);
      if (m) report(i, i + m[0].length, m[0], 'your own words');
    }
    if (text.indexOf('<') !== -1) {
      ANGLE_PROMPT.lastIndex = 0;
      for (let m = ANGLE_PROMPT.exec(text); m; m = ANGLE_PROMPT.exec(text)) {
        const inner = m[1].trim();
        const tag = /^\/?([A-Za-z][\w-]*)/.exec(inner)![1].toLowerCase();
        if (HTML_TAGS.has(tag) || /=|^https?:|@|^\/|^!--/.test(inner) || !/\s/.test(inner)) continue;
        report(m.index, m.index + m[0].length, m[0], 'your own words');
      }
    }
    return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};

/** Where each line starts, and which lines hold prose or HTML (code and front matter do not count). */
function scanText(story: Story): { lineStarts: number[]; checked: boolean[] } {
  const checked = new Array<boolean>(story.lines.length).fill(false);
  for (const b of story.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'html' && b.kind !== 'other') continue;
    for (let l = b.startLine; l <= b.endLine; l++) checked[l] = true;
  }
  return { lineStarts: lineStartsOf(story), checked };
}

/** True when `column` falls inside one of the spans (in order, not overlapping). */
function insideSpan(spans: readonly [number, number][], column: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (column < spans[mid][0]) hi = mid - 1;
    else if (column >= spans[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function placeholder(line: number, start: number, end: number, shown: string, replaceWith: string): RuleFinding {
  return {
    message: `"${shown.length > 60 ? shown.slice(0, 57) + '...' : shown}" looks like template text: replace it with ${replaceWith}.`,
    range: range(line, start, line, end),
    data: { text: shown },
  };
}
