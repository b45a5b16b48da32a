// Line-level suppression comments, as markdownlint users know them, and the "Ignore this finding here" fix
// that writes them: the finding it was offered for goes away, and nothing else does.
const assert = require('assert');
const core = require('../../out/core');
const { disableRuleFix, ignoreHereFix } = require('../../out/core/fixes');

const lint = (text) => core.lintStory(text);
const rulesAt = (text) => lint(text).findings.map((f) => `${f.rule}@${f.range.start.line}`);

const { apply } = require('./helpers');
const { tempFolder } = require('./tempFolders');

const story = (action, result = 'Late deliveries fell from 14% to 3%.') =>
  `---\ntitle: Late trucks\nprinciples: [Ownership]\n---\n## Situation\n\nTrucks left late.\n\n## Task\n\nI had to fix it.\n\n## Action\n\n${action}\n\n## Result\n\n${result}\n`;

describe('line-level suppression comments', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const text = story('We split the routes.').replace(
      '## Action',
      '<!-- star-lint-disable-next-line missing-i-contribution -->\n## Action',
    );
    assert.ok(!rulesAt(text).some((r) => r.startsWith('missing-i-contribution')));
    assert.ok(
      rulesAt(text).some((r) => r.startsWith('story-length')),
      'other rules still run',
    );
  });

  it('disable-line silences the rule on its own line, and not a rule it does not name', () => {
    const text = story('We split the routes.', 'It went well. TODO <!-- star-lint-disable-line template-placeholder -->');
    const found = rulesAt(text);
    assert.ok(!found.some((r) => r.startsWith('template-placeholder')), found.join());
    assert.ok(
      found.some((r) => r.startsWith('missing-quantified-result')),
      found.join(),
    );
  });

  it('is not read as a story-wide switch for the rules it names', () => {
    const text = story('We split the routes.').replace(
      'Trucks left late.',
      'Trucks left late. <!-- star-lint-disable-line missing-i-contribution -->',
    );
    assert.ok(rulesAt(text).some((r) => r.startsWith('missing-i-contribution')));
  });

  it('without ids, silences every rule on that line', () => {
    const text = story('We split the routes.').replace('## Action', '<!-- star-lint-disable-next-line -->\n## Action');
    assert.ok(!rulesAt(text).some((r) => r.startsWith('missing-i-contribution')));
  });

  it('reads a YAML comment on a front matter line', () => {
    const text = story('I split the routes.').replace(
      'principles: [Ownership]',
      'principles: [Ownership, Teamwork] # star-lint-disable-line unknown-principle',
    );
    assert.ok(!rulesAt(text).some((r) => r.startsWith('unknown-principle')));
  });

  it('the CLI honours them', () => {
    const { spawnSync } = require('child_process');
    const fs = require('fs');
    const path = require('path');
    const dir = tempFolder('star-lint-');
    const text = story('We split the routes.').replace(
      '## Action',
      '<!-- star-lint-disable-next-line missing-i-contribution -->\n## Action',
    );
    fs.writeFileSync(path.join(dir, 'story.md'), text);
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'out', 'cli', 'main.js'), '--format', 'json', 'story.md'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const rules = JSON.parse(r.stdout)[0].findings.map((f) => f.rule);
    assert.ok(!rules.includes('missing-i-contribution'), r.stdout + r.stderr);
    assert.ok(rules.includes('story-length'));
  });
});

describe('quick fix: ignore this finding here', () => {
  const texts = {
    headings: story('We split the routes.', 'It went well.').replace('principles: [Ownership]', 'principles: [Ownrship, Teamwork]'),
    labels: '# Late trucks\n\n**Situation:** Trucks left late.\n\n- **Action:** We split the routes.\n- **Result:** It went well. TODO\n',
  };
  for (const [name, original] of Object.entries(texts)) {
    it(`silences each finding of a story told with ${name}, one at a time, leaving the others`, () => {
      let text = original;
      for (let round = 0; round < 15; round++) {
        const result = lint(text);
        const summary = core.summarize(result, core.defaultConfig());
        const finding = result.findings.find((f) => ignoreHereFix(summary, result.story.lines, f));
        if (!finding) break;
        const before = result.findings.length;
        text = apply(text, ignoreHereFix(summary, result.story.lines, finding));
        const after = lint(text).findings;
        // Less by one, or by all of that rule on the line (two unknown names on one line share the comment).
        assert.ok(after.length < before, `after ignoring ${finding.rule}:\n${text}`);
        assert.strictEqual(
          after.length,
          before - result.findings.filter((f) => f.rule === finding.rule && f.range.start.line === finding.range.start.line).length,
        );
        assert.ok(!after.some((f) => f.rule === finding.rule && f.message === finding.message), text);
      }
      // The story's length sits on the front matter's closing ---, where no comment can go: it is turned off for the
      // story instead, the fix offered beside it.
      const left = lint(text);
      const length = left.findings.find((f) => f.rule === 'story-length');
      if (length && left.story.lines[length.range.start.line] === '---') {
        text = apply(text, disableRuleFix(core.summarize(left, core.defaultConfig()), left.story.lines, 'story-length'));
      }
      assert.deepStrictEqual(
        lint(text).findings.map((f) => f.rule),
        [],
        text,
      );
      // The story reads as before: same sections, same title.
      assert.deepStrictEqual(
        lint(text).story.sections.map((s) => s.kind),
        lint(original).story.sections.map((s) => s.kind),
      );
      assert.strictEqual(lint(text).story.title, lint(original).story.title);
    });
  }

  it('puts the comment above a heading, and adds an id to a comment already there', () => {
    const text = story('We split the routes.', 'It went well.');
    const result = lint(text);
    const summary = core.summarize(result, core.defaultConfig());
    const f = result.findings.find((x) => x.rule === 'missing-i-contribution');
    const once = apply(text, ignoreHereFix(summary, result.story.lines, f));
    assert.ok(once.includes('<!-- star-lint-disable-next-line missing-i-contribution -->\n## Action'), once);
    const r2 = lint(once);
    const s2 = core.summarize(r2, core.defaultConfig());
    const twice = apply(
      once,
      ignoreHereFix(s2, r2.story.lines, {
        ...f,
        rule: 'we-over-i',
        range: { start: { line: f.range.start.line + 1, character: 0 }, end: f.range.end },
      }),
    );
    assert.ok(twice.includes('<!-- star-lint-disable-next-line missing-i-contribution we-over-i -->\n## Action'), twice);
  });

  it('offers nothing on the opening --- of the front matter', () => {
    const text = '---\ntitle: x\n---\n## Situation\nx\n## Task\ny\n';
    const result = lint(text);
    const f = result.findings.find((x) => x.rule === 'no-principle');
    assert.strictEqual(f.range.start.line, 0);
    assert.strictEqual(ignoreHereFix(core.summarize(result, core.defaultConfig()), result.story.lines, f), undefined);
  });
});
