// The front matter's fast reader must give exactly what the full YAML loader gives, or step aside.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { readSimpleYaml } = require('../../out/core/simpleYaml');
const { parseYaml } = require('../../out/core/yaml');
const { makeStory } = require('../../scripts/storyCorpus');

function frontMatterOf(text) {
  const m = /^---[^\n]*\n([\s\S]*?)\n---/.exec(text.replace(/\r\n/g, '\n'));
  return m ? '\n' + m[1] : undefined;
}

function markdownFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

function fullLoad(block) {
  try {
    return { value: parseYaml(block) };
  } catch (e) {
    return { error: e };
  }
}

/** Fast result agrees with the full loader whenever it gives one; returns whether it gave one. */
function agrees(block) {
  const fast = readSimpleYaml(block);
  if (fast === undefined) return false;
  const full = fullLoad(block);
  assert.ok(!full.error, `the fast reader accepted what the full loader refuses:\n${block}\n${full.error}`);
  assert.deepStrictEqual(fast, full.value, `differs on:\n${block}`);
  return true;
}

describe('front matter fast reader', () => {
  it('agrees with the full loader on every fixture story and reads most of them itself', () => {
    const blocks = markdownFiles(path.join(__dirname, '..', 'fixtures'))
      .map((f) => frontMatterOf(fs.readFileSync(f, 'utf8')))
      .filter((b) => b !== undefined && b.trim() !== '');
    assert.ok(blocks.length > 100, `only ${blocks.length} fixture front matters found`);
    const read = blocks.filter(agrees).length;
    assert.ok(read / blocks.length > 0.8, `the fast reader read only ${read} of ${blocks.length}`);
  });

  it('agrees on the benchmark corpus (titles, principle lists, dates)', () => {
    for (let i = 1; i <= 300; i++) assert.ok(agrees(frontMatterOf(makeStory(i))), `story ${i} fell back`);
  });

  it('reads the usual shapes', () => {
    const cases = [
      '\ntitle: Saving the launch\nprinciples: [Ownership, Dive Deep]',
      '\ntitle: "Quoted: with a colon"\nprinciples:\n  - Ownership\n  - Earn Trust',
      "\ntitle: 'Single quoted'\nprinciples:\n- Frugality\n\n# a comment\ndate: 2023-11-05\nyear: 2023",
      '\ntitle: Empty list\nprinciples: []\nnotes:',
      '\ntitle: Café in Zürich, 40 seats [draft]\ntags: [ops, C#]',
      '\nprinciples: ["Are Right, A Lot", \'Earn Trust\' , Ownership]',
    ];
    for (const c of cases) assert.ok(agrees(c), `fell back on ${JSON.stringify(c)}`);
  });

  it('steps aside on everything outside its subset, so the full loader decides', () => {
    const cases = [
      '\ntitle: true',
      '\ntitle: null',
      '\ntitle: ~',
      '\ntitle: 1.5',
      '\ntitle: 0x1F',
      '\ntitle: -1',
      '\ntitle: 2024-02-31',
      '\ntitle: 2024-01-01T10:00:00Z',
      '\ntitle: a: b',
      '\ntitle: a #comment',
      '\ntitle: "esc\\"aped"',
      "\ntitle: 'it''s'",
      '\ntitle: |\n  block',
      '\ntitle: >\n  folded',
      '\ntitle: &a x\nother: *a',
      '\ntitle: !!str 12',
      '\ntitle: two\n  lines',
      '\ntitle: x\ntitle: y',
      '\n__proto__: x',
      '\n  title: indented',
      '\ntitle:x',
      '\nprinciples:\n  - a\n - b',
      '\nprinciples:\n  -\n  - b',
      '\nprinciples: [a, [b]]',
      '\nprinciples: [a, b,]',
      '\nprinciples: ["a" b]',
      "\nprinciples: ['a, b]",
      '\nprinciples: [a: b]',
      '\nprinciples: {a: b}',
      '\ntitle: tab\there',
      '\ntitle: bell\u0007',
      '\ntitle: 😀 emoji',
      '\n? complex\n: key',
      '\n' + 'k'.repeat(1100) + ': long key',
      '\ntitle: "unclosed',
    ];
    for (const c of cases) {
      assert.strictEqual(readSimpleYaml(c), undefined, `should fall back on ${JSON.stringify(c)}`);
      // And the story still reads: what the full loader makes of it is what the engine reports.
      const full = fullLoad(c);
      assert.ok(full.error || full.value !== undefined);
    }
  });
});
