const assert = require('assert');
const { core, findingsOf } = require('./helpers');

describe('front matter', () => {
  it('reads YAML principles as a list or a comma-separated string', () => {
    const a = core.parseStory('---\nprinciples:\n  - Ownership\n  - dive deep\n---\n');
    assert.deepStrictEqual(
      a.principles.map((p) => p.canonical),
      ['Ownership', 'Dive Deep'],
    );
    const b = core.parseStory('---\nprinciples: Bias for Action, Are Right, A Lot, backbone\n---\n');
    assert.deepStrictEqual(
      b.principles.map((p) => p.canonical),
      ['Bias for Action', 'Are Right, A Lot', 'Have Backbone; Disagree and Commit'],
    );
  });

  it('reads JSON front matter', () => {
    const s = core.parseStory('---json\n{ "title": "J", "principles": ["Frugality"] }\n---\n');
    assert.strictEqual(s.title, 'J');
    assert.deepStrictEqual(
      s.principles.map((p) => p.canonical),
      ['Frugality'],
    );
  });

  it('never evaluates ---js front matter, and says so', () => {
    delete globalThis.__starLintPwned;
    const text = '---js\n{ principles: (globalThis.__starLintPwned = true, ["Ownership"]) }\n---\n## Situation\nx\n## Task\ny\n';
    const result = core.lintStory(text);
    assert.strictEqual(globalThis.__starLintPwned, undefined, 'the front matter ran');
    const f = result.findings.find((x) => x.rule === 'invalid-front-matter');
    assert.ok(f && /not read/.test(f.message), JSON.stringify(result.findings));
    assert.strictEqual(f.range.start.line, 0);
  });

  for (const lang of ['javascript', 'coffee', 'toml']) {
    it(`does not read ---${lang} front matter`, () => {
      globalThis.__starLintPwned = undefined;
      const result = core.lintStory(
        `---${lang}\nmodule.exports = (globalThis.__starLintPwned = 1)\nprinciples: x\n---\n## Situation\nx\n## Task\ny\n`,
      );
      assert.strictEqual(globalThis.__starLintPwned, undefined);
      assert.ok(result.findings.some((x) => x.rule === 'invalid-front-matter'));
    });
  }

  it('reports invalid YAML at the parser line, counted in the file', () => {
    const text = '---\ntitle: ok\nprinciples: [Ownership\n  other: : :\n---\n## Situation\nx\n## Task\ny\n';
    const [f] = findingsOf(text, 'invalid-front-matter');
    assert.ok(f, 'expected a finding');
    assert.ok(f.range.start.line >= 2 && f.range.start.line <= 3, `line ${f.range.start.line}`);
    assert.match(f.message, /not valid YAML/);
  });

  it('reports an unclosed front matter and still reads the sections below it', () => {
    const text = '---\ntitle: Draft\nprinciples: [Ownership]\n\n## Situation\nx\n## Task\ny\n';
    const result = core.lintStory(text);
    assert.ok(result.findings.some((f) => f.rule === 'invalid-front-matter' && /never closes/.test(f.message)));
    assert.deepStrictEqual(
      result.story.sections.map((s) => s.kind),
      ['situation', 'task'],
    );
  });

  it("does not grow gray-matter's cache with distinct inputs", () => {
    const matter = require('gray-matter');
    const before = Object.keys(matter.cache).length;
    for (let i = 0; i < 50; i++) core.parseStory(`---\ntitle: t${i}\nprinciples: [Ownership]\n---\nbody ${i}\n`);
    assert.strictEqual(Object.keys(matter.cache).length, before);
  });

  it('strips a byte-order mark', () => {
    assert.strictEqual(core.parseStory('\ufeff---\ntitle: BOM\n---\n').title, 'BOM');
  });
});
