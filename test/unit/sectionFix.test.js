// The quick fix that adds a missing section, checked the way a user sees it: the text after the edit, and what the
// linter says about that text (the finding gone, the prompts flagged until they are filled in).
const assert = require('assert');
const { addSectionFix } = require('../../out/core/fixes');
const { apply, lint, summaryOf, linesOf, rules, headed, S, T, A, R } = require('./fixHelpers');

/** Runs the fix the way the extension does: summary and lines of the current text. */
function fixSection(text, kind) {
  return apply(text, addSectionFix(summaryOf(text), linesOf(text), kind));
}

const TASK_PROMPT = '<what you were asked to do or took on, and what was at stake>';

describe('quick fix: add a missing section', () => {
  it("puts Task between Situation and Action at the story's heading level, with blank lines around it", () => {
    const text = headed(3, [S, A, R]);
    const fixed = fixSection(text, 'task');
    assert.ok(fixed.includes(`${S[1]}\n\n### Task\n\n${TASK_PROMPT}\n\n### Action\n`), fixed);
    const after = rules(fixed);
    assert.ok(!after.includes('missing-section'), after.join());
    // A prompt is not writing: the new section counts as still to write, and says why.
    const empty = lint(fixed).findings.filter((f) => f.rule === 'empty-section');
    assert.deepStrictEqual(
      empty.map((f) => [linesOf(fixed)[f.range.start.line], f.data.fill]),
      [['### Task', 'prompts']],
    );
    assert.match(empty[0].message, /only the template's prompts/);
    assert.strictEqual(lint(fixed).story.sections.length, 4);
    assert.strictEqual(summaryOf(fixed).health.sections.task, false, 'the status bar and coverage show Task as not written');
    assert.strictEqual(summaryOf(fixed.replace(TASK_PROMPT, 'I had to ship by Friday.')).health.sections.task, true);
    // The prompt is flagged until the writer replaces it.
    const prompt = lint(fixed).findings.find((f) => f.rule === 'template-placeholder');
    assert.ok(prompt, 'the prompt should be reported as template text');
    assert.strictEqual(linesOf(fixed)[prompt.range.start.line], TASK_PROMPT);
  });

  it('puts a missing Situation before the first section, under the title', () => {
    const text = headed(2, [T, A, R]);
    const fixed = fixSection(text, 'situation');
    assert.ok(fixed.includes('# Rescued the launch\n\n## Situation\n\n<where you were'), fixed);
    assert.ok(/<where you were, what was going on, and why it mattered>\n\n## Task\n/.test(fixed), fixed);
    assert.deepStrictEqual(
      lint(fixed).story.sections.map((s) => s.kind),
      ['situation', 'task', 'action', 'result'],
    );
  });

  it('adds a missing Result at the end, whether or not the file ends with a line break', () => {
    const withBreak = headed(2, [S, T, A]);
    assert.ok(withBreak.endsWith('\n'));
    const fixed = fixSection(withBreak, 'result');
    assert.ok(fixed.endsWith(`${A[1]}\n\n## Result\n\n<what changed because of it, with numbers>\n`), JSON.stringify(fixed.slice(-120)));

    const noBreak = withBreak.replace(/\n+$/, '');
    const fixed2 = fixSection(noBreak, 'result');
    assert.ok(fixed2.endsWith(`${A[1]}\n\n## Result\n\n<what changed because of it, with numbers>\n`), JSON.stringify(fixed2.slice(-120)));
    assert.ok(!rules(fixed2).includes('missing-section'));
  });

  it('puts a missing Result before Learnings', () => {
    const text = headed(2, [S, T, A, ['Learnings', "Ask for the partner's must-haves on day one."]]);
    const fixed = fixSection(text, 'result');
    assert.ok(fixed.includes(`${A[1]}\n\n## Result\n\n<what changed because of it, with numbers>\n\n## Learnings\n`), fixed);
  });

  it('stays before a plain heading that ends the previous section', () => {
    const text = headed(2, [S, ['Notes for me', "Remember the partner's name."], A, R]);
    const fixed = fixSection(text, 'task');
    assert.ok(fixed.includes(`${S[1]}\n\n## Task\n\n${TASK_PROMPT}\n\n## Notes for me\n`), fixed);
  });

  it('writes a label, not a heading, in a story told with labels', () => {
    const text =
      '**Situation:** The clinic lost a third of its bookings to no-shows.\n\n**Task:** I owned the reminders.\n\n**Result:** No-shows fell from 30% to 12%.\n';
    const fixed = fixSection(text, 'action');
    assert.strictEqual(
      fixed,
      '**Situation:** The clinic lost a third of its bookings to no-shows.\n\n**Task:** I owned the reminders.\n\n**Action:** <what you did yourself, step by step>\n\n**Result:** No-shows fell from 30% to 12%.\n',
    );
    const sections = lint(fixed).story.sections;
    assert.deepStrictEqual(
      sections.map((s) => `${s.kind}:${s.form}`),
      ['situation:label', 'task:label', 'action:label', 'result:label'],
    );
  });

  it("keeps a bullet before labels and the label's own style", () => {
    const text = '- Situation: the clinic lost bookings.\n\n- Task: I owned the reminders.\n\n- Action: I sent texts.\n';
    const fixed = fixSection(text, 'result');
    assert.ok(fixed.endsWith('- Action: I sent texts.\n\n- Result: <what changed because of it, with numbers>\n'), fixed);
    assert.strictEqual(lint(fixed).story.sections.length, 4);
  });

  it("uses the document's line break and gives a snippet with the prompt as a tab stop", () => {
    const text = headed(2, [S, A, R]).replace(/\n/g, '\r\n');
    const edit = addSectionFix(summaryOf(text), linesOf(text), 'task', '\r\n');
    assert.strictEqual(edit.newText, `## Task\r\n\r\n${TASK_PROMPT}\r\n\r\n`);
    assert.strictEqual(edit.snippet, `## Task\r\n\r\n\${1:${TASK_PROMPT}}\r\n\r\n`);
  });
});
