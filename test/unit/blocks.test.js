// The engine reads block structure only: the bundles leave markdown-it's entity decoder out (scripts/stubs/entities.js),
// which holds as long as no block the engine parses ever asks for it.
const assert = require('assert');
const fs = require('fs');
const Module = require('module');
const path = require('path');

/** parseBlocks from a fresh copy of blocks.js and markdown-it whose `entities` counts the calls made to it. */
function parseBlocksCountingEntities() {
  const real = require('entities');
  const counter = { calls: 0 };
  const counting = {};
  for (const name of Object.keys(real))
    counting[name] =
      typeof real[name] === 'function'
        ? (...args) => {
            counter.calls++;
            return real[name](...args);
          }
        : real[name];
  const fresh = [require.resolve('../../out/core/blocks'), require.resolve('markdown-it')];
  const cached = fresh.map((f) => require.cache[f]);
  for (const f of fresh) delete require.cache[f];
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'entities' ? counting : load.call(this, request, ...rest);
  };
  try {
    return { parseBlocks: require('../../out/core/blocks').parseBlocks, counter };
  } finally {
    Module._load = load;
    fresh.forEach((f, i) => (cached[i] ? (require.cache[f] = cached[i]) : delete require.cache[f]));
  }
}

const ENTITY_HEAVY = [
  '# Caf&eacute; &amp; bar &#35;1',
  '',
  'A paragraph with &copy; &nbsp; &#x41; and a [link &amp; more](https://example.com/?a=1&amp;b=2 "t&eacute;").',
  '',
  '[ref &amp; label]: https://example.com/&amp; "title &quot;x&quot;"',
  '',
  '```js&amp;info &lt;x&gt;',
  'code &amp; more',
  '```',
  '',
  '~~~ text \\&amp;',
  'fenced &lt;',
  '~~~',
  '',
  '    indented &amp; code',
  '',
  '> quote &mdash; with &hellip;',
  '> - item &amp; one',
  '',
  '<div title="&amp;">html &amp; block</div>',
  '',
  '| a &amp; | b |',
  '| --- | --- |',
  '| &lt; | &gt; |',
  '',
  'Setext &amp; heading',
  '-------------------',
  '',
  '1. list &amp; item',
  '   * nested &eacute;',
  '',
  '<!-- comment &amp; -->',
].join('\n');

describe('block parsing', () => {
  it('never decodes HTML entities, so the bundles can leave the entities package out', () => {
    const { parseBlocks, counter } = parseBlocksCountingEntities();
    const texts = [ENTITY_HEAVY, ENTITY_HEAVY.replace(/\n/g, '\r\n'), ENTITY_HEAVY + '\0'];
    for (const dir of ['examples', 'test/fixtures/coach-blind8'].map((d) => path.join(__dirname, '..', '..', d)))
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md'))) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    let blocks = 0;
    for (const text of texts) blocks += parseBlocks(text, text.split('\n'), 0).blocks.length;
    assert.ok(blocks > 100, `parsed ${blocks} blocks`);
    assert.strictEqual(counter.calls, 0, 'markdown-it decoded an entity while parsing blocks');
  });
});
