const assert = require('assert');
const { core } = require('./helpers');

const count = (text) => core.findFirstPersonSingular(text).length;

describe('findFirstPersonSingular: the writer speaking for themselves', () => {
  for (const text of ['I rewrote the parser.', "Then I'm on call.", "I've mapped it", "I'd asked twice", "I'll own it", 'then i called the vendor', 'Priya and I paired on it', 'I did it myself']) {
    it(`finds "I" in "${text}"`, () => assert.ok(count(text) > 0));
  }
  for (const text of ['We rewrote the parser.', 'The AI model was retrained.', 'Our CI/CD pipeline broke.', 'I/O was the bottleneck.', 'We finished Phase I early.', 'A Type I error.', 'see (i) and (ii)', 'i.e. the cache', 'We took I-95 north.', 'The team shipped it.', 'I. Assess: the backlog was reviewed.\nII. Simplify: approvals were merged.']) {
    it(`finds none in "${text}"`, () => assert.strictEqual(count(text), 0));
  }
});
