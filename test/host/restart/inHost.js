'use strict';
// In-host half of test/host/restart.js: one start of VS Code. Checks that the index ends exactly as the files on
// disk say (the engine, run here on every file, is the reference) and, on the second start, that the saved index
// filled the tree before any file was read.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { readSavedIndex } = require('../readSavedIndex');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(check, what, timeoutMs = 60000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function markdownFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...markdownFiles(p));
    else if (/\.md$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** What a fresh index would hold: every story on disk and its findings, by workspace-relative path. */
function reference(workspace, core, userConfig) {
  const config = userConfig ? core.resolveConfig(userConfig, core.RULE_IDS).config : core.defaultConfig();
  const stories = new Map();
  for (const file of markdownFiles(workspace)) {
    const summary = core.summarize(core.lintStory(fs.readFileSync(file, 'utf8'), config), config);
    if (summary.isStory) stories.set(path.relative(workspace, file).split(path.sep).join('/'), summary);
  }
  return stories;
}

async function run() {
  const phase = process.env.STAR_RESTART_PHASE;
  const expect = JSON.parse(process.env.STAR_RESTART_EXPECT || '{}');
  const core = require(path.join(process.env.STAR_HOST_REPO_ROOT, 'out', 'core'));
  const folder = vscode.workspace.workspaceFolders[0];
  const workspace = folder.uri.fsPath;
  const rel = (uri) => vscode.workspace.asRelativePath(uri, false);

  const api = await vscode.extensions.getExtension('star-stories.star-stories').activate();
  await api.index.whenReady();
  const timings = api.index.scanTimings();

  // The index, the tree and Problems agree with the files.
  const want = reference(workspace, core, expect.config);
  const have = new Map(api.index.stories().map((f) => [rel(f.uri), f]));
  assert.deepStrictEqual([...have.keys()].sort(), [...want.keys()].sort(), 'the stories in the index are those on disk');
  for (const [file, summary] of want) {
    assert.strictEqual(
      JSON.stringify(have.get(file).summary),
      JSON.stringify(summary),
      `${file}: the index holds what the engine finds in the file`,
    );
    const uri = vscode.Uri.joinPath(folder.uri, file);
    await until(
      () => {
        const shown = vscode.languages
          .getDiagnostics(uri)
          .filter((d) => d.source === 'STAR Stories')
          .map((d) => `${d.code.value}@${d.range.start.line}`)
          .sort();
        return JSON.stringify(shown) === JSON.stringify(summary.findings.map((f) => `${f.rule}@${f.range.start.line}`).sort());
      },
      `${file}: Problems to list the file's findings`,
      10000,
    );
  }
  const snapshot = await api.tree.refreshNow();
  const inTree = new Set();
  for (const p of snapshot.principles) for (const s of p.stories) inTree.add(rel(vscode.Uri.parse(s.uri)));
  for (const s of snapshot.unassigned) inTree.add(rel(vscode.Uri.parse(s.uri)));
  assert.deepStrictEqual([...inTree].sort(), [...want.keys()].sort(), 'the tree lists exactly the stories on disk');
  assert.strictEqual(want.size, expect.stories, 'the workspace holds the stories the driver wrote');

  if (phase === 'first' || phase === 'damaged' || phase === 'config') {
    assert.strictEqual(timings.cachedAt, undefined, 'no saved index was used (none, a damaged one, or one made under another config)');
  }
  if (phase === 'config') {
    for (const [file] of want) {
      const rules = vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder.uri, file)).map((d) => d.code.value);
      assert.ok(!rules.includes('missing-quantified-result'), `${file}: a rule the config turned off shows no finding`);
    }
  }
  if (phase === 'second') {
    // The saved index came in before the scan had read any file: that is what fills the tree at once.
    assert.ok(timings.cachedAt !== undefined, 'the saved index was used');
    assert.strictEqual(
      timings.cachedStories,
      expect.cached,
      'every saved story was shown at start (the deleted one until the file search came back)',
    );
    assert.ok(timings.cachedAt < timings.headersAt, 'the saved index was in before the files were read');
    // The changes made while VS Code was closed are all there.
    const underFrugality = snapshot.principles.find((p) => p.principle === 'Frugality').stories.map((s) => rel(vscode.Uri.parse(s.uri)));
    assert.ok(underFrugality.includes(expect.frugality), 'a story whose principles changed on disk moved in the tree');
    for (const p of snapshot.principles)
      if (p.principle !== 'Frugality')
        assert.ok(!p.stories.some((s) => rel(vscode.Uri.parse(s.uri)) === expect.frugality), `the moved story left ${p.principle}`);
    const rules = vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder.uri, expect.unquantified)).map((d) => d.code.value);
    assert.ok(rules.includes('missing-quantified-result'), 'a Result that lost its number on disk is flagged');
    assert.ok(!have.has(expect.deleted), 'a story deleted on disk left the index');
    assert.strictEqual(vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder.uri, expect.deleted)).length, 0, 'and Problems');
    assert.ok(have.has(expect.added), 'a story added on disk is in');
  }

  if (phase === 'first') {
    // A story with unsaved edits when the index is saved is kept as its file holds it: open one and type into it,
    // then change another story on disk, which saves the index again.
    const editing = vscode.Uri.joinPath(folder.uri, 'stories', 'story-5.md');
    const diskTitle = have.get('stories/story-5.md').summary.title;
    // code-server saves edits after a delay by default; unsaved edits are the point here.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const doc = await vscode.workspace.openTextDocument(editing);
    const editor = await vscode.window.showTextDocument(doc);
    const titleLine = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('title:'));
    await editor.edit((e) => e.replace(doc.lineAt(titleLine).range, 'title: Typed but never saved'));
    await until(() => api.index.get(editing).summary.title === 'Typed but never saved', 'the typed title to be checked');
    const other = path.join(workspace, 'stories', 'story-6.md');
    fs.writeFileSync(other, fs.readFileSync(other, 'utf8').replace(/^title: .*$/m, 'title: "Changed on disk"'));
    const entries = await until(
      async () => {
        try {
          const byPath = await readSavedIndex(await vscode.workspace.fs.readFile(api.savedIndexUri));
          return byPath.get('stories/story-6.md')?.title === 'Changed on disk' && byPath;
        } catch {
          return false;
        }
      },
      'the index to be saved after the change on disk',
      30000,
    );
    assert.strictEqual(entries.get('stories/story-5.md')?.title, diskTitle, 'the story being edited is saved as its file holds it');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }

  // Saved for the next start: a save follows every scan that changed something.
  const saved = api.savedIndexUri;
  assert.ok(saved, 'a workspace has storage for the saved index');
  if (phase !== 'second') {
    await until(
      async () => {
        try {
          return (await readSavedIndex(await vscode.workspace.fs.readFile(saved))).size === expect.stories;
        } catch {
          return false;
        }
      },
      'the index to be saved',
      30000,
    );
  }
  fs.writeFileSync(process.env.STAR_RESTART_OUT, JSON.stringify({ savedIndex: saved.fsPath, timings }));
}

module.exports = { run };
