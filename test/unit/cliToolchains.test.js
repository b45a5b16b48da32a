// star-lint where people already run linters: globs, stdin, ignores, .gitignore, SARIF / GitHub / JUnit output,
// --fix and its dry run, and the pre-commit hook. The built CLI, run as a user runs it.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { tempFolder } = require('./tempFolders');

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'out', 'cli', 'main.js');

const STORY = (principles = '[Ownership]', action = 'I rebuilt the pipeline.') =>
  `---\ntitle: Fixing the flaky release\nprinciples: ${principles}\n---\n## Situation\nReleases failed one run in five.\n## Task\nMy manager asked me to fix them.\n## Action\n${action}\n## Result\nFailures fell from 20% to 1%.\n`;
const WE_STORY = STORY('[Ownership]', 'We rebuilt the pipeline together.');

function starLint(args, cwd, input) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const bank = (files) => tempFolder('star-tools-', files);

const filesOf = (r) => JSON.parse(r.stdout).map((f) => f.file);

describe('star-lint in CI and pre-commit', function () {
  this.timeout(30000);

  it('takes globs, quoted or expanded by the shell, and leaves out what a ! glob names', () => {
    const dir = bank({
      'stories/2023/a.md': STORY(),
      'stories/2024/b.md': STORY(),
      'stories/drafts/c.md': STORY(),
      'stories/notes.txt': 'x',
      'other/d.md': STORY(),
    });
    assert.deepStrictEqual(filesOf(starLint(['--format', 'json', 'stories/**/*.md'], dir)), [
      'stories/2023/a.md',
      'stories/2024/b.md',
      'stories/drafts/c.md',
    ]);
    assert.deepStrictEqual(filesOf(starLint(['--format', 'json', 'stories/**/*.md', '!stories/drafts/**'], dir)), [
      'stories/2023/a.md',
      'stories/2024/b.md',
    ]);
    assert.deepStrictEqual(filesOf(starLint(['--format', 'json', './stories/202?/*.md'], dir)), ['stories/2023/a.md', 'stories/2024/b.md']);
    // As the shell expands them: plain file names, in the order given.
    assert.deepStrictEqual(filesOf(starLint(['--format', 'json', 'stories/2024/b.md', 'stories/2023/a.md'], dir)), [
      'stories/2024/b.md',
      'stories/2023/a.md',
    ]);
    const none = starLint(['--format', 'json', 'nothing/**/*.md'], dir);
    assert.strictEqual(none.code, 0);
    assert.match(none.stderr, /"nothing\/\*\*\/\*\.md" matched no Markdown file/);
  });

  it('reads one story from stdin with "-", named by --stdin-name', () => {
    const dir = bank({});
    const r = starLint(['--format', 'json', '--stdin-name', 'stories/new.md', '-'], dir, WE_STORY);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out[0].file, 'stories/new.md');
    assert.ok(out[0].findings.some((f) => f.rule === 'missing-i-contribution'));
    assert.match(starLint(['-'], dir, WE_STORY).stdout, /^stdin\.md$/m);
  });

  it("skips what the config's ignores and the repository's .gitignore name, unless --no-gitignore", () => {
    const dir = bank({
      '.starlintrc.yml': 'ignores: ["archive/**", "**/*.draft.md"]\n',
      '.gitignore': '# build output\nbuild/\n*.tmp.md\n!keep.tmp.md\n',
      'stories/.gitignore': 'private.md\n',
      'stories/a.md': STORY(),
      'stories/b.draft.md': STORY(),
      'stories/private.md': STORY(),
      'archive/old.md': STORY(),
      'build/out.md': STORY(),
      'scratch.tmp.md': STORY(),
      'keep.tmp.md': STORY(),
    });
    assert.deepStrictEqual(filesOf(starLint(['--format', 'json', '.'], dir)), ['keep.tmp.md', 'stories/a.md']);
    // A pre-commit hook names the files: ignores hold for named files too.
    assert.deepStrictEqual(filesOf(starLint(['--format', 'json', 'archive/old.md', 'build/out.md', 'stories/a.md'], dir)), [
      'stories/a.md',
    ]);
    assert.deepStrictEqual(filesOf(starLint(['--format', 'json', '--no-gitignore', '.'], dir)), [
      'build/out.md',
      'keep.tmp.md',
      'scratch.tmp.md',
      'stories/a.md',
      'stories/private.md',
    ]);
  });

  it('prints SARIF 2.1.0 with the shape the schema requires: rules with help links, results with regions', () => {
    const dir = bank({ 'a.md': WE_STORY, 'b.md': STORY() });
    const r = starLint(['--format', 'sarif', '.'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assertSarif(JSON.parse(r.stdout));
    const run = JSON.parse(r.stdout).runs[0];
    const rule = run.tool.driver.rules.find((x) => x.id === 'missing-i-contribution');
    assert.match(rule.helpUri, /#missing-i-contribution$/);
    const result = run.results.find((x) => x.ruleId === 'missing-i-contribution');
    assert.strictEqual(run.tool.driver.rules[result.ruleIndex].id, 'missing-i-contribution');
    assert.strictEqual(result.level, 'warning');
    assert.deepStrictEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'a.md' });
    assert.strictEqual(result.locations[0].physicalLocation.region.startLine, 9); // the Action heading
  });

  it('prints GitHub workflow annotations, one line a finding, with story text escaped', () => {
    const dir = bank({ 'a,b.md': STORY('["Team%work\\nx::warning file=evil"]') });
    const r = starLint(['--format', 'github', '.'], dir);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 1);
    for (const line of lines)
      assert.match(
        line,
        /^::(error|warning|notice) file=a%2Cb\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=star-lint [a-z-]+::[^\n]*$/,
      );
    assert.ok(
      lines.some((l) => l.includes('Team%25work%0Ax::warning file=evil')),
      r.stdout,
    );
  });

  it('prints JUnit XML: a suite per file, error findings as failures', () => {
    const dir = bank({ 'a.md': WE_STORY, '.starlintrc.yml': 'rules: { missing-i-contribution: error }\n' });
    const r = starLint(['--format', 'junit', 'a.md'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="star-lint" tests="\d+" failures="1">/);
    assert.match(r.stdout, /<testsuite name="a\.md" tests="\d+" failures="1">/);
    assert.match(r.stdout, /<failure type="missing-i-contribution" message="The Action never says what you did yourself/);
    assert.strictEqual((r.stdout.match(/<testcase /g) || []).length, (r.stdout.match(/<\/testcase>|<testcase [^>]*\/>/g) || []).length);
  });

  it('--fix changes only front matter names, writes only changed files, and says what it changed', () => {
    const messy = STORY('[customer obsession, Ownership, ownership, right a lot]');
    const dir = bank({ 'a.md': messy, 'b.md': STORY(), 'c.md': STORY('[Teamwork]') });
    const before = { b: fs.statSync(path.join(dir, 'b.md')).mtimeMs, c: fs.readFileSync(path.join(dir, 'c.md'), 'utf8') };
    const dry = starLint(['--fix', '--dry-run', '.'], dir);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), messy, 'the dry run wrote the file');
    assert.match(dry.stderr, /^--- a\.md\n\+\+\+ a\.md \(fixed\)\n@@ /m);
    assert.match(dry.stderr, /^-principles: \[customer obsession, Ownership, ownership, right a lot\]$/m);
    assert.match(dry.stderr, /^\+principles: \[Customer Obsession, Ownership, "Are Right, A Lot"\]$/m);

    const r = starLint(['--fix', '.'], dir);
    assert.match(
      r.stderr,
      /Fixed a\.md: "customer obsession" → "Customer Obsession"; removed "ownership", named twice; "right a lot" → "Are Right, A Lot"\./,
    );
    const fixed = fs.readFileSync(path.join(dir, 'a.md'), 'utf8');
    assert.strictEqual(
      fixed,
      messy.replace('[customer obsession, Ownership, ownership, right a lot]', '[Customer Obsession, Ownership, "Are Right, A Lot"]'),
    );
    assert.strictEqual(fs.statSync(path.join(dir, 'b.md')).mtimeMs, before.b, 'an unchanged file was written');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'c.md'), 'utf8'), before.c, 'a guess was applied as a fix');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a.md', 'b.md', 'c.md']);
    // Fixed once, nothing is left to fix.
    assert.doesNotMatch(starLint(['--fix', '.'], dir).stderr, /Fixed/);
  });

  it('--fix quotes a principle name that an unquoted list split at its comma', () => {
    const dir = bank({ 'a.md': STORY('[Are Right, A Lot, Dive Deep]') });
    const r = starLint(['--fix', 'a.md'], dir);
    assert.match(r.stderr, /Fixed a\.md: quoted "Are Right, A Lot"\./);
    assert.match(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), /^principles: \["Are Right, A Lot", Dive Deep\]$/m);
    const after = JSON.parse(starLint(['--format', 'json', 'a.md'], dir).stdout)[0];
    assert.deepStrictEqual(after.principles, ['Are Right, A Lot', 'Dive Deep']);
    assert.ok(!after.findings.some((f) => f.rule === 'split-principle-name'));
  });

  it('--help lists every flag; --version prints the version; unknown flags are usage errors', () => {
    const help = starLint(['--help']).stdout;
    for (const flag of [
      '--format',
      '--config',
      '--max-warnings',
      '--report',
      '--fix',
      '--dry-run',
      '--stdin-name',
      '--no-gitignore',
      '--max-file-size',
      '--follow-symlinks',
      '--help',
      '--version',
    ])
      assert.ok(help.includes(flag), flag);
    for (const format of ['text', 'json', 'sarif', 'github', 'junit']) assert.ok(help.includes(format), format);
    assert.strictEqual(starLint(['--version']).stdout.trim(), require('../../package.json').version);
    const bad = starLint(['--fixx', '.']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /^star-lint: Unknown option "--fixx"\./);
    assert.strictEqual(starLint(['--dry-run', '.']).code, 2);
  });

  it('ships a pre-commit hook definition for Markdown files', () => {
    const hooks = fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
    assert.match(hooks, /^- id: star-lint$/m);
    assert.match(hooks, /^ {2}entry: star-lint$/m);
    assert.match(hooks, /^ {2}language: node$/m);
    assert.match(hooks, /^ {2}types: \[markdown\]$/m);
  });
});

/** The properties SARIF 2.1.0's schema requires, with their types, for what star-lint writes. */
function assertSarif(log) {
  assert.strictEqual(log.version, '2.1.0');
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  for (const run of log.runs) {
    assert.strictEqual(typeof run.tool.driver.name, 'string');
    assert.ok(Array.isArray(run.tool.driver.rules));
    for (const rule of run.tool.driver.rules) {
      assert.strictEqual(typeof rule.id, 'string');
      if (rule.helpUri !== undefined) assert.doesNotThrow(() => new URL(rule.helpUri));
      assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    }
    assert.ok(Array.isArray(run.results));
    for (const result of run.results) {
      assert.strictEqual(typeof result.message.text, 'string');
      assert.ok(['none', 'note', 'warning', 'error'].includes(result.level));
      assert.ok(Number.isInteger(result.ruleIndex) && result.ruleIndex >= -1);
      for (const location of result.locations) {
        assert.strictEqual(typeof location.physicalLocation.artifactLocation.uri, 'string');
        const region = location.physicalLocation.region;
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'])
          assert.ok(Number.isInteger(region[key]) && region[key] >= 1, key);
      }
    }
  }
}
