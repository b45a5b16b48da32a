'use strict';
// Our injections keep every scope VS Code's Markdown and YAML grammars give, and the example bank is marked as it says.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const {
  ROOT,
  EXAMPLES,
  VSCODE_EXTENSIONS,
  vscodeHost,
  markdownGrammar,
  tokenize,
  assertHostScopesKept,
  has,
  ours,
  anyOfOurs,
} = require('./harness');

describe('TextMate injection grammars beside the host grammars', function () {
  this.timeout(20000);
  let md; // Markdown + our injections
  let plain; // Markdown alone

  before(async () => {
    md = await markdownGrammar(true);
    plain = await markdownGrammar(false);
  });

  describe("Markdown's own highlighting is kept", () => {
    const TORTURE = [
      '---',
      'title: "Cut p95 latency: 40%"',
      'principles:',
      '  - Dive Deep # the main one',
      '  - "Are Right, A Lot"',
      'lps: [Ownership, Teamwork]',
      'tags: [a, b]',
      '---',
      '',
      '# A story title with I and 40%',
      '',
      '## Situation & Task',
      'Line right under with **bold 40%** and *I* and `code 2x` and [a link](https://x.test/40%).',
      '> ## Situation in a quote',
      '> I quoted 3 weeks.',
      '',
      '**Action:** I led it; we helped.',
      '- **Result:** up 2x',
      '  - nested I item 5%',
      '1. Result: numbered',
      '',
      '```yaml',
      'principles: [Ownership]',
      '```',
      '',
      '<!-- I 40% comment -->',
      '<div>I 40%</div>',
      '',
      '| I | 40% |',
      '|---|-----|',
      '| we | 2x |',
      '',
      'Setext Result',
      '---',
      '',
      '### Details',
      'Hard break  ',
      'continued I 7%',
      '',
      '## Notes',
      'I 40% after.',
      '',
    ].join('\n');

    const assertKept = (name, text) => assertHostScopesKept(plain, md, name, text);

    it('on a document that mixes every Markdown construct with STAR marks', () => {
      assertKept('torture', TORTURE);
      // And the marks are really there, so the comparison is not vacuous.
      const marked = tokenize(md, TORTURE)
        .flatMap((r) => r.chars)
        .filter((s) => ours(s).length > 0);
      assert.ok(marked.length > 50, `only ${marked.length} marked characters`);
    });

    it('on every file in examples/', () => {
      const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));
      assert.ok(files.length >= 9, `examples/ has ${files.length} Markdown files`);
      for (const f of files) assertKept(f, fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
    });
  });

  describe("inside VS Code 1.100's own Markdown and YAML grammars (from test/host's code-server, when installed)", function () {
    let vsMd;
    let vsPlain;
    before(async function () {
      if (!fs.existsSync(path.join(VSCODE_EXTENSIONS, 'yaml', 'syntaxes', 'yaml.tmLanguage.json'))) {
        // code-server is installed by the host-test runner on first use; without it there is nothing to compare against.
        this.skip();
      }
      vsMd = await markdownGrammar(true, vscodeHost());
      vsPlain = await markdownGrammar(false, vscodeHost());
    });

    const FM = [
      '---',
      'title: How I cut costs',
      'principles:',
      '  - Ownership',
      '  - Are Right, A Lot',
      'tags: [a]',
      'lps: Think Big, Frugality',
      'author: me',
      '---',
      '',
      '## Situation',
      '',
      'I saved $5 and $10 in 3 weeks, 40% less.',
      '',
    ].join('\n');

    it("keys after the principles block are still read as keys (not invalid) by VS Code's YAML grammar", () => {
      const lines = tokenize(vsMd, FM);
      for (const key of ['tags', 'author']) {
        const row = lines.find((l) => l.line.startsWith(key + ':'));
        row.chars.slice(0, key.length).forEach((s) => {
          assert.ok(has(s, 'entity.name.tag'), `${key}: ${s.join(' ')}`);
          assert.ok(!s.some((x) => x.startsWith('invalid')), `${key}: ${s.join(' ')}`);
        });
      }
      const own = lines.find((l) => l.line === '  - Ownership');
      assert.ok(own.chars.slice(4).every((s) => has(s, 'constant.language.principle.star-stories')));
    });

    it('keeps every host scope outside the principles lines, on the examples and with markdown-math loaded', () => {
      // On the principles lines our region stands in for YAML, keeping only its visible scopes (key, dash, strings).
      let inPrinciples = false;
      const skip = (line) => {
        if (/^(?:principles?|lps|leadership[ _-]principles)\s*:/i.test(line)) inPrinciples = true;
        else if (!/^(?:[ \t]|-(?:[ \t]|$)|#|$)/.test(line)) inPrinciples = false;
        return inPrinciples;
      };
      const docs = { fm: FM };
      for (const f of fs.readdirSync(EXAMPLES).filter((x) => x.endsWith('.md'))) docs[f] = fs.readFileSync(path.join(EXAMPLES, f), 'utf8');
      for (const [name, text] of Object.entries(docs)) {
        inPrinciples = false;
        assertHostScopesKept(vsPlain, vsMd, name, text, skip);
      }
    });
  });

  describe('the example story bank', () => {
    const stories = () =>
      fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .map((f) => ({ f, text: fs.readFileSync(path.join(EXAMPLES, f), 'utf8') }));

    // What each example is for, as examples/README.md tells it: the rules the engine reports for it.
    const EXPECTED = {
      '01-billing-migration.md': [],
      '02-checkout-latency.md': [],
      '03-new-hire-ramp-up.md': [],
      '04-pushing-back-on-a-launch.md': [],
      '05-support-backlog.md': ['missing-quantified-result'],
      '06-weekend-outage.md': ['missing-i-contribution'],
      '07-cloud-bill.md': ['missing-section'],
      '08-recruiting-pipeline.md': ['unknown-principle', 'unknown-principle'],
      '09-self-serve-reports.md': ['template-placeholder', 'template-placeholder'],
      '10-learning-sql.md': ['story-length'],
    };

    it('each example gets exactly the findings examples/README.md says it shows (engine from out/core)', () => {
      const core = require(path.join(ROOT, 'out', 'core'));
      const files = fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .sort();
      assert.deepStrictEqual(files, Object.keys(EXPECTED).sort());
      for (const f of files) {
        const result = core.lintStory(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
        assert.strictEqual(result.story.isStory, true, `${f} is not read as a story`);
        assert.deepStrictEqual(
          result.findings.map((x) => x.rule).sort(),
          EXPECTED[f],
          `${f}: ${result.findings.map((x) => x.message).join(' | ')}`,
        );
      }
      const readme = core.lintStory(fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8'));
      assert.strictEqual(readme.story.isStory, false);
      assert.deepStrictEqual(readme.findings, []);
    });

    it('examples/README.md lists every example once, and stories are 250–600 words except the one that is too short', () => {
      const readme = fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8');
      for (const f of Object.keys(EXPECTED)) assert.strictEqual(readme.split('`' + f + '`').length - 1, 1, `${f} in README`);
      for (const { f, text } of stories()) {
        const words = text
          .replace(/^---[\s\S]*?\n---\n/, '')
          .split(/\s+/)
          .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        if (f === '10-learning-sql.md') assert.ok(words < 150, `${f}: ${words} words`);
        else assert.ok(words >= 250 && words <= 600, `${f}: ${words} words`);
      }
    });

    it('every story gets section marks and at least one principle mark; the README gets none', () => {
      for (const { f, text } of stories()) {
        const all = tokenize(md, text)
          .flatMap((r) => r.chars)
          .flatMap(ours);
        assert.ok(
          all.some((s) => s.startsWith('entity.name.section.')),
          `${f}: no STAR section marked`,
        );
        if (!/Teamwork|Obsesion/.test(text))
          assert.ok(all.includes('constant.language.principle.star-stories'), `${f}: no principle marked`);
      }
      const readme = fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8');
      assert.deepStrictEqual(
        tokenize(md, readme)
          .flatMap((r) => r.chars)
          .flatMap(anyOfOurs),
        [],
      );
    });
  });
});
