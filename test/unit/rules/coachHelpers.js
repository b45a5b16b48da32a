// What the coach's rule tests share: a config with the coach on, the story parts they build on, an editor's edit.
const helpers = require('../helpers');
const { coachConfig } = helpers;

const COACH = coachConfig();
const config = (user) => coachConfig(user);
const lint = (text, c = COACH) => helpers.lint(text, c);
const findingsOf = (text, rule, c = COACH) => helpers.findingsOf(text, rule, c);

/** Applies one edit to a text, as an editor would. */
function apply(text, edit) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

const SITUATION =
  'Our warehouse of 120 people kept failing its stock counts, and finance had started to hold back the bonus until it was fixed.';
const TASK = 'We had six weeks before the year-end count, and the shelves and the books disagreed by thousands of items.';

module.exports = { COACH, config, lint, findingsOf, apply, SITUATION, TASK };
