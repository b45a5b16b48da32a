'use strict';
// New Story in a real VS Code: the file lands in the stories folder with the template, opens in an
// editor, is indexed as a story, and an existing file is never written over.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor } = require('./support');

const root = () => vscode.workspace.workspaceFolders[0].uri;
const read = async (uri) => Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
const base = (uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

async function exists(uri) {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('New Story', function () {
  let api;
  const cleanup = [];

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('starStories').update('newStory.folder', undefined, vscode.ConfigurationTarget.Workspace);
    // Files go as the Explorer deletes them (a WorkspaceEdit), which also releases the documents the
    // command opened, so the index lets go of them before the next test; folders go through fs.
    const files = cleanup.splice(0).filter(Boolean);
    const edit = new vscode.WorkspaceEdit();
    for (const uri of files) if (uri.path.endsWith('.md')) edit.deleteFile(uri, { ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(edit);
    for (const uri of files)
      if (!uri.path.endsWith('.md')) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    await waitFor(() => files.every((uri) => !api.index.get(uri)), 'the deleted stories to leave the index');
  });

  it('creates stories/<slug>.md from the template, opens it, and the index reads it as a story', async () => {
    const uri = await vscode.commands.executeCommand('starStories.newStory', {
      title: 'Cut onboarding from 5 days to 2',
      principles: ['Ownership', 'bias to action'],
    });
    cleanup.push(uri);
    assert.ok(uri instanceof vscode.Uri, 'the command returns the new file');
    assert.strictEqual(uri.toString(), vscode.Uri.joinPath(root(), 'stories', 'cut-onboarding-from-5-days-to-2.md').toString());

    const text = await read(uri);
    assert.match(
      text,
      /^---\ntitle: Cut onboarding from 5 days to 2\nprinciples:\n {2}- Ownership\n {2}- Bias for Action\n---\n/,
      'front matter with the catalog spelling',
    );
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    assert.deepStrictEqual(headings, ['## Situation', '## Task', '## Action', '## Result']);

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.strictEqual(editor.document.uri.toString(), uri.toString());
    // The first prompt is selected, so typing replaces it.
    assert.match(editor.document.getText(editor.selection), /^<Where were you/);

    const indexed = await waitFor(() => api.index.get(uri), 'the index to read the new story');
    assert.strictEqual(indexed.summary.isStory, true);
    assert.strictEqual(indexed.displayTitle, 'Cut onboarding from 5 days to 2');
    assert.deepStrictEqual(indexed.summary.canonicalPrinciples, ['Ownership', 'Bias for Action']);
    // The unanswered prompts are flagged until the writer replaces them.
    assert.ok(
      indexed.summary.findings.some((f) => f.rule === 'template-placeholder'),
      'prompts count as template text',
    );
  });

  it('never overwrites: the same title twice gives a second file, and the first keeps its text', async () => {
    const args = { title: 'Twice told tale', principles: ['Earn Trust'] };
    const first = await vscode.commands.executeCommand('starStories.newStory', args);
    cleanup.push(first);
    // The writer has started on the first story, and saved it.
    const edited = (await read(first)).replace(/<Where were you[^>]*>/, 'I ran the night desk.');
    await vscode.workspace.fs.writeFile(first, Buffer.from(edited));

    const second = await vscode.commands.executeCommand('starStories.newStory', args);
    cleanup.push(second);
    assert.strictEqual(base(first), 'twice-told-tale.md');
    assert.strictEqual(base(second), 'twice-told-tale-2.md');
    assert.strictEqual(await read(first), edited, 'the first file is unchanged');
    assert.match(await read(second), /<Where were you/);

    const third = await vscode.commands.executeCommand('starStories.newStory', args);
    cleanup.push(third);
    assert.strictEqual(base(third), 'twice-told-tale-3.md');
  });

  it('skips a name taken by a file it did not create', async () => {
    const taken = vscode.Uri.joinPath(root(), 'stories', 'already-here.md');
    cleanup.push(taken);
    await vscode.workspace.fs.writeFile(taken, Buffer.from('my own notes\n'));
    const uri = await vscode.commands.executeCommand('starStories.newStory', { title: 'Already here', principles: [] });
    cleanup.push(uri);
    assert.strictEqual(base(uri), 'already-here-2.md');
    assert.strictEqual(await read(taken), 'my own notes\n');
    assert.match(await read(uri), /\nprinciples: \[\]\n/);
  });

  it('keeps a title with YAML-special characters exactly', async () => {
    const title = 'Fixed: the "404" bug # twice';
    const uri = await vscode.commands.executeCommand('starStories.newStory', { title, principles: ['Dive Deep'] });
    cleanup.push(uri);
    assert.strictEqual(base(uri), 'fixed-the-404-bug-twice.md');
    const indexed = await waitFor(() => api.index.get(uri), 'the index to read it');
    assert.strictEqual(indexed.displayTitle, title);
    assert.ok(!indexed.summary.findings.some((f) => f.rule === 'invalid-front-matter'), 'the front matter parses');
  });

  it('uses and creates the folder from starStories.newStory.folder, and refuses one outside the workspace', async () => {
    const config = vscode.workspace.getConfiguration('starStories');
    await config.update('newStory.folder', 'bank/interviews', vscode.ConfigurationTarget.Workspace);
    const uri = await vscode.commands.executeCommand('starStories.newStory', { title: 'Nested one', principles: ['Frugality'] });
    cleanup.push(uri, vscode.Uri.joinPath(root(), 'bank'));
    assert.strictEqual(uri.toString(), vscode.Uri.joinPath(root(), 'bank', 'interviews', 'nested-one.md').toString());
    assert.ok(await exists(uri));

    await config.update('newStory.folder', '../outside', vscode.ConfigurationTarget.Workspace);
    const refused = await vscode.commands.executeCommand('starStories.newStory', { title: 'Escapee', principles: [] });
    assert.strictEqual(refused, undefined);
    assert.ok(!(await exists(vscode.Uri.joinPath(root(), '..', 'outside', 'escapee.md'))));
  });

  it('"New Story for this Principle" from a tree node uses that principle', async () => {
    await waitFor(() => api.tree.snapshot(), 'the tree model');
    const roots = await api.tree.provider.getChildren();
    const node = roots.find((n) => n.kind === 'principle' && n.principle.name === 'Think Big');
    assert.ok(node, 'the Amazon catalog has Think Big');
    const uri = await vscode.commands.executeCommand('starStories.newStoryForPrinciple', node, { title: 'Pitched the regional expansion' });
    cleanup.push(uri);
    assert.match(await read(uri), /\nprinciples:\n {2}- Think Big\n---\n/);
    // And the tree counts it there.
    await waitFor(() => {
      const row = api.tree.snapshot().principles.find((p) => p.principle === 'Think Big');
      return row && row.stories.some((s) => s.uri === uri.toString());
    }, 'the tree to list the new story under Think Big');
  });
});
