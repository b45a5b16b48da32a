// What the quick-fix tests share: the engine's view of a text, and a story built from headed parts.
const core = require('../../out/core');
const { apply } = require('./helpers');

const lint = (text) => core.lintStory(text);
const summaryOf = (text) => core.summarize(lint(text), core.defaultConfig());
const linesOf = (text) => text.split(/\r\n|\r|\n/);
const rules = (text) => lint(text).findings.map((f) => f.rule);

const headed = (level, parts) =>
  '---\ntitle: Rescued the launch\nprinciples: [Ownership]\n---\n# Rescued the launch\n\n' +
  parts.map(([name, body]) => `${'#'.repeat(level)} ${name}\n\n${body}\n`).join('\n');

const S = ['Situation', 'Our launch was two weeks late and the partner was about to walk away.'];
const T = ['Task', "I was asked to get the launch back on the partner's date."];
const A = ['Action', 'I cut the scope to the three screens the partner used and I ran the daily triage myself.'];
const R = ['Result', 'We launched 2 days early and the partner renewed for 3 years.'];

module.exports = { apply, lint, summaryOf, linesOf, rules, headed, S, T, A, R };
