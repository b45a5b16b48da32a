// A story's fingerprint: a scan keeps the findings it has for a file only when the text and the config are the
// same as when they were found.
const assert = require('assert');
const { textHash, fingerprintOf, hashOf } = require('../../../out/extension/index/fingerprint');

describe('story fingerprint', () => {
  it('is the same for the same text and differs for any change, even one that keeps the length', () => {
    const text = '---\ntitle: Cut the bill\nprinciples: [Frugality]\n---\n## Result\nWe saved 30%.\n';
    assert.strictEqual(textHash(text), textHash(text.slice(0)));
    const seen = new Set([textHash(text)]);
    for (let i = 0; i < text.length; i++) {
      // Every one-character change, and every swap of neighbours.
      const changed = text.slice(0, i) + (text[i] === 'x' ? 'y' : 'x') + text.slice(i + 1);
      const swapped = text.slice(0, i) + text.slice(i + 1, i + 2) + text[i] + text.slice(i + 2);
      seen.add(textHash(changed));
      if (swapped !== text) assert.notStrictEqual(textHash(swapped), textHash(text), `swap at ${i}`);
    }
    assert.strictEqual(seen.size, text.length + 1, 'two texts shared a hash');
    assert.notStrictEqual(textHash(text), textHash(text + ' '));
  });

  it('ties the hash to the config object it was checked under, and gives the hash back for saving', () => {
    const a = { catalog: 'amazon' };
    const b = { catalog: 'amazon' };
    const hash = textHash('story');
    assert.strictEqual(fingerprintOf(hash, a), fingerprintOf(hash, a));
    assert.notStrictEqual(fingerprintOf(hash, a), fingerprintOf(hash, b), 'a new config (after a settings change) is another');
    assert.strictEqual(hashOf(fingerprintOf(hash, b)), hash);
    assert.strictEqual(hashOf(undefined), undefined);
  });
});
