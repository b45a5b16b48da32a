// Shared helpers for the engine's unit tests: build stories from parts, lint with defaults.
const core = require('../../out/core');

/** A story with front matter and the four sections; `parts` overrides any section's text (null drops it). */
function storyText(parts = {}) {
  const fm =
    parts.frontMatter !== undefined ? parts.frontMatter : 'title: Fixing the flaky release\nprinciples: [Ownership, Deliver Results]';
  const sections = {
    Situation: 'Our release pipeline failed one run in five, and the team had stopped trusting it.',
    Task: 'My manager asked me to make releases dependable before the holiday freeze.',
    Action: 'I traced the failures to a shared test database and I gave each run its own copy.',
    Result: 'Failed runs dropped from 20% to 1% and we shipped 14 releases in December.',
    ...parts.sections,
  };
  const body = Object.entries(sections)
    .filter(([, text]) => text !== null)
    .map(([name, text]) => `## ${name}\n\n${text}\n`)
    .join('\n');
  return (fm === null ? '' : `---\n${fm}\n---\n`) + `# ${parts.title ?? 'Fixing the flaky release'}\n\n` + body;
}

function lint(text, config) {
  return core.lintStory(text, config);
}

function rulesOf(text, config) {
  return lint(text, config).findings.map((f) => f.rule);
}

function findingsOf(text, rule, config) {
  return lint(text, config).findings.filter((f) => f.rule === rule);
}

/** Config with every rule but the named ones off, so a test sees only what it is about. */
function only(...ids) {
  const rules = {};
  for (const id of core.RULE_IDS) rules[id] = ids.includes(id) ? 'warning' : 'off';
  return core.resolveConfig({ rules }, core.RULE_IDS).config;
}

/** Applies one edit to the text (positions are line/character, as in VS Code). */
function apply(text, edit, newText = edit.newText) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(edit.range.start)) + newText + text.slice(offset(edit.range.end));
}

/** The coach's rules at their default severity, named so tests that need them on stay on when a user config turns them off. */
const COACH_RULES = { 'missing-role': 'info', hedging: 'info', 'principle-not-shown': 'info' };

/** A resolved config with the coach's rules on, over the user config given. */
function coachConfig(user = {}) {
  return core.resolveConfig({ ...user, rules: { ...COACH_RULES, ...(user.rules ?? {}) } }, core.RULE_IDS).config;
}

module.exports = { core, storyText, lint, rulesOf, findingsOf, only, apply, coachConfig, COACH_RULES };
