// The read model every feature shares: stories in title order, and per principle, counted once per story.
const assert = require('assert');
const { StoryStore } = require('../../../out/extension/index/store');
const { StoryReadModel } = require('../../../out/extension/index/readModel');
const { Slices } = require('../../../out/extension/index/slices');
const { uri, storyWith } = require('./memory');

describe('index read model', () => {
  const store = new StoryStore(() => undefined);
  const model = new StoryReadModel(store);
  store.put(uri('/w/b.md'), storyWith('zebra crossing', ['Ownership', 'Frugality']), undefined, true, true);
  store.put(uri('/w/a.md'), storyWith('Élan', ['Ownership']), undefined, true, true);
  store.put(uri('/w/c.md'), storyWith('apple', ['Dive Deep', 'Dive Deep']), undefined, true, true);

  it('orders stories by title, case and accents folded', () => {
    assert.deepStrictEqual(
      model.sortedStories().map((f) => f.displayTitle),
      ['apple', 'Élan', 'zebra crossing'],
    );
  });

  it('counts each story once per principle it names, and lists them in title order', () => {
    assert.deepStrictEqual(model.counts(), { Ownership: 2, Frugality: 1, 'Dive Deep': 1 });
    assert.deepStrictEqual(
      model.storiesFor('Ownership').map((f) => f.displayTitle),
      ['Élan', 'zebra crossing'],
    );
    assert.strictEqual(model.countFor('Customer Obsession'), 0);
  });

  it('follows the store: a removed or changed story counts no more', () => {
    store.remove(uri('/w/b.md'));
    assert.strictEqual(model.countFor('Frugality'), 0);
    assert.strictEqual(model.countFor('Ownership'), 1);
    store.put(uri('/w/c.md'), storyWith('apple', ['Frugality']), undefined, true, true);
    assert.deepStrictEqual(model.counts(), { Ownership: 1, Frugality: 1 });
    assert.strictEqual(model.sortedStories().length, 2);
  });

  it('builds its lists once per change of the store, not once per question', () => {
    const first = model.sortedStories();
    model.counts();
    assert.strictEqual(model.sortedStories(), first, 'the same list while nothing changed');
    store.put(uri('/w/d.md'), storyWith('delta', ['Ownership']), undefined, true, true);
    assert.notStrictEqual(model.sortedStories(), first);
  });

  it('keeps the order and the groups exact through many rounds of changes (merged, not sorted again)', () => {
    const s = new StoryStore(() => undefined);
    const m = new StoryReadModel(s);
    const principles = ['Ownership', 'Frugality', 'Dive Deep', 'Earn Trust'];
    let seed = 7;
    const random = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const titles = ['alpha', 'Beta', 'beta', 'Gamma', 'délta', 'Delta', 'epsilon', 'zeta', 'Éta', 'theta'];
    const summaries = titles.flatMap((t) => principles.map((p, i) => storyWith(t, principles.slice(i, i + 2))));
    for (let round = 0; round < 30; round++) {
      for (let k = 0; k < 1 + random(20); k++) {
        const path = `/w/${random(60)}.md`;
        if (random(4) === 0) s.remove(uri(path));
        else s.put(uri(path), summaries[random(summaries.length)], undefined, true, true);
      }
      const expected = [...s.values()].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
      assert.deepStrictEqual(
        m.sortedStories().map((f) => f.key),
        expected.map((f) => f.key),
        `round ${round}`,
      );
      for (const p of principles)
        assert.deepStrictEqual(
          m.storiesFor(p).map((f) => f.key),
          expected.filter((f) => f.summary.canonicalPrinciples.includes(p)).map((f) => f.key),
        );
    }
  });
  it('sorts thousands of new stories in slices, and stays exact when changes land during it or a question overtakes it', async () => {
    const principles = ['Ownership', 'Frugality', 'Dive Deep'];
    const expectedOf = (s) => [...s.values()].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    const check = (s, m) => {
      const expected = expectedOf(s);
      assert.deepStrictEqual(
        m.sortedStories().map((f) => f.key),
        expected.map((f) => f.key),
      );
      for (const p of principles)
        assert.deepStrictEqual(
          m.storiesFor(p).map((f) => f.key),
          expected.filter((f) => f.summary.canonicalPrinciples.includes(p)).map((f) => f.key),
        );
    };
    for (const overtake of [false, true]) {
      const s = new StoryStore(() => undefined);
      const m = new StoryReadModel(s);
      for (let i = 0; i < 5000; i++)
        s.put(uri(`/w/${i}.md`), storyWith(`story ${(i * 7919) % 5000}`, [principles[i % 3]]), undefined, true, true);
      let turns = 0;
      const ticker = setInterval(() => turns++, 0);
      // A clock that moves 1 ms per reading, 1 ms slices: every step of the sort is its own slice.
      let clock = 0;
      const sliced = m.freshen(new Slices(1, () => clock++));
      // While it runs: a story changes title, one leaves, one arrives.
      s.put(uri('/w/3.md'), storyWith('aaa first now', ['Frugality']), undefined, true, true);
      s.remove(uri('/w/4.md'));
      s.put(uri('/w/new.md'), storyWith('zzz last', ['Dive Deep']), undefined, true, true);
      if (overtake) check(s, m);
      await sliced;
      clearInterval(ticker);
      assert.ok(overtake || turns > 0, 'the sort never let a timer run');
      check(s, m);
    }
  });

  it('lets a second caller wait for a sliced run already going, rather than sort everything in one go', async () => {
    const s = new StoryStore(() => undefined);
    const m = new StoryReadModel(s);
    for (let i = 0; i < 5000; i++) s.put(uri(`/w/${i}.md`), storyWith(`story ${(i * 7919) % 5000}`, ['Ownership']), undefined, true, true);
    let clock = 0;
    const slices = new Slices(1, () => clock++);
    let sorts = 0;
    const sort = Array.prototype.sort;
    // Counts sorts of the whole list: the sliced run sorts chunks of at most a thousand.
    Array.prototype.sort = function (...args) {
      if (this.length >= 5000) sorts++;
      return sort.apply(this, args);
    };
    try {
      const first = m.freshen(slices);
      // The tree's build: it reads the model as soon as its own freshen resolves.
      await m.freshen(slices);
      assert.strictEqual(m.sortedStories().length, 5000);
      await first;
    } finally {
      Array.prototype.sort = sort;
    }
    assert.strictEqual(sorts, 0, 'no sort of all 5,000 stories at once');
  });
});
