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

const { EXTENSION_ID, sleep, folder } = require('./support');
const REPO = process.env.STAR_HOST_REPO_ROOT;
const core = require(path.join(REPO, 'out', 'core'));
const { makeStory, makeNote } = require(path.join(REPO, 'scripts', 'storyCorpus.js'));

const ws = (...parts) => vscode.Uri.joinPath(folder(), ...parts);
const rel = (key) => path.relative(folder().fsPath, vscode.Uri.parse(key).fsPath);

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
const rangeKey = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const diagnosticKeys = (ds) => ds.map((d) => `${d.code.value} ${d.severity} ${rangeKey(d.range)}`).sort();
const findingKeys = (findings) => findings.map((f) => `${f.rule} ${SEVERITY[f.severity]} ${rangeKey(f.range)}`).sort();

/** Every Markdown file under the workspace, as the index's scan would find it (no dot folders, no node_modules). */
function markdownOnDisk(dir = folder().fsPath, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) markdownOnDisk(full, out);
    else if (/\.(md|markdown)$/i.test(e.name)) out.push(full);
  }
  return out;
}

/** `count` stories (and a note that is no story) under `dir`, some in a subfolder; returns relative path → text. */
function storyTree(dir, count, seed) {
  const files = {};
  for (let i = 0; i < count; i++) files[`${dir}/${i % 3 === 2 ? 'sub/' : ''}story-${seed + i}.md`] = makeStory(seed + i, 150);
  files[`${dir}/notes.md`] = makeNote(seed);
  return files;
}

/** Writes the files in one burst, creating their folders with `mkdir -p`, as git checkout or an unzip does. */
function writeBurst(files) {
  for (const [name, text] of Object.entries(files)) {
    const full = ws(name).fsPath;
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
}

/**
 * Writes the files the way a story bank grows: each folder exists (and VS Code watches it) before files go
 * in. VS Code's recursive watcher on Linux never watches a folder created inside a folder that is itself
 * brand new (parcel-bundler/watcher#97, microsoft/vscode#142694): after `mkdir -p a/b`, nothing that later
 * happens in a/b is reported to anyone, VS Code's Explorer included. Trees built in one burst are read when
 * their top folder appears (writeBurst tests that); later changes inside them are beyond any extension.
 */
async function writeWatched(files, watcher) {
  const dirs = [...new Set(Object.keys(files).map((name) => path.dirname(name)))];
  for (const dir of dirs) {
    const parts = dir.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const level = ws(...parts.slice(0, i));
      if (fs.existsSync(level.fsPath)) continue;
      const seen = watcher.next(level);
      fs.mkdirSync(level.fsPath);
      await seen;
    }
  }
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(ws(name).fsPath, text);
}

/** A watcher of the test's own, to know when VS Code has seen a folder appear. */
function creationWatcher() {
  const watcher = vscode.workspace.createFileSystemWatcher('**', false, true, true);
  const waiting = new Map();
  watcher.onDidCreate((uri) => {
    const done = waiting.get(uri.toString());
    if (done) done();
  });
  return {
    next(uri) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`VS Code never reported the folder ${uri.fsPath}`)), 10_000);
        waiting.set(uri.toString(), () => {
          clearTimeout(timer);
          waiting.delete(uri.toString());
          resolve();
        });
      });
    },
    dispose: () => watcher.dispose(),
  };
}

async function apply(edit) {
  assert.ok(await vscode.workspace.applyEdit(edit), 'the workspace edit was refused');
}

