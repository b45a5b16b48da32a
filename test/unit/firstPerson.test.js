const assert = require('assert');
const { core } = require('./helpers');

const count = (text) => core.findFirstPersonSingular(text).length;

describe('findFirstPersonSingular: the writer speaking for themselves', () => {
  for (const text of [
    'I rewrote the parser.',
    "Then I'm on call.",
    "I've mapped it",
    "I'd asked twice",
    "I'll own it",
    'then i called the vendor',
    'Priya and I paired on it',
    'I did it myself',
  ]) {
    it(`finds "I" in "${text}"`, () => assert.ok(count(text) > 0));
  }
  for (const text of [
    'We rewrote the parser.',
    'The AI model was retrained.',
    'Our CI/CD pipeline broke.',
    'I/O was the bottleneck.',
    'We finished Phase I early.',
    'A Type I error.',
    'see (i) and (ii)',
    'i.e. the cache',
    'We took I-95 north.',
    'The team shipped it.',
    'I. Assess: the backlog was reviewed.\nII. Simplify: approvals were merged.',
  ]) {
    it(`finds none in "${text}"`, () => assert.strictEqual(count(text), 0));
  }
});

describe('first person as an act (the Action check)', () => {
  const { findingsOf, storyText } = require('./helpers');
  const fires = (action) => findingsOf(storyText({ sections: { Action: action } }), 'missing-i-contribution').length === 1;

  it('counts credit in the possessive and tasks that fell to the writer', () => {
    assert.strictEqual(fires('My first step was to pull the sales data. The team reviewed it.'), false);
    assert.strictEqual(fires('The rewrite fell to me, and the team tested it.'), false);
    assert.strictEqual(fires('The plan was written by me and approved by the board.'), false);
  });

  it('does not count a hedge with no act, or other people under "my"', () => {
    assert.strictEqual(fires('I think the team handled it well and the vendor fixed the bug.'), true);
    assert.strictEqual(fires('My team moved the stock and my manager ordered more.'), true);
    assert.strictEqual(fires('The team used my design.'), true);
  });

  it('still counts "I remember calling" and an I after a hedge', () => {
    assert.strictEqual(fires('I remember calling every customer that week.'), false);
    assert.strictEqual(fires('I think I called every customer.'), false);
  });
});
