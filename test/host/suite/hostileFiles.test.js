'use strict';
// No file can break or slow the extension: hostile files written into the workspace while VS Code watches it (binary,
// invalid UTF-8, odd line endings, broken and malicious front matter, files over the size limit, shapes that once froze
// the engine) each end as at most a finding, the engine's own for the same text, without stalling the extension host.

const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { sleep } = require('./support');
const {
  MAX_STALL_MS,
  waitFor,
  hostile,
  ours,
  decodeLikeTheIndex,
  stallMonitor,
  openInEditor,
  closeEditor,
  storyText,
  hostileFolderSuite,
} = require('./hostileFolder');
const REPO = process.env.STAR_HOST_REPO_ROOT;
const { aliasBomb } = require(path.join(REPO, 'test', 'fuzzStories.js'));
const { makeStory } = require(path.join(REPO, 'scripts', 'storyCorpus.js'));

describe('hardening: hostile files', function () {
  this.timeout(180_000);
  const { api, write, expectEngineFindings, itStillWorks } = hostileFolderSuite();

  it('skips binary .md files (NUL bytes, random bytes), even one whose text is a story', async () => {
    const monitor = stallMonitor();
    const story = storyText('Binary');
    const nul = Buffer.concat([Buffer.from(story), Buffer.from([0, 0, 0, 1, 2, 3]), Buffer.from(story)]);
    const random = Buffer.alloc(64 * 1024);
    let s = 42;
    for (let i = 0; i < random.length; i++) random[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    random[100] = 0;
    write(hostile('binary-nul.md'), nul);
    write(hostile('binary-random.md'), random);
    write(hostile('binary-control.md'), story); // the same text without the NUL bytes: a story
    await expectEngineFindings(hostile('binary-control.md'), story);
    // A full rescan reads every file again; once it is done, a binary file would be in the index if it ever were.
    await api().index.rescan();
    for (const name of ['binary-nul.md', 'binary-random.md']) {
      assert.strictEqual(api().index.get(hostile(name)), undefined, `${name} is in the index`);
      assert.deepStrictEqual(ours(hostile(name)), [], `${name} has diagnostics`);
    }
    assert.ok(monitor.stop() < MAX_STALL_MS, 'the host stalled');
  });

  it('reads invalid UTF-8 as replacement characters and checks it as the engine does', async () => {
    const uri = hostile('invalid-utf8.md');
    const parts = storyText('Caf\u00e9 rota').split('Our nightly');
    // A lone continuation byte, a truncated sequence, an overlong encoding and bytes that never occur in UTF-8.
    const bytes = Buffer.concat([
      Buffer.from(parts[0]),
      Buffer.from([0x80, 0xc3, 0x28, 0xc0, 0xaf, 0xff, 0xfe, 0xed, 0xa0, 0x80]),
      Buffer.from('Our nightly' + parts[1]),
    ]);
    write(uri, bytes);
    const text = decodeLikeTheIndex(bytes);
    assert.ok(text.includes('\ufffd'));
    const want = await expectEngineFindings(uri, text);
    assert.ok(
      want.some((k) => k.startsWith('missing-quantified-result')),
      JSON.stringify(want),
    );
  });

  it('puts findings on the same lines with CRLF, lone CR and mixed line endings', async () => {
    const lf = storyText('Line endings');
    const variants = {
      'crlf.md': lf.replace(/\n/g, '\r\n'),
      'cr.md': lf.replace(/\n/g, '\r'),
      'mixed.md': lf
        .split('\n')
        .map((line, i) => line + ['\r\n', '\n', '\r'][i % 3])
        .join(''),
    };
    const resultLine = lf.split('\n').indexOf('## Result');
    for (const [name, text] of Object.entries(variants)) write(hostile(name), text);
    for (const [name, text] of Object.entries(variants)) {
      const uri = hostile(name);
      await expectEngineFindings(uri, text);
      const d = ours(uri).find((x) => x.code.value === 'missing-quantified-result');
      assert.ok(d, `${name}: no missing-quantified-result`);
      assert.strictEqual(d.range.start.line, resultLine, `${name}: the finding is not on the Result heading's line`);
      // VS Code counts the lines the same way: the range covers the heading in the editor too.
      const { document } = await openInEditor(uri);
      assert.strictEqual(document.getText(d.range), '## Result', name);
      await closeEditor(uri);
    }
  });

  it('reports a front matter that never closes and still reads the sections below it', async () => {
    const uri = hostile('unclosed.md');
    const text = '---\ntitle: Half typed\nprinciples: [Ownership]\n\n## Situation\n\nI x.\n\n## Task\n\nY.\n';
    write(uri, text);
    const want = await expectEngineFindings(uri, text);
    assert.ok(
      want.some((k) => k.startsWith('invalid-front-matter ') && k.endsWith(' 0:0-0:3')),
      JSON.stringify(want),
    );
  });

  it('reads a YAML alias bomb without expanding it or stalling the host', async () => {
    const uri = hostile('alias-bomb.md');
    const text = `---\n${aliasBomb(9)}\ntitle: Bomb\n---\n\n## Situation\n\nx\n\n## Task\n\ny\n`;
    const monitor = stallMonitor();
    const started = Date.now();
    write(uri, text);
    await expectEngineFindings(uri, text, 10_000);
    const stall = monitor.stop();
    assert.ok(stall < MAX_STALL_MS, `the host stalled for ${stall} ms`);
    assert.ok(Date.now() - started < 10_000);
    assert.ok(api().index.get(uri), 'the story is indexed');
  });

  it('never runs a ---js, ---javascript or ---coffee front matter, nor a js-yaml function tag, and says it did not read it', async () => {
    delete globalThis.__starPwned;
    const sections = '\n## Situation\n\nx\n\n## Task\n\ny\n';
    const files = {
      'js.md':
        "---js\n{ title: (globalThis.__starPwned = 'js'), principles: (function () { globalThis.__starPwned = 'js'; return ['Ownership']; })() }\n---\n" +
        sections,
      'javascript.md':
        "---javascript\nmodule.exports = (globalThis.__starPwned = 'javascript', { principles: ['Ownership'] })\n---\n" + sections,
      'coffee.md': "---coffee\nprinciples: (globalThis.__starPwned = 'coffee')\n---\n" + sections,
      'yaml-function.md':
        '---\nprinciples: !!js/function "function () { globalThis.__starPwned = \'yaml\'; return [] }"\ntitle: !!js/undefined\n---\n' +
        sections,
    };
    for (const [name, text] of Object.entries(files)) write(hostile(name), text);
    for (const [name, text] of Object.entries(files)) {
      const want = await expectEngineFindings(hostile(name), text);
      // The finding proves the file was read; the global proves nothing in it ran.
      assert.ok(
        want.some((k) => k.startsWith('invalid-front-matter ')),
        `${name}: ${JSON.stringify(want)}`,
      );
    }
    // Open one in an editor too: the document path reads it separately from the disk path.
    const { document } = await openInEditor(hostile('js.md'));
    await expectEngineFindings(hostile('js.md'), document.getText());
    assert.strictEqual(globalThis.__starPwned, undefined, 'a front matter ran code in the extension host');
    await closeEditor(hostile('js.md'));
  });

  it('checks the shapes that once froze the engine quickly, without stalling the host', async () => {
    // Each of these took from 0.5 s to over a minute on the extension host's thread before its fix.
    const files = {
      'long-heading.md': `## Result ${' '.repeat(50_000)}x\n\n## Task\n\nI did it.\n`,
      'letter-heading.md': `## ${'s '.repeat(25_000)}\n\n## Task\n\nI did it.\n`,
      'link-targets.md': storyText('Links', `We shipped ${']('.repeat(25_000)} it.`),
      'comments.md': storyText('Comments', `We shipped ${'<!-- star-lint-disable '.repeat(2_000)} it.`),
      'blank-front-matter.md': `---\ntitle: Blank\n${'\n'.repeat(20_000)}principles: [Ownership]\n---\n\n## Situation\n\nx\n\n## Task\n\ny\n`,
      'indented-front-matter.md': `---\n${(' '.repeat(2_000) + 'x\n').repeat(20)}principles: [Ownership]\n---\n\n## Situation\n\nx\n\n## Task\n\ny\n`,
      'deep-quotes.md': `${'> '.repeat(30_000)}## Situation\n\nx\n\n${'- '.repeat(30_000)}## Task\n\ny\n`,
    };
    const monitor = stallMonitor();
    const started = Date.now();
    for (const [name, text] of Object.entries(files)) write(hostile(name), text);
    for (const [name, text] of Object.entries(files)) await expectEngineFindings(hostile(name), text, 30_000);
    const stall = monitor.stop();
    assert.ok(stall < MAX_STALL_MS, `the host stalled for ${stall} ms`);
    assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
  });

  it('skips a story over starStories.maxFileSizeKB with exactly one information message and no diagnostics', async () => {
    const uri = hostile('too-large.md');
    const messages = [];
    const original = vscode.window.showInformationMessage;
    // The extension shares this API object with its tests, so its messages pass through here.
    vscode.window.showInformationMessage = (message, ...rest) => {
      messages.push(String(message));
      return original.call(vscode.window, message, ...rest);
    };
    try {
      await vscode.workspace.getConfiguration('starStories').update('maxFileSizeKB', 64, vscode.ConfigurationTarget.Workspace);
      let big = storyText('Too large');
      while (big.length < 100 * 1024) big += `\n${makeStory(big.length)}`;
      const tooLarge = () => messages.filter((m) => m.includes('too-large.md'));
      write(uri, big);
      await waitFor(() => tooLarge().length > 0, 'the information message about the large file');
      assert.match(tooLarge()[0], /64 KB limit/);
      // Changed again on disk, and opened in an editor: still skipped, and not announced again.
      write(uri, big + '\nOne more line.\n');
      write(hostile('after-large.md'), storyText('After large'));
      await expectEngineFindings(hostile('after-large.md'), storyText('After large'));
      const editor = await openInEditor(uri);
      await waitFor(
        () => api().index.checkedDocumentVersion(uri) === editor.document.version && !api().index.hasUndeliveredChanges(),
        'the open large file to be looked at',
      );
      assert.strictEqual(api().index.get(uri), undefined, 'the large file is in the index');
      assert.deepStrictEqual(ours(uri), [], 'the large file has diagnostics');
      assert.strictEqual(tooLarge().length, 1, `messages: ${JSON.stringify(tooLarge())}`);
      await closeEditor(uri);

      // Raising the limit brings the stories in without a Refresh, also one never opened.
      const neverOpened = hostile('too-large-unopened.md');
      write(neverOpened, big);
      await waitFor(() => messages.some((m) => m.includes('too-large-unopened.md')), 'the message about the second large file');
      await sleep(500);
      await vscode.workspace.getConfiguration('starStories').update('maxFileSizeKB', 1024, vscode.ConfigurationTarget.Workspace);
      await waitFor(
        () => api().index.get(uri)?.checked && api().index.get(neverOpened)?.checked,
        'the stories once the limit is raised',
        10_000,
      );
      assert.strictEqual(tooLarge().length, 1);
    } finally {
      vscode.window.showInformationMessage = original;
    }
  });

  itStillWorks();
});
