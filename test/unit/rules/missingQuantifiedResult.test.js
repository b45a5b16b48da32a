const assert = require('assert');
const { storyText, findingsOf } = require('../helpers');

const resultFinding = (result, extra = {}) =>
  findingsOf(storyText({ sections: { Result: result, ...extra } }), 'missing-quantified-result');

describe('rule missing-quantified-result', () => {
  it('accepts a Result with a measured change', () => {
    assert.deepStrictEqual(resultFinding('Refunds fell from 40 a week to 6.'), []);
    assert.deepStrictEqual(resultFinding('Sign-ups doubled in the first month.'), []);
  });
  it('reports a vague Result, on the Result heading', () => {
    const text = storyText({ sections: { Result: 'The client was delighted and the launch was a big success.' } });
    const [f] = findingsOf(text, 'missing-quantified-result');
    assert.ok(f);
    assert.strictEqual(f.section, 'Result');
    assert.match(f.message, /no measurable outcome/);
    assert.strictEqual(f.range.start.line, text.split('\n').indexOf('## Result'));
  });
  it('does not take years, versions or list numbers for results', () => {
    assert.strictEqual(resultFinding('1. We shipped v2.1 in March 2023.\n2. Everyone was happy.').length, 1);
  });
  it('does not count numbers that are only in the Situation', () => {
    const found = resultFinding('Customers were much happier afterwards.', { Situation: 'We were losing 30% of carts and $2M a year.' });
    assert.strictEqual(found.length, 1);
  });
  it('does not count a template placeholder', () => {
    assert.strictEqual(resultFinding('Satisfaction went up by X%.').length, 1);
  });
  it('does not count a number in a link or inline code', () => {
    assert.strictEqual(resultFinding('See [the report](https://example.com/2023/42-results) and `retries=3`.').length, 1);
  });
  it('leaves an empty Result to empty-section', () => {
    assert.deepStrictEqual(resultFinding(''), []);
  });
  it('reports a story with no Result section where missing-section is, saying there is none', () => {
    const { lint } = require('../helpers');
    const { findings } = lint(storyText({ sections: { Result: null } }));
    const [f] = findings.filter((x) => x.rule === 'missing-quantified-result');
    const missing = findings.find((x) => x.rule === 'missing-section');
    assert.match(f.message, /no Result section/);
    assert.deepStrictEqual(f.range, missing.range);
  });
});
