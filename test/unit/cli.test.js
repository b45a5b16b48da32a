// star-lint end to end: the built CLI as a user runs it, on fixture folders.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { tempFolder } = require('./tempFolders');

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'out', 'cli', 'main.js');
const fixtures = path.join(root, 'test', 'fixtures', 'cli');

function starLint(args, cwd = fixtures) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('star-lint command line', function () {
  this.timeout(20000);

  it('exits 0 and says so on a clean folder, without flagging a README', () => {
    const r = starLint(['clean']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /No problems \(2 files checked, 1 story\)/);
  });

  it('prints ESLint-style text: file, line:column, severity, message, rule id, summary', () => {
    const r = starLint(['warnings']);
    assert.strictEqual(r.code, 0);
    const lines = r.stdout.split('\n');
    const file = lines.indexOf('warnings/we-only.md');
    assert.ok(file >= 0, r.stdout);
    assert.match(r.stdout, /^ {2}11:1 +warning {2}The Action never says what you did yourself\..* {2}missing-i-contribution$/m);
    assert.match(r.stdout, /\n✖ 8 problems \(0 errors, 4 warnings, 4 info\) in 2 files checked, 2 stories\.\n$/);
  });

  it('prints the documented JSON shape, lines and columns 1-based', () => {
    const r = starLint(['--format', 'json', 'warnings', 'clean']);
    const out = JSON.parse(r.stdout);
    // Named paths in the order given; inside a folder, by code point.
    assert.deepStrictEqual(
      out.map((f) => f.file),
      ['warnings/no-task.md', 'warnings/we-only.md', 'clean/README.md', 'clean/onboarding.md'],
    );
    const weOnly = out[1];
    assert.deepStrictEqual(Object.keys(weOnly), ['file', 'isStory', 'title', 'principles', 'suggestedPrinciples', 'findings']);
    assert.deepStrictEqual(weOnly.suggestedPrinciples, ['Deliver Results', 'Invent and Simplify']);
    assert.strictEqual(weOnly.title, 'Rescuing the launch');
    assert.deepStrictEqual(weOnly.principles, ['Deliver Results']);
    const i = weOnly.findings.find((f) => f.rule === 'missing-i-contribution');
    assert.deepStrictEqual(i, {
      rule: 'missing-i-contribution',
      severity: 'warning',
      message: i.message,
      line: 11,
      column: 1,
      endLine: 11,
      endColumn: 10,
      section: 'Action',
    });
    const missing = out[0].findings.find((f) => f.rule === 'missing-section');
    assert.strictEqual(missing.section, 'Task');
    assert.deepStrictEqual(out[2], {
      file: 'clean/README.md',
      isStory: false,
      title: 'My story bank',
      principles: [],
      suggestedPrinciples: [],
      findings: [],
    });
    for (const f of out.flatMap((x) => x.findings)) assert.ok(['error', 'warning', 'info'].includes(f.severity));
  });

  it('exits 1 on an error-severity finding', () => {
    const r = starLint(['errors']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /error +The front matter is not valid YAML/);
  });

  it('exits 1 when warnings exceed --max-warnings, 0 when within', () => {
    assert.strictEqual(starLint(['--max-warnings', '0', 'warnings']).code, 1);
    assert.strictEqual(starLint(['--max-warnings=5', 'warnings']).code, 0);
  });

  it('recurses into folders but skips node_modules, dot folders and non-Markdown files', () => {
    const out = JSON.parse(starLint(['--format', 'json', 'tree']).stdout);
    assert.deepStrictEqual(
      out.map((f) => f.file),
      ['tree/notes/story.md'],
    );
  });

  it('exits 2 with a clear message on bad usage', () => {
    for (const args of [[], ['--format', 'xml', 'clean'], ['--max-warnings', 'many', 'clean'], ['--nope', 'clean']]) {
      const r = starLint(args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^star-lint: /);
      assert.match(r.stderr, /Usage: star-lint/);
    }
  });

  it('exits 2 for a missing path, says which on stderr, and prints no result that could pass for clean', () => {
    for (const format of ['json', 'text']) {
      const r = starLint(['--format', format, 'no-such-folder', 'warnings']);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /Cannot read ".*no-such-folder": no such file or folder/);
      assert.strictEqual(r.stdout, '');
    }
  });

  it('exits 2 for an unreadable file found in a folder, but still checks the others', () => {
    // A dangling link cannot be read by anyone, root included.
    const dir = tempFolder('star-lint-');
    fs.symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'broken.md'));
    fs.copyFileSync(path.join(fixtures, 'warnings', 'we-only.md'), path.join(dir, 'ok.md'));
    const r = starLint(['--format', 'json', '.'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /star-lint: Cannot read "broken\.md": no such file or folder\./);
    assert.deepStrictEqual(
      JSON.parse(r.stdout).map((f) => f.file),
      ['ok.md'],
    );
  });

  it('reads rule severities from a config file (JSON or YAML)', () => {
    const dir = tempFolder('star-lint-');
    fs.copyFileSync(path.join(fixtures, 'warnings', 'we-only.md'), path.join(dir, 'we-only.md'));
    fs.writeFileSync(path.join(dir, '.starlintrc.yaml'), 'rules:\n  missing-i-contribution: error\n  story-length: off\n');
    const r = starLint(['--format', 'json', '.'], dir);
    assert.strictEqual(r.code, 1);
    const findings = JSON.parse(r.stdout)[0].findings;
    assert.strictEqual(findings.find((f) => f.rule === 'missing-i-contribution').severity, 'error');
    assert.ok(!findings.some((f) => f.rule === 'story-length'));

    fs.writeFileSync(
      path.join(dir, 'custom.json'),
      JSON.stringify({ catalog: 'acme', catalogs: [{ id: 'acme', principles: ['Teamwork', 'Deliver Results'] }] }),
    );
    const custom = JSON.parse(starLint(['--format', 'json', '--config', 'custom.json', '.'], dir).stdout)[0];
    assert.ok(!custom.findings.some((f) => f.rule === 'unknown-principle'), JSON.stringify(custom.findings));
    assert.deepStrictEqual(custom.principles, ['Deliver Results', 'Teamwork']);
  });

  it('exits 2 on a config file that does not parse, naming it', () => {
    const dir = tempFolder('star-lint-');
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ "rules": ');
    const r = starLint(['--config', 'bad.json', '.'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /bad\.json is not valid JSON/);
  });

  it('warns about unknown rule ids in the config but keeps checking', () => {
    const dir = tempFolder('star-lint-');
    fs.writeFileSync(path.join(dir, '.starlintrc.json'), '{ "rules": { "no-such-rule": "off" } }');
    fs.copyFileSync(path.join(fixtures, 'clean', 'onboarding.md'), path.join(dir, 'a.md'));
    const r = starLint(['.'], dir);
    assert.strictEqual(r.code, 0);
    assert.match(r.stderr, /Unknown rule "no-such-rule"/);
  });

  it('writes a Markdown coverage report with --report', () => {
    const r = starLint(['--report', 'warnings', 'clean']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^# Story coverage: Amazon Leadership Principles/);
    assert.match(r.stdout, /\| Deliver Results \| 1 \| Rescuing the launch \|/);
    assert.match(r.stdout, /\| Frugality \| \*\*0 \(gap\)\*\* \|/);
    // The coach's columns: no role stated, no hedges, nothing declared left unshown, what the story reads like.
    assert.match(
      r.stdout,
      /\| Rescuing the launch \| warnings\/we-only\.md \| ✓ \| ✓ \| ✓ \| ✓ \| ✗ \| ✗ \| ✗ \| ✓ \| {2}\| Deliver Results; Invent and Simplify \| \d+ \|/,
    );
  });

  it('prints help and version', () => {
    assert.match(starLint(['--help']).stdout, /Usage: star-lint/);
    assert.strictEqual(starLint(['--version']).stdout.trim(), require('../../package.json').version);
  });
});
