'use strict';
// Fuzzed stories on disk and fuzzed typing in an open editor end on the engine's findings for the final text,
// without stalling the extension host, and the extension keeps working and logs no error.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const {
  MAX_STALL_MS,
  waitFor,
  hostile,
  ours,
  diagnosticKeys,
  decodeLikeTheIndex,
  stallMonitor,
  openInEditor,
  closeEditor,
  storyText,
  hostileFolderSuite,
} = require('./hostileFolder');
const REPO = process.env.STAR_HOST_REPO_ROOT;
const core = require(path.join(REPO, 'out', 'core'));
const { fuzzCase, fuzzEdits } = require(path.join(REPO, 'test', 'fuzzStories.js'));
const { makeStory } = require(path.join(REPO, 'scripts', 'storyCorpus.js'));

describe('hardening: fuzzed stories and edits', function () {
  this.timeout(180_000);
  const { api, engineKeys, write, expectEngineFindings, itStillWorks } = hostileFolderSuite();

  it('checks 200 fuzzed stories written to disk exactly as the engine does, by watcher and by rescan', async () => {
    const cases = [];
    for (let seed = 90_001; cases.length < 200; seed++) {
      const c = fuzzCase(seed);
      const bytes = Buffer.from(c.text.length > 100_000 ? c.text.slice(0, 100_000) : c.text, 'utf8');
      cases.push({ uri: hostile('fuzz', `case-${seed}.md`), bytes, seed });
    }
    // The expected findings first: the monitor below is to measure the extension, not this test's own work.
    const wanted = [];
    for (const c of cases) {
      const text = decodeLikeTheIndex(c.bytes);
      wanted.push({
        ...c,
        text,
        keys: text === undefined ? [] : await engineKeys(c.uri, text),
        isStory: text !== undefined && core.parseStory(text).isStory,
      });
    }
    fs.mkdirSync(hostile('fuzz').fsPath, { recursive: true });
    const monitor = stallMonitor();
    await Promise.all(cases.map((c) => fs.promises.writeFile(c.uri.fsPath, c.bytes)));
    assert.ok(wanted.filter((w) => w.isStory).length > 100, 'most cases should be stories');
    const mismatches = () =>
      wanted.filter(
        (w) =>
          (w.isStory && !api().index.get(w.uri)?.checked) ||
          (!w.isStory && api().index.get(w.uri)) ||
          JSON.stringify(diagnosticKeys(w.uri)) !== JSON.stringify(w.keys),
      );
    const report = (list) =>
      list
        .slice(0, 3)
        .map(
          (w) =>
            `seed ${w.seed}: want ${JSON.stringify(w.keys)} got ${JSON.stringify(diagnosticKeys(w.uri))} indexed ${!!api().index.get(w.uri)}`,
        )
        .join('\n');
    await waitFor(() => mismatches().length === 0, 'every fuzzed file to match the engine', 60_000).catch((e) => {
      throw new Error(`${e.message}\n${mismatches().length} differ, e.g.\n${report(mismatches())}`);
    });
    await api().index.rescan();
    assert.deepStrictEqual(
      mismatches().map((w) => w.seed),
      [],
      `after a rescan:\n${report(mismatches())}`,
    );
    const stall = monitor.stop();
    assert.ok(stall < MAX_STALL_MS, `the host stalled for ${stall} ms`);
    for (const c of cases) fs.unlinkSync(c.uri.fsPath);
    await waitFor(
      () => cases.every((c) => !api().index.get(c.uri) && ours(c.uri).length === 0),
      'the deleted fuzz files to leave the index and Problems',
    );
  });

  it('follows fuzzed stories pasted into an open editor, one after another', async () => {
    const uri = hostile('pasted.md');
    write(uri, storyText('Pasted'));
    const editor = await openInEditor(uri);
    const doc = editor.document;
    const monitor = stallMonitor();
    for (let seed = 70_001; seed <= 70_040; seed++) {
      const { text } = fuzzCase(seed);
      await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), text.slice(0, 100_000)));
      const isStory = core.parseStory(doc.getText()).isStory;
      const want = await engineKeys(uri, doc.getText());
      await waitFor(
        () =>
          (isStory ? api().index.get(uri)?.documentVersion === doc.version : !api().index.get(uri)) &&
          JSON.stringify(diagnosticKeys(uri)) === JSON.stringify(want),
        `seed ${seed}: the diagnostics of the pasted text (want ${JSON.stringify(want)}, have ${JSON.stringify(diagnosticKeys(uri))})`,
        10_000,
      );
    }
    const stall = monitor.stop();
    assert.ok(stall < MAX_STALL_MS, `the host stalled for ${stall} ms`);
    await closeEditor(uri);
  });

  it("ends on the engine's findings for the final text after 500 rapid fuzzed edits (typing)", async () => {
    const monitor = stallMonitor();
    for (let round = 0; round < 5; round++) {
      const seed = 80_001 + round;
      const uri = hostile(`typing-${round}.md`);
      const base = makeStory(seed);
      write(uri, base);
      const editor = await openInEditor(uri);
      const doc = editor.document;
      await expectEngineFindings(uri, doc.getText());
      // As fast as the editor takes them: the debounce sees a burst, and no intermediate result may win.
      for (const edit of fuzzEdits(seed, base, 100)) {
        const length = doc.getText().length;
        const start = doc.positionAt(Math.min(edit.offset, length));
        const end = doc.positionAt(Math.min(edit.offset + edit.deleteCount, length));
        await editor.edit((e) => e.replace(new vscode.Range(start, end), edit.insert), { undoStopBefore: false, undoStopAfter: false });
      }
      const final = doc.getText();
      const isStory = core.parseStory(final).isStory;
      await expectEngineFindings(uri, final, 10_000);
      // The last edits may leave the findings as they were: wait for the index to reach the final version itself.
      if (isStory)
        await waitFor(() => api().index.get(uri)?.documentVersion === doc.version, `round ${round}: the final version indexed`, 10_000);
      // The final version checked, no check waiting, everything delivered: a stale result would have landed by now.
      await waitFor(() => !api().index.hasPendingCheck(uri) && !api().index.hasUndeliveredChanges(), 'the edits to settle');
      assert.deepStrictEqual(diagnosticKeys(uri), await engineKeys(uri, final), `round ${round}: a stale result replaced the final one`);
      await closeEditor(uri);
    }
    const stall = monitor.stop();
    assert.ok(stall < MAX_STALL_MS, `the host stalled for ${stall} ms`);
  });

  itStillWorks();
});
