// The codec of the index saved between sessions: what comes back must be exactly what the engine summarised
// (the tree, Problems and quick fixes read it as if just computed), and a damaged file must be refused whole.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { core, storyText } = require('../helpers');
const { encodeSummary, decodeSummary } = require('../../../out/extension/index/summaryCodec');
const { makeStory } = require('../../../scripts/storyCorpus');

const config = core.defaultConfig();
const summaryOf = (text) => core.summarize(core.lintStory(text, config), config);

/** Through JSON as the cache file holds it, and back. */
const roundTrip = (summary) => decodeSummary(JSON.parse(JSON.stringify(encodeSummary(summary))));

describe('summary codec (saved index)', () => {
  const examples = fs.readdirSync(path.join(__dirname, '../../../examples')).filter((f) => /^\d.*\.md$/.test(f));
  const texts = [
    ...examples.map((f) => fs.readFileSync(path.join(__dirname, '../../../examples', f), 'utf8')),
    ...Array.from({ length: 200 }, (_, i) => makeStory(i + 1)),
    // Every optional part: no title, an unknown principle (suggestion), findings with section and data, labels.
    '---\nprinciples: [Custmer Obsesion, Backbone]\n---\n**Situation:** We had X% churn. TODO\n\n**Action:** We fixed it.\n',
    storyText({ frontMatter: 'title: ""\nprinciples: []', sections: { Result: null } }),
  ];

  it('gives back every summary exactly, key order included', () => {
    let withSuggestion = 0;
    let withoutTitle = 0;
    for (const text of texts) {
      const summary = summaryOf(text);
      if (!summary.isStory) continue;
      if (summary.principles.some((p) => p.suggestion)) withSuggestion++;
      if (summary.title === undefined) withoutTitle++;
      const back = roundTrip(summary);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(summary)));
      // The index compares summaries by their JSON to skip unchanged stories: the decoded one must match it.
      assert.strictEqual(JSON.stringify(back), JSON.stringify(summary));
    }
    assert.ok(withSuggestion > 0 && withoutTitle > 0, 'the cases with optional parts were covered');
  });

  it('takes about half the bytes of plain JSON', () => {
    let plain = 0;
    let compact = 0;
    for (const text of texts.slice(0, 100)) {
      const summary = summaryOf(text);
      plain += JSON.stringify(summary).length;
      compact += JSON.stringify(encodeSummary(summary)).length;
    }
    assert.ok(compact < plain * 0.65, `compact ${compact} vs plain ${plain}`);
  });

  it('refuses damaged or foreign entries instead of reading half of them', () => {
    const good = encodeSummary(summaryOf(texts[0]));
    const damaged = [
      null,
      {},
      good.slice(0, 10),
      [...good.slice(0, 3), [['missing-section', 'loud', 'msg', 0, 0, 0, 1, null, null]], ...good.slice(4)],
      [...good.slice(0, 4), [1, 1, 1, 1, 1, 2], ...good.slice(5)],
      [...good.slice(0, 5), [['prologue', 0, 0, 0, 0, 5, 2, 3]], ...good.slice(6)],
      [...good.slice(0, 6), 'four', ...good.slice(7)],
      [...good.slice(0, 10), Infinity],
      [42, ...good.slice(1)],
    ];
    for (const bad of damaged) assert.throws(() => decodeSummary(bad), Error, JSON.stringify(bad)?.slice(0, 80));
  });

  it('in a file of many stories, writes each message once and reads the later uses back as the same text', () => {
    const out = new Map();
    const read = [];
    let once = 0;
    let shared = 0;
    for (const text of texts) {
      const summary = summaryOf(text);
      if (!summary.isStory) continue;
      const encoded = JSON.parse(JSON.stringify(encodeSummary(summary, out)));
      once += JSON.stringify(encodeSummary(summary)).length;
      shared += JSON.stringify(encoded).length;
      assert.strictEqual(JSON.stringify(decodeSummary(encoded, read)), JSON.stringify(summary));
    }
    assert.deepStrictEqual(read, [...out.keys()], 'the reader learns the messages in the order they were written');
    assert.ok(shared < once * 0.75, `with shared messages ${shared} bytes, without ${once}`);
  });

  it('refuses a message that refers to one not written before it', () => {
    const summary = texts.map(summaryOf).find((s) => s.isStory && s.findings.length > 0);
    const encoded = JSON.parse(JSON.stringify(encodeSummary(summary, new Map([[summary.findings[0].message, 5]]))));
    assert.throws(() => decodeSummary(encoded, []), /refers to none/);
    assert.throws(() => decodeSummary(encoded), /expected a string/, 'a number where a file without a table has text');
  });
});
