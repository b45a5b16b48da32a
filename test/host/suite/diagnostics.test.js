'use strict';
// Diagnostics in a real VS Code: the Problems panel lists the whole story bank, follows typing,
// settings and file operations, and never flags a plain note.

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const support = require('./support');

const { EXTENSION_ID, folder } = support;
const waitFor = (check, what, timeoutMs = 15000) => support.waitFor(check, what, timeoutMs);

const story = support.storyUri;
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'STAR Stories');
const rulesAt = (uri) =>
  ours(uri)
    .map((d) => d.code.value)
    .sort();

async function setRules(rules) {
  await vscode.workspace.getConfiguration('starStories').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

describe('diagnostics', function () {
  let api;
  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    api = await ext.activate();
    await api.index.whenReady();
  });

  afterEach(async () => {
    await setRules(undefined);
    await vscode.workspace.getConfiguration('starStories').update('diagnostics.scope', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('lists stories that were never opened, with rule ids, source, README links and exact ranges', async () => {
    const uri = story('diag-never-opened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the test opened the file itself');
    const diags = await waitFor(() => ours(uri).length > 0 && ours(uri), 'diagnostics of an unopened story');
    const d = diags.find((x) => x.code.value === 'missing-quantified-result');
    assert.ok(d, JSON.stringify(diags.map((x) => x.code.value)));
    assert.strictEqual(d.source, 'STAR Stories');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [13, 0, 13, 9]);
    assert.match(d.code.target.toString(), /#missing-quantified-result$/);
    assert.match(d.message, /no measurable outcome/);
  });

  it('flags an Action told with "we" on its heading', async () => {
    const uri = story('diag-we-only.md');
    const diags = await waitFor(
      () => ours(uri).some((x) => x.code.value === 'missing-i-contribution') && ours(uri),
      'missing-i-contribution',
    );
    const d = diags.find((x) => x.code.value === 'missing-i-contribution');
    assert.strictEqual(d.range.start.line, 10);
    assert.ok(!diags.some((x) => x.code.value === 'missing-quantified-result'), 'the Result has a number');
  });

  it('never flags a Markdown file that is not a story', async () => {
    const uri = story('diag-notes.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    // Checked (the index holds this version, not a story) and delivered to Problems: only then is "none" an answer.
    await waitFor(
      () => api.index.checkedDocumentVersion(uri) === doc.version && !api.index.hasUndeliveredChanges(),
      'the note to be checked and delivered',
    );
    assert.strictEqual(api.index.get(uri), undefined, 'a note is not a story');
    assert.deepStrictEqual(ours(uri), []);
  });

  it('takes severities from settings, down to off', async () => {
    const uri = story('diag-we-only.md');
    await setRules({ 'missing-i-contribution': 'error' });
    await waitFor(
      () => ours(uri).some((x) => x.code.value === 'missing-i-contribution' && x.severity === vscode.DiagnosticSeverity.Error),
      'severity error',
    );
    await setRules({ 'missing-i-contribution': 'hint' });
    await waitFor(
      () => ours(uri).some((x) => x.code.value === 'missing-i-contribution' && x.severity === vscode.DiagnosticSeverity.Hint),
      'severity hint',
    );
    await setRules({ 'missing-i-contribution': 'off' });
    await waitFor(() => !ours(uri).some((x) => x.code.value === 'missing-i-contribution'), 'the rule turned off');
  });

  it('lets settings win over a .starlintrc.json in the workspace', async () => {
    const uri = story('diag-we-only.md');
    const rc = vscode.Uri.joinPath(folder(), '.starlintrc.json');
    await waitFor(() => rulesAt(uri).includes('missing-i-contribution'), 'the default severities first');
    await vscode.workspace.fs.writeFile(
      rc,
      Buffer.from(JSON.stringify({ rules: { 'missing-i-contribution': 'off', 'story-length': 'error' } })),
    );
    try {
      await waitFor(
        () =>
          !rulesAt(uri).includes('missing-i-contribution') &&
          ours(uri).some((x) => x.code.value === 'story-length' && x.severity === vscode.DiagnosticSeverity.Error),
        'the config file turning one rule off and another to error',
      );
      await setRules({ 'missing-i-contribution': 'warning' });
      await waitFor(() => ours(uri).some((x) => x.code.value === 'missing-i-contribution'), 'the setting winning over the file');
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
  });

  it('re-checks as the user types, debounced, and keeps only the latest result', async () => {
    const uri = story('diag-we-only.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor(() => rulesAt(uri).includes('missing-i-contribution'), 'the first diagnostics');
    const line = doc.lineAt(11);
    // A burst of edits: the last one adds an "I"; an intermediate result must not win.
    for (const words of ['We also called the bank.', 'We also called the bank twice.', 'We also called the bank, and I wrote the fix.']) {
      await editor.edit((e) => e.replace(line.range, words));
    }
    await waitFor(() => !rulesAt(uri).includes('missing-i-contribution'), 'the edit clearing missing-i-contribution');
    // The last version checked, no check waiting, everything delivered: a stale result would have landed by now.
    await waitFor(
      () => api.index.get(uri)?.documentVersion === doc.version && !api.index.hasPendingCheck(uri) && !api.index.hasUndeliveredChanges(),
      'the last edit to be checked and delivered',
    );
    assert.ok(!rulesAt(uri).includes('missing-i-contribution'), 'a stale result came back');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => rulesAt(uri).includes('missing-i-contribution'), 'revert bringing the finding back');
  });

  it('checks a new story file and clears a deleted one', async () => {
    const uri = story('diag-created.md');
    fs.writeFileSync(uri.fsPath, fs.readFileSync(story('diag-we-only.md').fsPath, 'utf8'));
    await waitFor(() => rulesAt(uri).includes('missing-i-contribution'), 'diagnostics for the new file');
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => ours(uri).length === 0, 'the deleted file leaving Problems');
  });

  it('moves diagnostics with a renamed file', async () => {
    const from = story('diag-rename-me.md');
    const to = story('diag-renamed.md');
    fs.writeFileSync(from.fsPath, fs.readFileSync(story('diag-we-only.md').fsPath, 'utf8'));
    await waitFor(() => rulesAt(from).includes('missing-i-contribution'), 'diagnostics before the rename');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => ours(from).length === 0 && rulesAt(to).includes('missing-i-contribution'), 'diagnostics to follow the rename');
    await vscode.workspace.fs.delete(to);
  });

  it('leaves out files the user excluded with files.exclude', async () => {
    const dir = vscode.Uri.joinPath(folder(), 'private-notes');
    const uri = vscode.Uri.joinPath(dir, 'story.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(fs.readFileSync(story('diag-we-only.md').fsPath, 'utf8')));
    try {
      await waitFor(() => rulesAt(uri).includes('missing-i-contribution'), 'the story to be checked first');
      await vscode.workspace
        .getConfiguration('files')
        .update('exclude', { '**/private-notes': true }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => ours(uri).length === 0 && !api.index.get(uri), 'the excluded story to leave Problems and the index');
    } finally {
      await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
  });

  it('honours files.exclude patterns with braces, in the scan and in file events', async () => {
    const text = fs.readFileSync(story('diag-we-only.md').fsPath, 'utf8');
    const inArchive = vscode.Uri.joinPath(folder(), 'archive', 'old.md');
    const inScratch = vscode.Uri.joinPath(folder(), 'notes', 'scratch', 'old.md');
    const kept = vscode.Uri.joinPath(folder(), 'braces-kept', 'story.md');
    for (const uri of [inArchive, inScratch, kept]) await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      await waitFor(() => !!api.index.get(inArchive) && !!api.index.get(inScratch), 'the stories to be checked before the exclusion');
      await vscode.workspace
        .getConfiguration('files')
        .update('exclude', { '**/{archive,scratch}/**': true }, vscode.ConfigurationTarget.Workspace);
      await api.index.rescan();
      await waitFor(
        () => !api.index.get(inArchive) && !api.index.get(inScratch) && ours(inArchive).length === 0,
        'the scan to leave out both folders of the brace group',
      );
      assert.ok(api.index.get(kept), 'a story outside them stays');
      // File events: a story written into an excluded folder never comes in; one beside it does.
      const lateArchive = vscode.Uri.joinPath(folder(), 'archive', 'new.md');
      const lateKept = vscode.Uri.joinPath(folder(), 'braces-kept', 'new.md');
      await vscode.workspace.fs.writeFile(lateArchive, Buffer.from(text));
      await vscode.workspace.fs.writeFile(lateKept, Buffer.from(text));
      await waitFor(() => rulesAt(lateKept).includes('missing-i-contribution'), 'the story outside the exclusion to be checked');
      await support.sleep(500);
      assert.ok(!api.index.get(lateArchive) && ours(lateArchive).length === 0, 'the story written into archive/ is left out');
    } finally {
      await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      for (const name of ['archive', 'notes', 'braces-kept'])
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), name), { recursive: true });
    }
  });

  it('keeps exclusions exact however the workspace is searched: a top-level node_modules, a root-relative pattern', async () => {
    const text = fs.readFileSync(story('diag-we-only.md').fsPath, 'utf8');
    const inModules = vscode.Uri.joinPath(folder(), 'node_modules', 'some-package', 'README.md');
    const draft = vscode.Uri.joinPath(folder(), 'drafts', 'half-done.md');
    const kept = vscode.Uri.joinPath(folder(), 'kept', 'story.md');
    for (const uri of [inModules, draft, kept]) await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      await vscode.workspace
        .getConfiguration('starStories')
        .update('exclude', ['**/node_modules/**', 'drafts/**'], vscode.ConfigurationTarget.Workspace);
      await api.index.rescan();
      await waitFor(() => rulesAt(kept).includes('missing-i-contribution'), 'the story outside the exclusions to be checked');
      assert.ok(!api.index.get(draft) && ours(draft).length === 0, 'a story under drafts/ (excluded from the root) is left out');
      assert.ok(!api.index.get(inModules) && ours(inModules).length === 0, 'a story in a top-level node_modules is left out');
      // The defaults only (all position-free): node_modules still left out.
      await vscode.workspace.getConfiguration('starStories').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await api.index.rescan();
      await waitFor(() => !!api.index.get(draft), 'the draft to be checked once nothing excludes it');
      assert.ok(!api.index.get(inModules) && ours(inModules).length === 0, 'a story in a top-level node_modules is still left out');
      assert.ok(api.index.get(kept), 'and the others are in');
    } finally {
      await vscode.workspace.getConfiguration('starStories').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      for (const name of ['node_modules', 'drafts', 'kept'])
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), name), { recursive: true });
    }
  });

  it('applies root-relative exclusions to a folder moved in from outside the workspace', async () => {
    // A folder that arrives is listed on its own; the exclusions still count from the workspace's root.
    const text = fs.readFileSync(story('diag-we-only.md').fsPath, 'utf8');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'star-incoming-'));
    for (const rel of ['drafts/half-done.md', 'kept.md', 'notes/drafts/other.md']) {
      fs.mkdirSync(path.join(outside, 'team', path.dirname(rel)), { recursive: true });
      fs.writeFileSync(path.join(outside, 'team', rel), text);
    }
    const team = (rel) => vscode.Uri.joinPath(folder(), 'team', ...rel.split('/'));
    try {
      await vscode.workspace.getConfiguration('starStories').update('exclude', ['team/drafts/**'], vscode.ConfigurationTarget.Workspace);
      await api.index.rescan();
      fs.renameSync(path.join(outside, 'team'), team('').fsPath); // as mv or a checkout does: the watcher sees the folder
      await waitFor(
        () => api.index.get(team('kept.md')) && api.index.get(team('notes/drafts/other.md')),
        'the stories of the folder moved in to be read',
      );
      assert.ok(!api.index.get(team('drafts/half-done.md')), 'team/drafts/ is excluded from the root');
      assert.strictEqual(ours(team('drafts/half-done.md')).length, 0);
    } finally {
      await vscode.workspace.getConfiguration('starStories').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(team('').fsPath, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('lists each finding once, also after a full rescan', async () => {
    // Both scan passes can report a file in one batch; a batched set would then show its findings twice.
    for (let round = 0; round < 3; round++) {
      await vscode.commands.executeCommand('starStories.refresh');
      await api.index.whenReady();
      await waitFor(() => !api.index.hasUndeliveredChanges(), 'the rescan to be delivered to Problems');
      for (const [uri, diags] of vscode.languages.getDiagnostics()) {
        const keys = diags
          .filter((d) => d.source === 'STAR Stories')
          .map((d) => `${d.code.value}@${d.range.start.line}:${d.range.start.character} ${d.message}`);
        assert.strictEqual(new Set(keys).size, keys.length, `duplicates in ${uri.path}: ${keys.join(' | ')}`);
      }
    }
  });

  it('limits Problems to open files when diagnostics.scope is openFiles', async () => {
    const closed = story('diag-never-opened.md');
    await waitFor(() => ours(closed).length > 0, 'workspace-wide diagnostics');
    await vscode.workspace.getConfiguration('starStories').update('diagnostics.scope', 'openFiles', vscode.ConfigurationTarget.Workspace);
    await waitFor(() => ours(closed).length === 0, 'closed files to leave Problems');
    const open = story('diag-we-only.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(open));
    await waitFor(() => rulesAt(open).includes('missing-i-contribution'), 'the open file to be checked');
  });
});
