// principle-not-shown's judgement (src/core/coach/shown.ts): the lexicon's evidence, the learned evidence and the
// principle, weighed by weights trained on the labelled sets (scripts/shown-training.mjs).
const assert = require('assert');
const core = require('../../out/core');
const { isShown, CLEAR, SHOWN_AT } = require('../../out/core/coach/shown');
const { SHOWN_WEIGHTS } = require('../../out/core/coach/shownWeights');
const { coachWith, evidenceModel } = require('../../out/core/coach');
const { storyText, findingsOf } = require('./helpers');

const builtIn = (name) => ({ name, listenFor: '', hasTerms: true, builtIn: true });
const weights = { prior: { Often: 2, Seldom: -1 }, score: -1, learned: -1, threshold: 1 };

describe('whether a declared principle is shown', () => {
  it('counts a principle with evidence at CLEAR as shown, whatever the weights say', () => {
    assert.strictEqual(isShown(builtIn('Often'), CLEAR, -50, weights), true);
    assert.strictEqual(isShown(builtIn('Often'), CLEAR - 0.01, -50, weights), false);
  });

  it('reports a principle writers often declare without showing sooner than one they seldom do', () => {
    assert.strictEqual(isShown(builtIn('Often'), 0, 0, weights), false);
    assert.strictEqual(isShown(builtIn('Seldom'), 0, 0, weights), true);
  });

  it('takes more evidence, from the lexicon or learned, as more reason to call it shown', () => {
    // Often: 2 - log(1 + score) - learned / 10 <= 1
    assert.strictEqual(isShown(builtIn('Often'), 1, 0, weights), false);
    assert.strictEqual(isShown(builtIn('Often'), 2, 0, weights), true);
    assert.strictEqual(isShown(builtIn('Often'), 1, 10, weights), true);
    assert.strictEqual(isShown(builtIn('Often'), 1, -10, weights), false);
  });

  it("judges a custom catalog's principle by its own terms alone (no weights were learned for it)", () => {
    const custom = { name: 'Often', listenFor: '', hasTerms: true, builtIn: false };
    assert.strictEqual(isShown(custom, SHOWN_AT, -50, weights), true);
    assert.strictEqual(isShown(custom, SHOWN_AT - 0.01, 50, weights), false);
  });

  it('has trained weights for every principle of the built-in catalog', () => {
    const names = core.AMAZON_CATALOG.principles.map((p) => p.name);
    assert.deepStrictEqual(Object.keys(SHOWN_WEIGHTS.prior).sort(), names.slice().sort());
    assert.ok(SHOWN_WEIGHTS.score < 0 && SHOWN_WEIGHTS.learned < 0, 'evidence counts towards shown');
  });

  it('hears the evidence of the principles it still doubts, and only those', () => {
    const config = core.defaultConfig();
    const text = storyText({
      frontMatter: 'title: T\nprinciples: [Frugality, Think Big]',
      sections: {
        Action:
          'Instead of buying a new test cluster, I reused two spare servers and cut the monthly cost from $4,000 to $600, with no extra budget.',
      },
    });
    const heard = [];
    const report = coachWith(core.parseStory(text), config, evidenceModel(core.activeCatalog(config)), (p, score) =>
      heard.push([p, score]),
    );
    assert.deepStrictEqual(
      heard.map(([p]) => p),
      ['Think Big'],
    );
    assert.ok(heard[0][1] < CLEAR);
    assert.deepStrictEqual(report.shown, { Frugality: true, 'Think Big': false });
  });

  it('reports, on a story that shows neither, the principles writers most often declare without showing', () => {
    const story = (principle) =>
      storyText({
        frontMatter: `title: T\nprinciples: [${principle}]`,
        sections: { Action: 'I sorted the queue by promise time and I wrote a rota that kept two agents on callbacks all week.' },
      });
    for (const principle of ['Think Big', 'Frugality', 'Learn and Be Curious', 'Hire and Develop the Best'])
      assert.deepStrictEqual(
        findingsOf(story(principle), 'principle-not-shown').map((f) => f.principle),
        [principle],
      );
  });
});
