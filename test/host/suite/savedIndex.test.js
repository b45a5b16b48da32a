'use strict';
// The index saved for the next start (src/extension/index/indexCache.ts), within one session: it is written after the
// scan, holds stories as they are on disk, is not rewritten while someone types, and follows a save.
// Starting again from it is test/host/restart.js.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, sleep, folder } = require('./support');
const { readSavedIndex } = require('../readSavedIndex');

const storyUri = () => vscode.Uri.joinPath(folder(), 'stories', 'smoke.md');

/**
 * The saved file's story titles by path within the folder, and when it was written. VS Code's rename with overwrite
 * deletes the old file before moving the new one in: a read in between finds none, and waits for the new one.
 */
async function readSaved(api) {
  for (let tries = 0; ; tries++) {
    try {
      const stat = await vscode.workspace.fs.stat(api.savedIndexUri);
      const stories = await readSavedIndex(await vscode.workspace.fs.readFile(api.savedIndexUri));
      return { mtime: stat.mtime, stories: new Map([...stories].map(([p, summary]) => [p, summary.title])) };
    } catch (e) {
      if (e?.code !== 'FileNotFound' || tries >= 40) throw e;
      await sleep(50);
    }
  }
}

describe('saved index', function () {
  this.timeout(120_000);
  let api;

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
  });

  it('is written after the scan with every story of the workspace, as on disk', async () => {
    const saved = await waitFor(
      async () => {
        const s = await readSaved(api);
        return s.stories.size === api.index.stories().length && s;
      },
      'the index to be saved with every story',
      30_000,
    );
    assert.ok(saved.stories.has('stories/smoke.md'));
    assert.strictEqual(saved.stories.get('stories/smoke.md'), api.index.get(storyUri()).summary.title);
  });

  it('is not rewritten while a story is typed in, and follows the story once it is saved', async () => {
    // code-server saves edits after a delay by default; this is about edits that are not saved yet.
    const files = vscode.workspace.getConfiguration('files');
    const autoSave = files.inspect('autoSave');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const doc = await vscode.workspace.openTextDocument(storyUri());
    const editor = await vscode.window.showTextDocument(doc);
    const titleLine = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('title:'));
    assert.ok(titleLine > 0, 'the smoke story has a title line');
    // Earlier tests changed files (and the suite put them back): let the save those changes scheduled land first.
    let before = await readSaved(api);
    let quietSince = Date.now();
    while (Date.now() - quietSince < 6500) {
      await sleep(500);
      const now = await readSaved(api);
      if (now.mtime !== before.mtime) quietSince = Date.now();
      before = now;
    }
    try {
      // Seven seconds of typing, each edit checked (250 ms debounce): longer than the 5 s the index waits to save.
      for (let i = 0; i < 7; i++) {
        await editor.edit((e) => e.replace(doc.lineAt(titleLine).range, `title: Typed title ${i}`));
        await sleep(1000);
      }
      await waitFor(() => api.index.get(storyUri()).summary.title === 'Typed title 6', 'the typed title to be checked');
      // The index itself says no write is coming (typing gave it nothing to save), and the file agrees.
      assert.strictEqual(api.index.savePending(), false, 'the index plans to save after unsaved typing');
      const during = await readSaved(api);
      assert.strictEqual(
        during.mtime,
        before.mtime,
        `no write of the saved index for unsaved typing (dirty: ${doc.isDirty}, saved title now "${during.stories.get('stories/smoke.md')}")`,
      );
      assert.strictEqual(during.stories.get('stories/smoke.md'), before.stories.get('stories/smoke.md'));

      assert.ok(await doc.save());
      await waitFor(
        async () => (await readSaved(api)).stories.get('stories/smoke.md') === 'Typed title 6',
        'the saved index to follow the saved story',
        20_000,
      );
    } finally {
      if (doc.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await files.update('autoSave', autoSave?.globalValue, vscode.ConfigurationTarget.Global);
    }
  });
});
