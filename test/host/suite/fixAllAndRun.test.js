'use strict';
// source.fixAll.starStories: the fixes that change no prose, the kind editor.codeActionsOnSave names (as people set
// it up for ESLint or markdownlint); and starStories.run: checks as you type (the default) or on save.

const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');

const { EXTENSION_ID, waitFor, folder } = require('./support');

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'STAR Stories');
const rulesOf = (uri) => ours(uri).map((d) => d.code.value);

function storyText(principles, action = 'I rebuilt the retry logic.') {
  return `---\ntitle: The nightly import\nprinciples: ${principles}\n---\n\n## Situation\n\nThe nightly import failed twice a week.\n\n## Task\n\nI had to make it reliable.\n\n## Action\n\n${action}\n\n## Result\n\nFailures fell from 8 a month to 0.\n`;
}

describe('fix all on save, and when checks run', function () {
  this.timeout(60_000);
  let api;
  // A file of its own for each test: VS Code keeps a closed editor's document for a while, and a later test on the
  // same file would meet the earlier test's text.
  let n = 0;
  let current;
  const uri = () => current;
  beforeEach(() => {
    current = vscode.Uri.joinPath(folder(), 'stories', `fix-all-${++n}.md`);
  });

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('starStories').update('run', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(uri().fsPath, { force: true });
  });

  it('source.fixAll.starStories, the kind editor.codeActionsOnSave names, fixes principle names and a duplicate in one undo', async () => {
    fs.writeFileSync(uri().fsPath, storyText('[customer obsession, Ownership, ownership]'));
    const doc = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(doc);
    await waitFor(() => api.index.get(uri())?.documentVersion === doc.version, 'the story to be checked');
    // A request can be cancelled by the workbench while diagnostics are being published: asked until it answers.
    const offered = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider',
        uri(),
        new vscode.Range(0, 0, 0, 0),
        'source.fixAll.starStories',
      );
      return actions.length > 0 && actions;
    }, 'the fix-all action');
    assert.deepStrictEqual(
      offered.map((a) => [a.title, a.kind.value]),
      [['Fix principle names and duplicates', 'source.fixAll.starStories']],
    );
    // Applied as VS Code applies a source action on save: its edit, in one step. (Driving the save participant itself
    // in the headless workbench proved unreliable: it cancels code action requests when the window has no focus.)
    assert.ok(await vscode.workspace.applyEdit(offered[0].edit));
    await waitFor(
      () => doc.lineAt(2).text === 'principles: [Customer Obsession, Ownership]',
      `the fixed front matter (now ${JSON.stringify(doc.lineAt(2).text)})`,
      10_000,
    );
    // Nothing else in the story changed.
    assert.strictEqual(doc.getText(), storyText('[Customer Obsession, Ownership]'));
    await vscode.commands.executeCommand('undo');
    await waitFor(
      () => doc.lineAt(2).text === 'principles: [customer obsession, Ownership, ownership]',
      'one undo to bring the names back',
      5_000,
    );
  });

  it('offers no fix-all when there is nothing mechanical to fix', async () => {
    fs.writeFileSync(uri().fsPath, storyText('[Ownership, Teamwork]'));
    const doc = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(doc);
    await waitFor(() => api.index.get(uri())?.documentVersion === doc.version, 'the story to be checked');
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      uri(),
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.starStories',
    );
    assert.deepStrictEqual(
      actions.filter((a) => a.kind?.value === 'source.fixAll.starStories'),
      [],
    );
  });

  it('with starStories.run set to onSave, a story is checked when saved, not while typing', async () => {
    await vscode.workspace.getConfiguration('starStories').update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    fs.writeFileSync(uri().fsPath, storyText('[Ownership]'));
    const doc = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor(
      () => api.index.get(uri())?.checked && api.index.get(uri())?.documentVersion === doc.version,
      'the story to be checked when opened',
    );
    assert.ok(!rulesOf(uri()).includes('missing-i-contribution'));
    const checkedVersion = api.index.get(uri()).documentVersion;
    // Listeners run in the order they were added: once ours hears the change, the index has handled it.
    const heard = new Promise((resolve) => {
      const listener = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc && e.contentChanges.length > 0) {
          listener.dispose();
          resolve();
        }
      });
    });
    const action = doc.getText().indexOf('I rebuilt the retry logic.');
    await editor.edit((b) =>
      b.replace(
        new vscode.Range(doc.positionAt(action), doc.positionAt(action + 'I rebuilt the retry logic.'.length)),
        'We rebuilt the retry logic.',
      ),
    );
    await heard;
    // Typing schedules no check: the index keeps the version it had, and Problems stays as it was.
    assert.strictEqual(api.index.hasPendingCheck(uri()), false, 'a check was scheduled while typing');
    assert.strictEqual(api.index.get(uri()).documentVersion, checkedVersion);
    assert.ok(!rulesOf(uri()).includes('missing-i-contribution'));
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor(() => !doc.isDirty, 'the save', 10_000);
    await waitFor(
      () => rulesOf(uri()).includes('missing-i-contribution'),
      `the finding once saved (now ${JSON.stringify(rulesOf(uri()))}, index version ${api.index.get(uri())?.documentVersion} of ${doc.version})`,
      10_000,
    );
  });
});