describe('file operations: the index, the tree and Problems stay exact', function () {
  this.timeout(120_000);
  let api;

  /** What the disk says the extension should show: each story's findings and tree principles, by URI. */
  async function expected() {
    const stories = new Map();
    for (const file of markdownOnDisk()) {
      const uri = vscode.Uri.file(file);
      const bytes = fs.readFileSync(file);
      if (bytes.includes(0) || bytes.length > 1024 * 1024) continue; // binary or over the default size limit
      const config = await api.configs.configFor(uri);
      const result = core.lintStory(new TextDecoder().decode(bytes), config);
      if (!result.story.isStory) continue;
      const principles = core.summarize(result, config).canonicalPrinciples;
      stories.set(uri.toString(), {
        keys: findingKeys(result.findings),
        principles: principles.length ? [...principles].sort() : ['(unassigned)'],
      });
    }
    return stories;
  }

  /** Everything that differs between what the extension shows and `want`; empty when exact. */
  function differences(want) {
    const out = [];
    const indexed = new Map();
    for (const f of api.index.stories()) {
      const key = f.uri.toString();
      if (indexed.has(key)) out.push(`in the index twice: ${rel(key)}`);
      indexed.set(key, f);
    }
    for (const key of want.keys()) if (!indexed.has(key)) out.push(`missing from the index: ${rel(key)}`);
    for (const [key, f] of indexed) {
      if (!want.has(key)) out.push(`ghost in the index: ${rel(key)}`);
      else if (!f.checked) out.push(`not fully checked yet: ${rel(key)}`);
    }

    const listed = new Set();
    for (const [uri, all] of vscode.languages.getDiagnostics()) {
      const ds = all.filter((d) => d.source === 'STAR Stories');
      if (ds.length === 0) continue;
      const key = uri.toString();
      if (listed.has(key)) out.push(`in Problems twice: ${rel(key)}`);
      listed.add(key);
      const story = want.get(key);
      if (!story) out.push(`ghost in Problems: ${rel(key)}`);
      else if (JSON.stringify(diagnosticKeys(ds)) !== JSON.stringify(story.keys))
        out.push(`other diagnostics than the engine's: ${rel(key)}`);
    }
    for (const [key, story] of want) if (story.keys.length > 0 && !listed.has(key)) out.push(`missing from Problems: ${rel(key)}`);

    const snapshot = api.tree.snapshot();
    if (!snapshot) return [...out, 'no tree yet'];
    const rows = new Map();
    const note = (uri, principle) => (rows.get(uri) ?? rows.set(uri, []).get(uri)).push(principle);
    for (const p of snapshot.principles) {
      const uris = p.stories.map((s) => s.uri);
      if (new Set(uris).size !== uris.length) out.push(`the tree lists a story twice under ${p.principle}`);
      uris.forEach((u) => note(u, p.principle));
    }
    snapshot.unassigned.forEach((s) => note(s.uri, '(unassigned)'));
    for (const [key, story] of want) {
      if (!rows.has(key)) out.push(`missing from the tree: ${rel(key)}`);
      else if (JSON.stringify(rows.get(key).sort()) !== JSON.stringify(story.principles))
        out.push(`under other principles in the tree: ${rel(key)} ${JSON.stringify(rows.get(key))}`);
    }
    for (const key of rows.keys()) if (!want.has(key)) out.push(`ghost in the tree: ${rel(key)}`);
    return out;
  }

  /** Polls until the extension matches the disk; fails listing what still differs. */
  async function expectExact(what, timeoutMs = 20_000) {
    const want = await expected();
    const end = Date.now() + timeoutMs;
    let diff = differences(want);
    while (diff.length > 0 && Date.now() < end) {
      await sleep(100);
      diff = differences(want);
    }
    assert.deepStrictEqual(
      diff.slice(0, 12),
      [],
      `${what}: the extension does not match the disk after ${timeoutMs} ms (${diff.length} differences)`,
    );
    return want;
  }

  /** Keys of `want` under a folder of the workspace. */
  const under = (want, dir) =>
    [...want.keys()]
      .filter((k) => rel(k).startsWith(dir + path.sep))
      .map(rel)
      .sort();

  let watcher;
  const writeAll = (files) => writeWatched(files, watcher);

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
    watcher = creationWatcher();
    await expectExact('the fixture workspace');
  });

  after(() => watcher.dispose());

  afterEach(async () => {
    fs.rmSync(ws('ops').fsPath, { recursive: true, force: true });
    await expectExact("after removing this test's folder");
  });

  for (const how of ['WorkspaceEdit', 'Node fs']) {
    it(`deletes a folder of stories (${how})`, async () => {
      await writeAll(storyTree('ops/gone', 8, 100));
      await writeAll(storyTree('ops/kept', 3, 200));
      const before = await expectExact('the new folders');
      assert.strictEqual(under(before, path.join('ops', 'gone')).length, 8);
      if (how === 'WorkspaceEdit') {
        const edit = new vscode.WorkspaceEdit();
        edit.deleteFile(ws('ops', 'gone'), { recursive: true });
        await apply(edit);
      } else {
        fs.rmSync(ws('ops', 'gone').fsPath, { recursive: true });
      }
      const after = await expectExact('after the delete');
      assert.deepStrictEqual(under(after, path.join('ops', 'gone')), []);
      assert.strictEqual(under(after, path.join('ops', 'kept')).length, 3);
    });

    it(`renames a folder of stories (${how})`, async () => {
      await writeAll(storyTree('ops/before', 7, 300));
      await expectExact('the new folder');
      if (how === 'WorkspaceEdit') {
        const edit = new vscode.WorkspaceEdit();
        edit.renameFile(ws('ops', 'before'), ws('ops', 'after café'));
        await apply(edit);
      } else {
        fs.renameSync(ws('ops', 'before').fsPath, ws('ops', 'after café').fsPath);
      }
      const after = await expectExact('after the rename');
      assert.deepStrictEqual(under(after, path.join('ops', 'before')), []);
      assert.strictEqual(under(after, path.join('ops', 'after café')).length, 7);
    });

    it(`moves a folder of stories into another folder (${how})`, async () => {
      await writeAll(storyTree('ops/team', 5, 400));
      await writeAll(storyTree('ops/archive', 2, 500));
      await expectExact('the new folders');
      if (how === 'WorkspaceEdit') {
        const edit = new vscode.WorkspaceEdit();
        edit.renameFile(ws('ops', 'team'), ws('ops', 'archive', '2024', 'team'));
        await apply(edit);
      } else {
        fs.mkdirSync(ws('ops', 'archive', '2024').fsPath);
        fs.renameSync(ws('ops', 'team').fsPath, ws('ops', 'archive', '2024', 'team').fsPath);
      }
      const after = await expectExact('after the move');
      assert.deepStrictEqual(under(after, path.join('ops', 'team')), []);
      assert.strictEqual(under(after, path.join('ops', 'archive', '2024', 'team')).length, 5);
    });

    it(`moves stories between folders, onto a new name and over an existing story (${how})`, async () => {
      await writeAll(storyTree('ops/from', 4, 600));
      await writeAll(storyTree('ops/to', 2, 700));
      await expectExact('the new folders');
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
      const after = await expectExact('after the moves');
      assert.deepStrictEqual(under(after, path.join('ops', 'from')), []);
      assert.strictEqual(under(after, path.join('ops', 'to')).length, 5);
      assert.ok(after.has(ws('ops', 'to', 'story-700.md').toString()));
    });
  }

  it('follows a story edited outside VS Code while closed, and while open but unmodified', async () => {
    await writeAll(storyTree('ops/edited', 2, 800));
    await expectExact('the new folder');
    const closed = ws('ops', 'edited', 'story-800.md');
    // The Result loses its number and the story changes principle: both must show.
    fs.writeFileSync(closed.fsPath, makeStory(811, 150).replace(/^## Result\n\n.*$/m, '## Result\n\nThe team was happier afterwards.'));
    await expectExact('after an outside edit of a closed story');

    const open = ws('ops', 'edited', 'story-801.md');
    await vscode.commands.executeCommand('vscode.open', open);
    const editor = await waitForEditor(open);
    assert.ok(!editor.document.isDirty);
    fs.writeFileSync(open.fsPath, makeStory(812, 150).replace('## Situation', '## Background'));
    await expectExact('after an outside edit of an open, unmodified story');
    assert.ok(editor.document.getText().includes('## Background'), 'the editor did not reload the file');
    assert.strictEqual(api.index.get(open).documentVersion, editor.document.version);
    // Back to a note: the story leaves the index, the tree and Problems.
    fs.writeFileSync(open.fsPath, makeNote(813));
    await expectExact('after an outside edit turned the open story into a note');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('brings back a story open in an editor when its file is deleted and restored unchanged (git stash, mv away and back)', async () => {
    await writeAll(storyTree('ops/restored', 1, 840));
    await expectExact('the new folder');
    const story = ws('ops', 'restored', 'story-840.md');
    const text = fs.readFileSync(story.fsPath, 'utf8');
    await vscode.commands.executeCommand('vscode.open', story);
    await waitForEditor(story);
    fs.rmSync(story.fsPath);
    await expectExact('after the open story was deleted');
    // The same text: the open document sees no change, so only the file event can bring the story back.
    fs.writeFileSync(story.fsPath, text);
    await expectExact('after the open story was restored unchanged');
    fs.renameSync(story.fsPath, story.fsPath + '.away');
    await expectExact('after the open story was moved away');
    fs.renameSync(story.fsPath + '.away', story.fsPath);
    await expectExact('after the open story was moved back');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('takes in 300 stories created at once in 10 new folders with Node, and 40 more through one WorkspaceEdit', async () => {
    const files = {};
    for (let f = 0; f < 10; f++) Object.assign(files, storyTree(`ops/bulk-${f}`, 30, 1000 + f * 100));
    writeBurst(files);
    let after = await expectExact('after 300 files appeared', 60_000);
    assert.strictEqual(under(after, 'ops').length, 300);

    const edit = new vscode.WorkspaceEdit();
    for (let i = 0; i < 40; i++) edit.createFile(ws('ops', 'created', `new-${i}.md`), { contents: Buffer.from(makeStory(5000 + i, 150)) });
    await apply(edit);
    after = await expectExact('after a WorkspaceEdit created 40 files', 30_000);
    assert.strictEqual(under(after, path.join('ops', 'created')).length, 40);

    // And all of it gone at once, the way `git checkout` of another branch removes it.
    fs.rmSync(ws('ops').fsPath, { recursive: true });
    after = await expectExact('after the whole folder went away', 30_000);
    assert.deepStrictEqual(under(after, 'ops'), []);
  });

  it('swaps a folder for another of the same name with other stories (a branch switch)', async () => {
    await writeAll(storyTree('ops/branch', 6, 2000));
    await expectExact('the first branch');
    fs.rmSync(ws('ops', 'branch').fsPath, { recursive: true });
    writeBurst(storyTree('ops/branch', 4, 2100));
    const after = await expectExact('after the switch');
    assert.deepStrictEqual(
      under(after, path.join('ops', 'branch'))
        .map((p) => path.basename(p))
        .filter((n) => n.startsWith('story-'))
        .sort(),
      ['story-2100.md', 'story-2101.md', 'story-2102.md', 'story-2103.md'],
    );
  });
});

async function waitForEditor(uri, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.uri.toString() === uri.toString()) return editor;
    await sleep(50);
  }
  throw new Error(`no editor for ${uri.fsPath}`);
}
