const assert = require('assert');
const { wordsOf } = require('../../out/core/coach/words');

/** The coach's words of a text with what separates each from the last: 0 a space, 1 a comma, 2 a clause end. */
function split(text) {
  const t = wordsOf(text);
  const out = [];
  for (let i = 0; i < t.count; i++) out.push(`${t.gap[i]}:${text.slice(t.start[i], t.end[i])}`);
  return out;
}

describe("the coach's words", () => {
  it('end a clause at . ! ? ; : and soften it at a comma', () => {
    assert.deepStrictEqual(split('I led it. We won; then, finally: done'), [
      '2:I',
      '0:led',
      '0:it',
      '2:We',
      '0:won',
      '2:then',
      '1:finally',
      '2:done',
    ]);
  });
  it('do not end a clause at a point or colon between digits ("3.5%", "50:50", "10:30")', () => {
    assert.deepStrictEqual(split('We are 50:50 sharemilkers'), ['2:We', '0:are', '0:50', '0:50', '0:sharemilkers']);
    assert.deepStrictEqual(split('up 3.5% by 10:30. Then'), ['2:up', '0:3', '0:5', '0:by', '0:10', '0:30', '2:Then']);
  });
});
