const assert = require('assert');
const { findCodeSpans, blankCodeSpans } = require('../../out/core/codeSpans');

describe('code spans', () => {
  it('finds spans opened and closed by runs of the same length', () => {
    const text = 'a `b` c ``d ` e`` f';
    assert.deepStrictEqual(
      findCodeSpans(text).map(([s, e]) => text.slice(s, e)),
      ['`b`', '``d ` e``'],
    );
  });
  it('leaves an unmatched run as text', () => {
    assert.deepStrictEqual(findCodeSpans('it costs `5 and more'), []);
  });
  it('blanks spans but keeps offsets and line breaks', () => {
    const text = 'I ran `x = 1` and `y\nz` ok';
    const out = blankCodeSpans(text);
    assert.strictEqual(out.length, text.length);
    assert.strictEqual(out, 'I ran         and   \n   ok');
  });
  it('stays linear on a long run of unmatched backticks (a backreference regex took seconds)', () => {
    const text = ('word '.repeat(2000) + '`'.repeat(30000) + ' more\n').repeat(2);
    const start = process.hrtime.bigint();
    blankCodeSpans(text);
    assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 200);
  });
});
