'use strict';
// What counts as a problem in the tree's badge, a story's description and the status bar: errors and warnings only.
const assert = require('assert');
const { core, storyText } = require('./helpers');

describe('problems and notes', () => {
  it('a story whose only findings are notes (its length, the coach) has no problem', () => {
    const words = Array.from({ length: 60 }, () => 'steady').join(' ');
    const text = storyText({ sections: { Action: `I rewrote the import job. ${words}`, Result: 'Errors fell from 12 to 2 a week.' } });
    const findings = core.lintStory(text).findings;
    assert.ok(
      findings.some((f) => f.rule === 'story-length'),
      JSON.stringify(findings),
    );
    assert.deepStrictEqual(
      findings.filter((f) => f.severity !== 'info').map((f) => f.rule),
      [],
    );
    assert.strictEqual(core.countProblems(findings), 0);
  });

  it('counts errors and warnings, not information or hints', () => {
    const f = (severity) => ({ severity });
    assert.strictEqual(core.countProblems([f('error'), f('warning'), f('info'), f('hint'), f('warning')]), 3);
    assert.ok(core.isProblem(f('warning')) && !core.isProblem(f('info')));
  });
});
