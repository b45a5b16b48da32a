// Shapes of hostile input: text a repository's file could hold that once made the engine slow. Each maker takes a
// size in characters. Used by the growth tests (test/unit/hostile/) and by npm run bench (the 1 MB figure).
'use strict';

/** A story around the generated part, so every rule runs on it (a file that is not a story is barely checked). */
const STORY_HEAD = '---\ntitle: T\nprinciples: [Ownership]\n---\n## Situation\nA thing.\n## Task\nAnother.\n## Action\nI did x.\n';
const inResult = (unit) => (n) => STORY_HEAD + '## Result\n' + fill(unit, n);
const inAction = (unit) => (n) => STORY_HEAD.replace('## Action\nI did x.\n', '') + '## Action\n' + fill(unit, n) + '\n## Result\nUp 5%.\n';
const body = (unit) => (n) => STORY_HEAD + fill(unit, n);

function fill(unit, n) {
  return unit.repeat(Math.ceil(n / unit.length));
}

const STORY_SHAPES = {
  'a run of number words joined by hyphens': inResult('two-'),
  'number words joined by "-and-"': inResult('two-and-'),
  'number words glued to other text': inResult('twotwo['),
  'number words between accented letters': inResult('étwo~'),
  'number words with slashes and arrows': inResult('-two/to'),
  'the four STAR headings repeated, empty': body('## Situation\n\n## Task\n\n## Action\n\n## Result\n\n'),
  'the four STAR headings repeated, with text': body('## Situation\nx\n## Task\ny\n## Action\nI z\n## Result\n5%\n'),
  'bare letter headings (# T)': body('# T\n'),
  'setext headings': body('Situation\n---\n'),
  'bold labels, one a paragraph': body('**Situation:** a\n\n**Task:** b\n\n'),
  'blank lines': body('\n'),
  'carriage returns only': body('\r'),
  'line separators (U+2028)': body('\u2028'),
  'list items': inAction('- I did x\n'),
  'block quotes': body('> Situation: a\n'),
  'table rows': body('| Situation | a |\n'),
  'digits in one long line': inResult('1 '),
  'grouped digits (1 000)': inResult('1 000 '),
  'month days (Mar 3)': inResult('Mar 3 '),
  'template blanks ([X])': inResult('[X] '),
  // A line that ends with a bracket is read for labels after their text ("... [Situation]").
  'template blanks on a line that ends with one': (n) => inResult('[X] ')(n) + '[X]\n',
  'parentheses on a line that ends with a bracket': (n) => inResult('(a) ')(n) + '[X]\n',
  '"we" with no "I"': inAction('we '),
  'straight quotes around "I"': inAction('"I '),
  'curly quotes that never close': inAction('“I we '),
  'backticks that never close': inResult('`a'),
  'TODO between code spans': inResult('`TODO/x'),
  'TODO after punctuation': inResult('TODO, '),
  'link brackets that never close': inResult('[x]('),
  'emphasis marks': inResult('*a'),
  'HTML comments that disable rules': body('<!-- star-lint-disable-next-line missing-section -->\n'),
  'an HTML comment that never closes': body('<!-- star-lint-disable' + ' a'),
  'one long paragraph after a label': body('Situation: ' + 'a '),
};

module.exports = { STORY_HEAD, STORY_SHAPES };
