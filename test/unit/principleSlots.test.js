// Where each name of the front matter's principles list stands, read from a text as it is being typed: what
// completion and hover use. The keys are the engine's own, so a list the engine reads is one they find.
const assert = require('assert');
const { core } = require('./helpers');

const { principleSlots, slotAt, yamlName, PRINCIPLE_KEYS } = core;
const slotsOf = (text, split) => {
  const lines = text.split('\n');
  return principleSlots((l) => lines[l], lines.length, split);
};
const names = (text) => slotsOf(text).map((s) => s.name);
/** The text of each slot's item as written, quotes included. */
const written = (text) => {
  const lines = text.split('\n');
  return slotsOf(text).map((s) => lines[s.line].slice(s.itemStart, s.itemEnd));
};

describe('principle list slots (completion and hover)', () => {
  it('reads a flow list with plain, double- and single-quoted names, commas inside quotes kept', () => {
    const text = `---\nprinciples: [Ownership, "Are Right, A Lot", 'It''s Day 1', "Say \\"Hi\\""]\n---\n`;
    assert.deepStrictEqual(names(text), ['Ownership', 'Are Right, A Lot', "It's Day 1", 'Say "Hi"']);
    assert.deepStrictEqual(written(text), ['Ownership', '"Are Right, A Lot"', "'It''s Day 1'", '"Say \\"Hi\\""']);
    assert.ok(slotsOf(text).every((s) => s.style === 'flow' && s.line === 1));
  });

  it('reads a flow list over several lines, skipping nested brackets and comments', () => {
    const text = '---\nprinciples: [Ownership,\n  Dive Deep, # the main one\n  {x: y}, Frugality]\ntitle: T\n---\n';
    // Empty slots stand where a name could still be typed (after each comma); a nested map is no name.
    assert.deepStrictEqual(names(text).filter(Boolean), ['Ownership', 'Dive Deep', 'Frugality']);
  });

  it('reads a block list up to the next key, with an empty item where a name is being typed', () => {
    const text = '---\nprinciples:\n  - Ownership\n  - "Dive Deep" # yes\n  -\ntitle: T\n  - Not this\n---\n';
    const slots = slotsOf(text);
    assert.deepStrictEqual(
      slots.map((s) => [s.line, s.name, s.style]),
      [
        [2, 'Ownership', 'block'],
        [3, 'Dive Deep', 'block'],
        [4, '', 'block'],
      ],
    );
    assert.strictEqual(slots[1].closed, true);
  });

  it('reads a comma-separated string with the catalog splitting it, and offers a slot after a trailing comma', () => {
    const matcher = core.matcherFor(core.defaultConfig());
    const text = '---\nprinciples: Ownership, Are Right, A Lot, \n---\n';
    const slots = slotsOf(text, (v) => matcher.splitList(v));
    assert.deepStrictEqual(
      slots.map((s) => s.name),
      ['Ownership', 'Are Right, A Lot', ''],
    );
    assert.ok(slots.every((s) => s.style === 'scalar'));
  });

  it('keeps a half-typed quote open, and reads a front matter that is not closed yet', () => {
    const slots = slotsOf('---\nprinciples: ["Dive De');
    assert.deepStrictEqual(
      slots.map((s) => [s.name, s.quote, s.closed]),
      [['Dive De', '"', false]],
    );
  });

  it('finds nothing without front matter, or without a principles key in it', () => {
    assert.deepStrictEqual(slotsOf('principles: [Ownership]\n'), []);
    assert.deepStrictEqual(slotsOf('---\ntitle: T\ntags: [Ownership]\n---\n'), []);
    assert.deepStrictEqual(slotsOf(''), []);
  });

  it('finds the list under every key the engine reads principles from, and under no other', () => {
    const config = core.defaultConfig();
    for (const key of [...PRINCIPLE_KEYS, 'Leadership Principles', '"principles"']) {
      const text = `---\n${key}: [Ownership, Dive Deep]\n---\n## Situation\n\nx\n`;
      assert.deepStrictEqual(names(text), ['Ownership', 'Dive Deep'], key);
      const story = core.parseStory(text, core.matcherFor(config));
      assert.deepStrictEqual(
        story.principles.map((p) => p.canonical),
        ['Ownership', 'Dive Deep'],
        `the engine reads ${key} too`,
      );
    }
    for (const key of ['principled', 'lp', 'tags']) assert.deepStrictEqual(names(`---\n${key}: [Ownership]\n---\n`), [], key);
  });

  it('tells which slot the cursor is in', () => {
    const slots = slotsOf('---\nprinciples: [Ownership, ]\n---\n');
    assert.strictEqual(slotAt(slots, 1, 16).name, 'Ownership');
    assert.strictEqual(slotAt(slots, 1, 24).name, '');
    assert.strictEqual(slotAt(slots, 1, 26), undefined, 'past the closing bracket');
    assert.strictEqual(slotAt(slots, 2, 0), undefined);
  });

  it('writes a name so that YAML reads it back as itself', () => {
    assert.strictEqual(yamlName('Ownership', 'flow'), 'Ownership');
    assert.strictEqual(yamlName('Are Right, A Lot', 'flow'), '"Are Right, A Lot"');
    assert.strictEqual(yamlName('Are Right, A Lot', 'block'), 'Are Right, A Lot');
    assert.strictEqual(yamlName('Are Right, A Lot', 'scalar'), 'Are Right, A Lot');
    assert.strictEqual(yamlName('- dash first', 'block'), '"- dash first"');
    assert.strictEqual(yamlName('Costs: low', 'block'), '"Costs: low"');
  });
});
