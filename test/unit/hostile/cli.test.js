// star-lint on a repository cloned from anywhere: the built CLI, run as a user runs it, on files made here.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { tempFolder } = require('../tempFolders');

const bin = path.join(__dirname, '..', '..', '..', 'out', 'cli', 'main.js');
const STORY =
  '---\ntitle: Fixing the flaky release\nprinciples: [Ownership]\n---\n## Situation\nReleases failed.\n## Task\nFix them.\n## Action\nI rebuilt the pipeline.\n## Result\nFailures fell from 20% to 1%.\n';

function starLint(args, cwd, timeout = 15000) {
  // No standard input, as in CI: /dev/stdin is then /dev/null, a device.
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const hostileFolder = (files = {}) => tempFolder('star-hostile-', files);

/** Control characters a terminal acts on: none of these may reach it from a story. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('star-lint on hostile files', function () {
  this.timeout(60000);

  it('does not follow a symbolic link out of the folder, names it as skipped, and follows it when asked', () => {
    const outside = hostileFolder({ 'secret.md': '# SECRET heading from outside\n\n## Situation\nx\n## Task\ny\n' });
    const dir = hostileFolder({ 'stories/ok.md': STORY, 'stories/inner/target.md': STORY });
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'stories', 'rc.md'));
    fs.symlinkSync(path.join(dir, 'stories', 'inner', 'target.md'), path.join(dir, 'stories', 'inside.md'));

    const r = starLint(['--format', 'json', 'stories'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /SECRET/);
    assert.deepStrictEqual(
      JSON.parse(r.stdout).map((f) => f.file),
      ['stories/inner/target.md', 'stories/inside.md', 'stories/ok.md'],
    );
    assert.match(
      r.stderr,
      /Skipped "stories\/rc\.md": a symbolic link that leads outside the folder checked \(--follow-symlinks reads it\)/,
    );

    // Named on the command line, as a pre-commit hook names files, it is not read either.
    const named = starLint(['--format', 'json', 'stories/rc.md'], dir);
    assert.doesNotMatch(named.stdout, /SECRET/);
    assert.match(named.stderr, /Skipped "stories\/rc\.md"/);

    const followed = starLint(['--format', 'json', '--follow-symlinks', 'stories/rc.md'], dir);
    assert.strictEqual(JSON.parse(followed.stdout)[0].title, 'SECRET heading from outside');
  });

  it('never opens a device, a pipe or a socket, named or behind a link, and finishes at once', () => {
    const dir = hostileFolder({ 'ok.md': STORY });
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    fs.symlinkSync('/dev/urandom', path.join(dir, 'random.md'));
    spawnSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const started = Date.now();
    const r = starLint(['--format', 'json', '--follow-symlinks', '.'], dir);
    assert.strictEqual(r.signal, null, 'the run hung');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(
      JSON.parse(r.stdout).map((f) => f.file),
      ['ok.md'],
    );
    for (const name of ['zero.md', 'random.md', 'pipe.md']) assert.match(r.stderr, new RegExp(`Skipped ".*${name}": not a regular file`));
    for (const device of ['/dev/zero', '/dev/stdin']) {
      const named = starLint([device], dir, 10000);
      assert.strictEqual(named.signal, null, `${device}: the run hung`);
      assert.match(named.stderr, /not a regular file \(a device, pipe or socket is never read\)/);
    }
    assert.ok(Date.now() - started < 20000);
  });

  it('skips a file over the size cap with a finding, keeps the other results, and never reads it whole', () => {
    const dir = hostileFolder({ 'a.md': STORY, 'notes.md': 'A short paragraph.\n\n'.repeat(150000) });
    // 200 MB that takes no disk: reading it whole would take seconds and hundreds of MB.
    fs.closeSync(fs.openSync(path.join(dir, 'huge.md'), 'w'));
    fs.truncateSync(path.join(dir, 'huge.md'), 200 * 1024 * 1024);
    const r = starLint(['--format', 'json', '.'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(
      out.map((f) => f.file),
      ['a.md', 'huge.md', 'notes.md'],
    );
    for (const big of [out[1], out[2]]) {
      assert.strictEqual(big.findings.length, 1);
      assert.strictEqual(big.findings[0].rule, 'file-too-large');
      assert.match(big.findings[0].message, /over the 1\.0 MB limit \(--max-file-size\)/);
    }
    const raised = JSON.parse(starLint(['--format', 'json', '--max-file-size', '4mb', 'notes.md'], dir).stdout);
    assert.ok(!raised[0].findings.some((f) => f.rule === 'file-too-large'));
    assert.strictEqual(starLint(['--max-file-size', 'lots', '.'], dir).code, 2);
  });

  it('shows control characters from stories, names and file names as escapes, in text and in the report', () => {
    const forged = '\\e[2K\\e[1A\\r\\u2714 No problems\\e]0;pwned\\a\\u202e';
    const dir = hostileFolder({
      'a.md': `---\nprinciples: ["${forged}"]\n---\n# \u001b[31mRed title\n## Situation\nx\n## Task\ny\n`,
      'b\u001b[2Jc.md': STORY.replace('Ownership', 'Ownrship'),
    });
    const text = starLint(['.'], dir);
    assert.strictEqual(text.code, 0, text.stderr);
    assert.doesNotMatch(text.stdout, TERMINAL_CONTROL);
    assert.match(text.stdout, /"\\x1b\[2K\\x1b\[1A\\x0d✔ No problems\\x1b\]0;pwned\\x07\\u202e" is not one of/);
    assert.match(text.stdout, /^b\\x1b\[2Jc\.md$/m);
    const report = starLint(['--report', '.'], dir);
    assert.doesNotMatch(report.stdout, TERMINAL_CONTROL);
    assert.match(report.stdout, /\\x1b\[31mRed title/);
    // JSON is for programs: it keeps the text as it is (JSON escapes control characters itself).
    const json = JSON.parse(starLint(['--format', 'json', 'a.md'], dir).stdout);
    assert.strictEqual(json[0].title, '\u001b[31mRed title');
  });

  it('writes --report=FILE, and refuses a report it cannot write or a JSON report', () => {
    const dir = hostileFolder({ 'a.md': STORY });
    const r = starLint(['--report=coverage.md', 'a.md'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.match(fs.readFileSync(path.join(dir, 'coverage.md'), 'utf8'), /^# Story coverage/);
    fs.mkdirSync(path.join(dir, 'folder'));
    const intoFolder = starLint(['--report=folder', 'a.md'], dir);
    assert.strictEqual(intoFolder.code, 2);
    assert.match(intoFolder.stderr, /Cannot write the report to "folder": it is not a regular file/);
    const json = starLint(['--format', 'json', '--report', 'a.md'], dir);
    assert.strictEqual(json.code, 2);
    assert.strictEqual(json.stdout, '');
    assert.match(json.stderr, /--report writes Markdown/);
  });

  it('reads a YAML config that starts with ---, or has a byte-order mark, and a JSON one with a mark', () => {
    const story = STORY.replace('I rebuilt', 'We rebuilt');
    for (const [name, config] of [
      ['.starlintrc.yml', '---\nrules:\n  missing-i-contribution: error\n'],
      ['.starlintrc.yml', '---\nrules:\n  missing-i-contribution: error\n---\n'],
      ['.starlintrc.yaml', '\ufeffrules:\n  missing-i-contribution: error\n'],
      ['.starlintrc.json', '\ufeff{"rules": {"missing-i-contribution": "error"}}'],
    ]) {
      const dir = hostileFolder({ 'a.md': story, [name]: config });
      const r = starLint(['a.md'], dir);
      assert.strictEqual(r.code, 1, `${name} ${JSON.stringify(config)}: ${r.stdout}${r.stderr}`);
      assert.match(r.stdout, /error +The Action never says what you did yourself/);
    }
  });

  it('refuses, loudly, a config that is a device or a link out of the folder, and never reads it', () => {
    const outside = hostileFolder({ passwd: 'root:x:0:0:root:/root:/bin/bash\n' });
    const dir = hostileFolder({ 'a.md': STORY });
    fs.symlinkSync('/dev/zero', path.join(dir, '.starlintrc.json'));
    const device = starLint(['a.md'], dir);
    assert.strictEqual(device.code, 2);
    assert.match(device.stderr, /Cannot read config "\.starlintrc\.json": a symbolic link that leads outside the folder checked/);
    assert.strictEqual(device.stdout, '');
    // Named with --config, a link may lead anywhere, but never to a device.
    const named = starLint(['--config', '.starlintrc.json', 'a.md'], dir);
    assert.strictEqual(named.code, 2);
    assert.match(named.stderr, /Cannot read config "\.starlintrc\.json": not a regular file/);
    fs.unlinkSync(path.join(dir, '.starlintrc.json'));
    fs.symlinkSync(path.join(outside, 'passwd'), path.join(dir, '.starlintrc.yml'));
    const link = starLint(['a.md'], dir);
    assert.strictEqual(link.code, 2);
    assert.match(link.stderr, /Cannot read config "\.starlintrc\.yml": a symbolic link that leads outside the folder checked/);
    assert.doesNotMatch(link.stderr, /root:x/);
  });

  it('names an unknown top-level config key with the nearest one, and keeps checking', () => {
    const dir = hostileFolder({ 'a.md': STORY, '.starlintrc.yml': 'rule:\n  story-length: off\n' });
    const r = starLint(['a.md'], dir);
    assert.strictEqual(r.code, 0);
    assert.match(r.stderr, /Unknown key "rule" in the configuration is ignored; did you mean "rules"\?/);
  });

  it('exits with 0, 1 or 2 only, whatever the input', () => {
    const dir = hostileFolder({ 'a.md': STORY, 'b.md': '\u0000\u00ff'.repeat(1000), 'c.md': '---\n: [\n---\n## Situation\n' });
    fs.writeFileSync(path.join(dir, 'd.md'), crypto().randomBytes(100000));
    for (const args of [['.'], ['--format', 'json', '.'], ['--report', '.'], ['--max-warnings', '0', '.'], ['--bogus'], ['nope.md']]) {
      const r = starLint(args, dir);
      assert.ok([0, 1, 2].includes(r.code), `${args.join(' ')}: exit ${r.code} ${r.signal ?? ''}`);
    }
  });
});

function crypto() {
  return require('crypto');
}
