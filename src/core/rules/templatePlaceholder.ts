import { Rule, RuleFinding } from '../rule';
import { range } from '../text';

/**
 * Template text a writer forgot to replace. Each pattern is narrow on purpose: a lone capital X
 * is only a placeholder where a number belongs (X%, $X, by X, X hours).
 */
const PLACEHOLDERS: { pattern: RegExp; replaceWith: string }[] = [
  { pattern: /(?<![\p{L}\p{N}])[$€£][XYZN](?:[kKmM])?(?![\p{L}\p{N}])/gu, replaceWith: 'the real amount' },
  { pattern: /(?<![\p{L}\p{N}$€£])[XYZN]\s?%/gu, replaceWith: 'the real percentage' },
  { pattern: /\b(?:by|to|from|of|about|within|in|saved|over)\s+[XYZN](?=\s+(?:%|percent|hours?|days?|weeks?|months?|minutes?|people|customers|users|tickets|times|points?)\b|\s*[.,;)]|$)/gmu, replaceWith: 'the real number' },
  { pattern: /(?<![\p{L}\p{N}])[XYZN]\s+(?=(?:hours?|days?|weeks?|months?|minutes?|people|customers|users|tickets|times|percent)\b)/gu, replaceWith: 'the real number' },
  { pattern: /\b(?:TODO|TBD|FIXME)\b|\bfill (?:me |this )?in\b/g, replaceWith: 'the finished words' },
  { pattern: /\[(?:insert|add|describe|your|fill|metric|number|name|todo)[^\]\n]{0,60}\]/gi, replaceWith: 'your own words' },
];

/** HTML tags that can stand in Markdown; anything else in <...> with spaces is a prompt like <describe the problem>. */
const HTML_TAGS = new Set('a abbr b br code del details div em i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul video audio source picture figure figcaption hr h1 h2 h3 h4 h5 h6 blockquote center font section article aside nav header footer'.split(' '));
const ANGLE_PROMPT = /<([A-Za-z][^<>\n]{0,120})>/g;

export const templatePlaceholder: Rule = {
  id: 'template-placeholder',
  defaultSeverity: 'warning',
  summary: 'No template text is left in: X% or $Z placeholders, TODO, <...> prompts.',
  check({ story }) {
    const findings: RuleFinding[] = [];
    for (const block of story.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'html' && block.kind !== 'other') continue;
      for (let l = block.startLine; l <= block.endLine; l++) {
        const line = story.lines[l];
        if (!line.trim()) continue;
        const text = line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
        for (const { pattern, replaceWith } of PLACEHOLDERS) {
          pattern.lastIndex = 0;
          for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
            findings.push(placeholder(l, m.index, m.index + m[0].trimEnd().length, m[0].trim(), replaceWith));
          }
        }
        ANGLE_PROMPT.lastIndex = 0;
        for (let m = ANGLE_PROMPT.exec(text); m; m = ANGLE_PROMPT.exec(text)) {
          const inner = m[1].trim();
          const tag = /^\/?([A-Za-z][\w-]*)/.exec(inner)![1].toLowerCase();
          if (HTML_TAGS.has(tag) || /=|^https?:|@|^\/|^!--/.test(inner) || !/\s/.test(inner)) continue;
          findings.push(placeholder(l, m.index, m.index + m[0].length, m[0], 'your own words'));
        }
      }
    }
    return findings;
  },
};

function placeholder(line: number, start: number, end: number, shown: string, replaceWith: string): RuleFinding {
  return {
    message: `"${shown.length > 60 ? shown.slice(0, 57) + '...' : shown}" looks like template text: replace it with ${replaceWith}.`,
    range: range(line, start, line, end),
    data: { text: shown },
  };
}
