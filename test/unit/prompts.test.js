'use strict';
// The product's own prompts: whatever inserts them (snippets, New Story, quick fixes) and whatever detects them
// read one definition, so the untouched template never passes its own checks.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { core } = require('./helpers');
const { parseSnippet } = require('./snippetGrammar');

const SNIPPETS = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'snippets', 'star-stories.code-snippets'), 'utf8'));
const byPrefix = Object.fromEntries(Object.values(SNIPPETS).map((s) => [s.prefix, s]));
const bodyOf = (prefix) => byPrefix[prefix].body.join('\n');
const STAR_SNIPPETS = ['star-story', 'star-situation', 'star-task', 'star-action', 'star-result', 'star-learnings', 'star-metric'];

const lint = (text) => core.lintStory(text);
const summaryOf = (text) => core.summarize(lint(text), core.defaultConfig());
const linesOf = (text) => text.split('\n');

/** The line a finding sits on, and which section (by its heading) holds that line. */
function sectionOfLine(lines, line) {
  for (let l = line; l >= 0; l--) if (lines[l].startsWith('## ')) return lines[l].slice(3);
  return undefined;
}

describe('template prompts: one definition for what inserts them and what detects them', () => {
  it('every prompt the STAR snippets insert is a known template prompt', () => {
    for (const prefix of STAR_SNIPPETS) {
      const { stops } = parseSnippet(bodyOf(prefix));
      const prompts = stops.filter((s) => s.placeholder && s.placeholder.length > 10).map((s) => s.placeholder);
      if (prefix === 'star-metric') prompts.push(parseSnippet(bodyOf(prefix)).text.replace(/^- /, ''));
      for (const p of prompts) assert.ok(core.TEMPLATE_PROMPTS.includes(p), `${prefix}: "${p}" is not in TEMPLATE_PROMPTS`);
    }
  });

  it('the untouched star-story template gets a template finding in every section and on its title, and no ✓', () => {
    const text = parseSnippet(bodyOf('star-story')).text;
    const lines = linesOf(text);
    const findings = lint(text).findings;
    const templated = findings.filter((f) => f.rule === 'template-placeholder');
    const where = new Set(templated.map((f) => (f.range.start.line === 1 ? 'title' : sectionOfLine(lines, f.range.start.line))));
    assert.deepStrictEqual([...where].sort(), ['Action', 'Learnings', 'Result', 'Situation', 'Task', 'title']);
    // Each section holding only prompts counts as not written, and says so.
    const empty = findings.filter((f) => f.rule === 'empty-section').map((f) => lines[f.range.start.line]);
    assert.deepStrictEqual(empty, ['## Situation', '## Task', '## Action', '## Result', '## Learnings']);
    assert.deepStrictEqual(summaryOf(text).health.sections, { situation: false, task: false, action: false, result: false });
    // The Action prompt's "I" and the Result's "X%" are not the writer's.
    assert.strictEqual(summaryOf(text).health.iContribution, false);
    assert.strictEqual(summaryOf(text).health.quantifiedResult, false);
  });

  it('a prompt left beside written words never counts as an "I" or a number', () => {
    const action = parseSnippet(bodyOf('star-action')).stops.find((s) => s.index === 1).placeholder;
    const metric = parseSnippet(bodyOf('star-result')).stops.find((s) => s.index === 2).placeholder;
    const text = [
      '---',
      'title: Moved the warehouse',
      'principles: [Ownership]',
      '---',
      '## Situation',
      '',
      'The old warehouse lease ended in June and nobody owned the move.',
      '',
      '## Task',
      '',
      'The move had to finish before the lease ran out.',
      '',
      '## Action',
      '',
      action,
      '',
      'We packed the stock and the team hired the trucks.',
      '',
      '## Result',
      '',
      'The move went well and the customers were happy.',
      '',
      `- ${metric}`,
      '',
    ].join('\n');
    const rules = lint(text).findings.map((f) => f.rule);
    assert.ok(rules.includes('missing-i-contribution'), rules.join());
    assert.strictEqual(summaryOf(text).health.quantifiedResult, false);
    assert.strictEqual(summaryOf(text).health.sections.action, true, "the Action has the writer's own sentence");
    // Filled in, both checks pass.
    const filled = text
      .replace(action, 'I booked the trucks and I ran the move over one weekend.')
      .replace(metric, 'Late orders down by 40%');
    const after = lint(filled).findings.map((f) => f.rule);
    assert.ok(!after.includes('missing-i-contribution') && !after.includes('template-placeholder'), after.join());
    assert.strictEqual(summaryOf(filled).health.quantifiedResult, true);
  });

  it("New Story's and the quick fixes' prompts are known too, and a title prompt is one only when whole", () => {
    for (const p of [...Object.values(core.NEW_STORY_PROMPTS), ...Object.values(core.FIX_SECTION_PROMPTS), ...core.METRIC_PROMPTS]) {
      assert.ok(core.TEMPLATE_PROMPTS.includes(p), p);
    }
    assert.ok(core.isTitlePrompt(core.SNIPPET_PROMPTS.title));
    assert.ok(!core.isTitlePrompt(`${core.SNIPPET_PROMPTS.title}: the warehouse move`));
  });

  it('finds each prompt on a line, in the order they stand', () => {
    const line = `- ${core.METRIC_PROMPTS.join(' and ')} ${core.SNIPPET_PROMPTS.actionObstacle}`;
    const found = core.findPrompts(line).map(([s, e]) => line.slice(s, e));
    assert.deepStrictEqual(found, [...core.METRIC_PROMPTS, core.SNIPPET_PROMPTS.actionObstacle]);
  });
});
