'use strict';
// A new story bank in the Principles view: a principle with no story yet is a to-do, shown neutrally, until the bank
// has a few stories; from then on a gap is marked with a warning. The file empties the fixture's bank down to two
// stories (the runner puts the fixture back for the next file).

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor } = require('./support');

const story = (title, principle) =>
  `---\ntitle: ${title}\nprinciples: [${principle}]\n---\n## Situation\n\nThe nightly job failed.\n\n## Task\n\nI had to fix it.\n\n## Action\n\nI rewrote it.\n\n## Result\n\nFailures fell from 8 to 0 a month.\n`;

describe('Principles view for a new bank', function () {
  let api;
  const root = () => vscode.workspace.workspaceFolders[0].uri;
  const saved = [];
  let fixtureCount = 0;

  // The fixture's bank back, and in the index, before the next file's tests read it.
  after(async () => {
    for (const uri of await vscode.workspace.findFiles('**/*.md')) await vscode.workspace.fs.delete(uri);
    for (const [uri, bytes] of saved) await vscode.workspace.fs.writeFile(uri, bytes);
    await waitFor(() => api.index.stories().length === fixtureCount, 'the fixture bank back in the index', 15_000);
  });

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
    fixtureCount = api.index.stories().length;
    for (const uri of await vscode.workspace.findFiles('**/*.md')) {
      saved.push([uri, await vscode.workspace.fs.readFile(uri)]);
      await vscode.workspace.fs.delete(uri);
    }
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root(), 'one.md'), new TextEncoder().encode(story('First', 'Ownership')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root(), 'two.md'), new TextEncoder().encode(story('Second', 'Frugality')));
    await waitFor(() => api.index.stories().length === 2, 'a bank of two stories', 15_000);
  });

  const gapIcons = async () => {
    await api.tree.refreshNow();
    const roots = await api.tree.provider.getChildren();
    const items = roots.map((n) => api.tree.provider.getTreeItem(n)).filter((i) => i.contextValue === 'principle.gap');
    return [...new Set(items.map((i) => i.iconPath.id))];
  };

  it('shows the gaps of a two-story bank without warning triangles, as to-dos', async () => {
    assert.deepStrictEqual(await gapIcons(), ['circle-large-outline']);
  });

  it('marks the gaps as warnings once the bank has five stories', async () => {
    for (const [i, p] of ['Dive Deep', 'Earn Trust', 'Think Big'].entries()) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root(), `more-${i}.md`), new TextEncoder().encode(story(`More ${i}`, p)));
    }
    await waitFor(() => api.index.stories().length === 5, 'a bank of five stories', 15_000);
    assert.deepStrictEqual(await gapIcons(), ['warning']);
  });
});
