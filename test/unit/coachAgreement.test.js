// Two readers of the same blind sets: how far careful people agree on the coach's labels, and how the engine fares
// against each. Sets 18-21 were labelled a second time, from the definitions alone, by a reader who never saw the first
// labels (labels-second.json; test/fixtures/coach/README.md, "Two readers").
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const core = require('../../out/core');
const { score } = require('./coachScore');

const SETS = ['coach-blind18', 'coach-blind19', 'coach-blind20', 'coach-blind21'].map((d) => path.join(__dirname, '..', 'fixtures', d));
const read = (dir, file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;

/** The second reader's labels taken as a check's findings, scored against the first reader's. */
function agreement() {
  const t = {
    noRole: [0, 0],
    withRole: [0, 0],
    hedged: [0, 0],
    clear: [0, 0],
    notShown: [0, 0],
    shown: [0, 0],
    any: 0,
    first: 0,
    stories: 0,
  };
  const count = (pair, hit) => {
    pair[1]++;
    if (hit) pair[0]++;
  };
  for (const dir of SETS) {
    const first = read(dir, 'labels.json');
    const second = read(dir, 'labels-second.json');
    for (const [file, a] of Object.entries(first)) {
      const b = second[file];
      count(a.roleStated ? t.withRole : t.noRole, !b.roleStated);
      count(a.hedged ? t.hedged : t.clear, b.hedged);
      for (const [name, shown] of Object.entries(a.principlesShown)) count(shown ? t.shown : t.notShown, !b.principlesShown[name]);
      t.stories++;
      if (a.bestPrinciples.includes(b.bestPrinciples[0])) t.first++;
      if (b.bestPrinciples.some((n) => a.bestPrinciples.includes(n))) t.any++;
    }
  }
  return t;
}

describe('two readers of blind sets 18-21', () => {
  it('labelled the same stories and the same declared principles, with names from the catalog', () => {
    const names = new Set(core.AMAZON_CATALOG.principles.map((p) => p.name));
    for (const dir of SETS) {
      const first = read(dir, 'labels.json');
      const second = read(dir, 'labels-second.json');
      assert.deepStrictEqual(Object.keys(second).sort(), Object.keys(first).sort(), dir);
      for (const [file, b] of Object.entries(second)) {
        for (const key of ['roleStated', 'hedged']) assert.strictEqual(typeof b[key], 'boolean', `${file} ${key}`);
        assert.deepStrictEqual(Object.keys(b.principlesShown).sort(), Object.keys(first[file].principlesShown).sort(), file);
        assert.ok(b.bestPrinciples.length >= 1 && b.bestPrinciples.length <= 3, file);
        for (const n of b.bestPrinciples) assert.ok(names.has(n), `${file}: ${n}`);
      }
    }
  });

  it('find far more of the principles a story does not show than the engine does (the ceiling of any check)', () => {
    const t = agreement();
    console.log(
      `      second reader against the first: missing role ${pct(...t.noRole)} / ${pct(...t.withRole)}, hedging ${pct(...t.hedged)} / ` +
        `${pct(...t.clear)}, not shown ${pct(...t.notShown)} / ${pct(...t.shown)}, strongest any ${pct(t.any, t.stories)} / first ${pct(t.first, t.stories)}`,
    );
    const one = score(SETS);
    const two = score(SETS, undefined, 'labels-second.json');
    for (const [who, r] of [
      ['first', one],
      ['second', two],
    ])
      console.log(
        `      engine against the ${who} reader: missing role ${pct(r.roleRecall, 1)} / ${pct(r.roleFalsePositive, 1)}, hedging ${pct(r.hedgingRecall, 1)} / ` +
          `${pct(r.hedgingFalsePositive, 1)}, not shown ${pct(r.notShownRecall, 1)} / ${pct(r.notShownFalsePositive, 1)}`,
      );
    // What a careful reader reaches is the ceiling of any check: the engine's not-shown recall is far below it.
    const readerRecall = t.notShown[0] / t.notShown[1];
    assert.ok(readerRecall > one.notShownRecall && readerRecall > two.notShownRecall, `${readerRecall} vs ${one.notShownRecall}`);
  });
});
