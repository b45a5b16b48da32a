// Principle names as people type them: what the story is filed under, and what the writer is told.
const assert = require('assert');
const { core, apply } = require('./helpers');
const { quoteNameFix } = require('../../out/core/fixes');

const story = (principles) => `---\ntitle: x\nprinciples: ${principles}\n---\n## Situation\nx\n## Task\ny\n`;
const filed = (principles) => core.summarize(core.lintStory(story(principles)), core.defaultConfig()).canonicalPrinciples;
const findings = (principles, rule) => core.lintStory(story(principles)).findings.filter((f) => f.rule === rule);

describe('principle names as people type them', () => {
  it('files a misspelling with one clear match under it, and still warns with the fix', () => {
    assert.deepStrictEqual(filed('[Customer Obsesion, Deliver Resutls, Ownrship, earn trsut]'), [
      'Customer Obsession',
      'Deliver Results',
      'Ownership',
      'Earn Trust',
    ]);
    const [f] = findings('[Customer Obsesion]', 'unknown-principle');
    assert.strictEqual(f.data.suggestion, 'Customer Obsession');
    assert.match(f.message, /counted under "Customer Obsession"/);
  });

  it('leaves a word that is no principle, or has no clear match, unfiled and warned', () => {
    assert.deepStrictEqual(filed('[Teamwork, Leadership, Mission, Monitoring]'), []);
    assert.strictEqual(findings('[Teamwork, Leadership, Mission, Monitoring]', 'unknown-principle').length, 4);
  });

  it('files short forms that drop small words or the last word, without a warning', () => {
    assert.deepStrictEqual(
      filed('[Insist on Highest Standards, Learn & Be Curious, Hire & Develop the Best, "Strive to be Earth\'s Best"]'),
      ['Insist on the Highest Standards', 'Learn and Be Curious', 'Hire and Develop the Best', "Strive to be Earth's Best Employer"],
    );
    assert.deepStrictEqual(findings('[Insist on Highest Standards]', 'unknown-principle'), []);
  });

  it('joins a name YAML split at its comma, says so, and the fix quotes it', () => {
    for (const value of ['[Customer Obsession, Are Right, A Lot]', 'Customer Obsession, Are Right, A Lot']) {
      assert.deepStrictEqual(filed(value), ['Customer Obsession', 'Are Right, A Lot']);
      const [f] = findings(value, 'split-principle-name');
      assert.strictEqual(f.severity, 'info');
      const fixed = apply(story(value), quoteNameFix(story(value).split('\n'), f));
      assert.deepStrictEqual(
        core.lintStory(fixed).findings.filter((x) => x.rule === 'split-principle-name'),
        [],
        fixed,
      );
      assert.deepStrictEqual(core.summarize(core.lintStory(fixed), core.defaultConfig()).canonicalPrinciples, [
        'Customer Obsession',
        'Are Right, A Lot',
      ]);
    }
  });

  it('splits a string at semicolons too, keeping "Have Backbone; Disagree and Commit" whole', () => {
    assert.deepStrictEqual(filed('Ownership; Bias for Action'), ['Ownership', 'Bias for Action']);
    assert.deepStrictEqual(filed('Have Backbone; Disagree and Commit, Dive Deep'), ['Have Backbone; Disagree and Commit', 'Dive Deep']);
  });

  it('does not flag a name already quoted or in a block list', () => {
    assert.deepStrictEqual(findings('[Ownership, "Are Right, A Lot"]', 'split-principle-name'), []);
    assert.deepStrictEqual(findings('\n  - Are Right, A Lot\n  - Ownership', 'split-principle-name'), []);
  });
});
