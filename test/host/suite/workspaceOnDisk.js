'use strict';
// What the file-operation tests compare: the workspace's stories on disk, checked by the engine, against what the
// extension shows (index, Problems, the Principles tree); and how they write stories, as Node or an editor would.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const { sleep, folder, diagnosticKeysOf, findingKeys } = require('./support');
const REPO = process.env.STAR_HOST_REPO_ROOT;
const core = require(path.join(REPO, 'out', 'core'));
const { makeStory, makeNote } = require(path.join(REPO, 'scripts', 'storyCorpus.js'));

const ws = (...parts) => vscode.Uri.joinPath(folder(), ...parts);
const rel = (key) => path.relative(folder().fsPath, vscode.Uri.parse(key).fsPath);

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

/** What the disk says the extension should show: each story's findings and tree principles, by URI. */
async function expected(api) {
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
function differences(api, want) {
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
    else if (JSON.stringify(diagnosticKeysOf(ds)) !== JSON.stringify(story.keys))
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
async function expectExact(api, what, timeoutMs = 20_000) {
  const want = await expected(api);
  const end = Date.now() + timeoutMs;
  let diff = differences(api, want);
  while (diff.length > 0 && Date.now() < end) {
    await sleep(100);
    diff = differences(api, want);
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

async function waitForEditor(uri, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.uri.toString() === uri.toString()) return editor;
    await sleep(50);
  }
  throw new Error(`no editor for ${uri.fsPath}`);
}

module.exports = { ws, rel, storyTree, writeBurst, writeWatched, creationWatcher, apply, expectExact, under, waitForEditor };
