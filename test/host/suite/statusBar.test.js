'use strict';
// The status bar item in a real VS Code: it shows the active story's STAR sections and spoken length,
// follows edits, and hides for anything that is not a story.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor } = require('./support');

const story = (name) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'stories', name);

describe('Story status bar item', function () {
  let api;

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows which STAR sections a story has and how long it takes to tell', async () => {
    const uri = story('tree-status-no-action.md');
    await vscode.window.showTextDocument(uri);
    const text = await waitFor(() => api.statusBar.text(), 'the item to show');
    const minutes = api.index.get(uri).summary.minutes;
    assert.ok(minutes > 0);
    assert.strictEqual(text, `STAR: S✓ T✓ A✗ R✓ · ${minutes.toFixed(1)} min`);
    assert.match(api.statusBar.tooltip(), /Missing: Action\./);
    assert.match(api.statusBar.tooltip(), /Problems panel/);
  });

  it('does not count a note (the story length) as a problem, here or in the Principles view', async () => {
    const uri = story('only-a-note.md');
    const text = [
      '---',
      'title: Fixing the flaky release',
      'principles: [Ownership]',
      '---',
      '## Situation',
      '',
      'Our release pipeline failed one run in five, and the team had stopped trusting it.',
      '',
      '## Task',
      '',
      'My manager asked me to make releases dependable before the holiday freeze.',
      '',
      '## Action',
      '',
      'I rewrote the release job and I added a retry to the one flaky step.',
      '',
      '## Result',
      '',
      'Failed releases fell from 12 to 2 a month.',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await vscode.window.showTextDocument(uri);
      await waitFor(() => api.index.get(uri), 'the story in the index');
      // Notes only: its length, and the coach's (no role said).
      const findings = api.index.get(uri).summary.findings;
      assert.ok(
        findings.some((f) => f.rule === 'story-length'),
        JSON.stringify(findings),
      );
      assert.deepStrictEqual(
        findings.filter((f) => f.severity !== 'info').map((f) => f.rule),
        [],
      );
      await waitFor(() => api.statusBar.text() && api.statusBar.tooltip(), 'the item to show');
      assert.match(api.statusBar.tooltip(), /No problems found/);
      const snapshot = await api.tree.refreshNow();
      const row = snapshot.principles.find((p) => p.principle === 'Ownership');
      assert.ok(row, 'Ownership in the tree');
      const problemStories = api.index
        .stories()
        .filter((f) => f.summary.findings.some((x) => x.severity === 'warning' || x.severity === 'error'));
      assert.strictEqual(api.tree.badge() ?? 0, problemStories.length, 'the badge counts stories with warnings or errors only');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('follows edits to the active story', async () => {
    const uri = story('tree-status-no-action.md');
    const editor = await vscode.window.showTextDocument(uri);
    await waitFor(() => api.statusBar.text() && api.statusBar.text().includes('A✗'), 'the item to show the missing Action');
    const resultLine = editor.document.getText().split('\n').indexOf('## Result');
    const ok = await editor.edit((b) =>
      b.insert(
        new vscode.Position(resultLine, 0),
        '## Action\n\nI interviewed every on-call engineer and rewrote each page of the runbook with them.\n\n',
      ),
    );
    assert.ok(ok);
    const text = await waitFor(
      () => api.statusBar.text() && api.statusBar.text().includes('A✓') && api.statusBar.text(),
      'the item to see the new Action',
    );
    assert.match(text, /^STAR: S✓ T✓ A✓ R✓ · \d+\.\d min$/);
    assert.match(api.statusBar.tooltip(), /All four STAR sections are present/);
    // Leave the fixture as it was: drop the unsaved edit.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => api.statusBar.text() && api.statusBar.text().includes('A✗'), 'the revert to show the missing Action again');
  });

  it('hides for Markdown that is not a story and for other files, and shows again for a story', async () => {
    await vscode.window.showTextDocument(story('tree-multi.md'));
    await waitFor(() => api.statusBar.text(), 'the item to show for a story');

    await vscode.window.showTextDocument(story('tree-notes.md'));
    await waitFor(() => api.statusBar.text() === undefined, 'the item to hide for notes');

    await vscode.window.showTextDocument(story('tree-multi.md'));
    await waitFor(() => api.statusBar.text(), 'the item to show again');

    const plain = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: '## Situation\n\nNot Markdown.\n\n## Result\n\nStill not.\n',
    });
    await vscode.window.showTextDocument(plain);
    await waitFor(() => api.statusBar.text() === undefined, 'the item to hide for a plain-text file');
  });

  it('opens the Problems panel on click', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    // Rejects if the panel command behind the click did not exist.
    await vscode.commands.executeCommand('starStories.openProblems');
  });
});
