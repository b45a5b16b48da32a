const assert = require('assert');
const { storyText, findingsOf, rulesOf } = require('../helpers');

describe('rule missing-section', () => {
  it('is quiet when all four sections are there', () => {
    assert.deepStrictEqual(findingsOf(storyText(), 'missing-section'), []);
  });
  it('reports each absent section by name, at the title', () => {
    const found = findingsOf(storyText({ sections: { Task: null, Result: null } }), 'missing-section');
    assert.deepStrictEqual(
      found.map((f) => f.section),
      ['Task', 'Result'],
    );
    assert.match(found[0].message, /no Task section/);
    assert.strictEqual(found[0].range.start.line, 1); // the front matter title line
  });
  it('counts a combined heading for both of its sections', () => {
    const text = '---\nprinciples: [Ownership]\n---\n## Situation & Task\nx\n## Action\nI did y\n## Result\nup 10%\n';
    assert.deepStrictEqual(findingsOf(text, 'missing-section'), []);
  });
  it('says nothing about files that are not stories', () => {
    assert.deepStrictEqual(rulesOf('# Shopping list\n\n- milk\n- eggs\n\n## Result\nnone\n'), []);
  });
});
