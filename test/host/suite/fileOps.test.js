'use strict';
// File operations in a real VS Code: folders of stories deleted, renamed and moved, stories moved
// between folders, edited outside VS Code, and created by the hundred, each both through a
// WorkspaceEdit (what the Explorer does) and with Node's fs (what git checkout, mv and rm do).
// Afterwards the index, the Principles tree and the Problems panel must match the disk exactly:
// every story on disk once, with the engine's findings, and nothing that is no longer there.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const { EXTENSION_ID } = require('./support');
const { makeStory, makeNote } = require(path.join(process.env.STAR_HOST_REPO_ROOT, 'scripts', 'storyCorpus.js'));
const { ws, storyTree, writeBurst, writeWatched, creationWatcher, apply, expectExact, under, waitForEditor } = require('./workspaceOnDisk');

describe('file operations: the index, the tree and Problems stay exact', function () {
  this.timeout(120_000);
  let api;

  let watcher;
  const writeAll = (files) => writeWatched(files, watcher);

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
    watcher = creationWatcher();
    await expectExact(api, 'the fixture workspace');
  });

  after(() => watcher.dispose());

  afterEach(async () => {
    fs.rmSync(ws('ops').fsPath, { recursive: true, force: true });
    await expectExact(api, "after removing this test's folder");
  });

  for (const how of ['WorkspaceEdit', 'Node fs']) {
    it(`deletes a folder of stories (${how})`, async () => {
      await writeAll(storyTree('ops/gone', 8, 100));
      await writeAll(storyTree('ops/kept', 3, 200));
      const before = await expectExact(api, 'the new folders');
      assert.strictEqual(under(before, path.join('ops', 'gone')).length, 8);
      if (how === 'WorkspaceEdit') {
        const edit = new vscode.WorkspaceEdit();
        edit.deleteFile(ws('ops', 'gone'), { recursive: true });
        await apply(edit);
      } else {
        fs.rmSync(ws('ops', 'gone').fsPath, { recursive: true });
      }
      const after = await expectExact(api, 'after the delete');
      assert.deepStrictEqual(under(after, path.join('ops', 'gone')), []);
      assert.strictEqual(under(after, path.join('ops', 'kept')).length, 3);
    });

    it(`renames a folder of stories (${how})`, async () => {
      await writeAll(storyTree('ops/before', 7, 300));
      await expectExact(api, 'the new folder');
      if (how === 'WorkspaceEdit') {
        const edit = new vscode.WorkspaceEdit();
        edit.renameFile(ws('ops', 'before'), ws('ops', 'after café'));
        await apply(edit);
      } else {
        fs.renameSync(ws('ops', 'before').fsPath, ws('ops', 'after café').fsPath);
      }
      const after = await expectExact(api, 'after the rename');
      assert.deepStrictEqual(under(after, path.join('ops', 'before')), []);
      assert.strictEqual(under(after, path.join('ops', 'after café')).length, 7);
    });

    it(`moves a folder of stories into another folder (${how})`, async () => {
      await writeAll(storyTree('ops/team', 5, 400));
      await writeAll(storyTree('ops/archive', 2, 500));
      await expectExact(api, 'the new folders');
      if (how === 'WorkspaceEdit') {
        const edit = new vscode.WorkspaceEdit();
        edit.renameFile(ws('ops', 'team'), ws('ops', 'archive', '2024', 'team'));
        await apply(edit);
      } else {
        fs.mkdirSync(ws('ops', 'archive', '2024').fsPath);
        fs.renameSync(ws('ops', 'team').fsPath, ws('ops', 'archive', '2024', 'team').fsPath);
      }
      const after = await expectExact(api, 'after the move');
      assert.deepStrictEqual(under(after, path.join('ops', 'team')), []);
      assert.strictEqual(under(after, path.join('ops', 'archive', '2024', 'team')).length, 5);
    });

    it(`moves stories between folders, onto a new name and over an existing story (${how})`, async () => {
      await writeAll(storyTree('ops/from', 4, 600));
      await writeAll(storyTree('ops/to', 2, 700));
      await expectExact(api, 'the new folders');
      const moves = [
        ['ops/from/story-600.md', 'ops/to/story-600.md'],
        ['ops/from/story-601.md', 'ops/to/renamed on the way.md'],
        ['ops/from/sub/story-602.md', 'ops/to/sub/story-602.md'],
        ['ops/from/story-603.md', 'ops/to/story-700.md'], // replaces a story that is there
      ];
      if (how === 'WorkspaceEdit') {
        const edit = new vscode.WorkspaceEdit();
        for (const [from, to] of moves) edit.renameFile(ws(from), ws(to), { overwrite: true });
        await apply(edit);
      } else {
        for (const [from, to] of moves) {
          fs.mkdirSync(path.dirname(ws(to).fsPath), { recursive: true });
          fs.renameSync(ws(from).fsPath, ws(to).fsPath);
        }
      }
      const after = await expectExact(api, 'after the moves');
      assert.deepStrictEqual(under(after, path.join('ops', 'from')), []);
      assert.strictEqual(under(after, path.join('ops', 'to')).length, 5);
      assert.ok(after.has(ws('ops', 'to', 'story-700.md').toString()));
    });
  }

  it('follows a story edited outside VS Code while closed, and while open but unmodified', async () => {
    await writeAll(storyTree('ops/edited', 2, 800));
    await expectExact(api, 'the new folder');
    const closed = ws('ops', 'edited', 'story-800.md');
    // The Result loses its number and the story changes principle: both must show.
    fs.writeFileSync(closed.fsPath, makeStory(811, 150).replace(/^## Result\n\n.*$/m, '## Result\n\nThe team was happier afterwards.'));
    await expectExact(api, 'after an outside edit of a closed story');

    const open = ws('ops', 'edited', 'story-801.md');
    await vscode.commands.executeCommand('vscode.open', open);
    const editor = await waitForEditor(open);
    assert.ok(!editor.document.isDirty);
    fs.writeFileSync(open.fsPath, makeStory(812, 150).replace('## Situation', '## Background'));
    await expectExact(api, 'after an outside edit of an open, unmodified story');
    assert.ok(editor.document.getText().includes('## Background'), 'the editor did not reload the file');
    assert.strictEqual(api.index.get(open).documentVersion, editor.document.version);
    // Back to a note: the story leaves the index, the tree and Problems.
    fs.writeFileSync(open.fsPath, makeNote(813));
    await expectExact(api, 'after an outside edit turned the open story into a note');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('brings back a story open in an editor when its file is deleted and restored unchanged (git stash, mv away and back)', async () => {
    await writeAll(storyTree('ops/restored', 1, 840));
    await expectExact(api, 'the new folder');
    const story = ws('ops', 'restored', 'story-840.md');
    const text = fs.readFileSync(story.fsPath, 'utf8');
    await vscode.commands.executeCommand('vscode.open', story);
    await waitForEditor(story);
    fs.rmSync(story.fsPath);
    await expectExact(api, 'after the open story was deleted');
    // The same text: the open document sees no change, so only the file event can bring the story back.
    fs.writeFileSync(story.fsPath, text);
    await expectExact(api, 'after the open story was restored unchanged');
    fs.renameSync(story.fsPath, story.fsPath + '.away');
    await expectExact(api, 'after the open story was moved away');
    fs.renameSync(story.fsPath + '.away', story.fsPath);
    await expectExact(api, 'after the open story was moved back');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('takes in 300 stories created at once in 10 new folders with Node, and 40 more through one WorkspaceEdit', async () => {
    const files = {};
    for (let f = 0; f < 10; f++) Object.assign(files, storyTree(`ops/bulk-${f}`, 30, 1000 + f * 100));
    writeBurst(files);
    let after = await expectExact(api, 'after 300 files appeared', 60_000);
    assert.strictEqual(under(after, 'ops').length, 300);

    const edit = new vscode.WorkspaceEdit();
    for (let i = 0; i < 40; i++) edit.createFile(ws('ops', 'created', `new-${i}.md`), { contents: Buffer.from(makeStory(5000 + i, 150)) });
    await apply(edit);
    after = await expectExact(api, 'after a WorkspaceEdit created 40 files', 30_000);
    assert.strictEqual(under(after, path.join('ops', 'created')).length, 40);

    // And all of it gone at once, the way `git checkout` of another branch removes it.
    fs.rmSync(ws('ops').fsPath, { recursive: true });
    after = await expectExact(api, 'after the whole folder went away', 30_000);
    assert.deepStrictEqual(under(after, 'ops'), []);
  });

  it('swaps a folder for another of the same name with other stories (a branch switch)', async () => {
    await writeAll(storyTree('ops/branch', 6, 2000));
    await expectExact(api, 'the first branch');
    fs.rmSync(ws('ops', 'branch').fsPath, { recursive: true });
    writeBurst(storyTree('ops/branch', 4, 2100));
    const after = await expectExact(api, 'after the switch');
    assert.deepStrictEqual(
      under(after, path.join('ops', 'branch'))
        .map((p) => path.basename(p))
        .filter((n) => n.startsWith('story-'))
        .sort(),
      ['story-2100.md', 'story-2101.md', 'story-2102.md', 'story-2103.md'],
    );
  });
});
