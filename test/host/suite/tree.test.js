'use strict';
// The Principles view in a real VS Code: its nodes, counts and gaps follow the stories on disk and
// in editors, without a rescan. The tests switch to a catalog of their own (through workspace
// settings) so only this file's fixtures (stories/tree-*.md) can claim its principles, whatever
// other fixtures the workspace holds.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, storyUri, plain } = require('./support');

// Deliberately not alphabetical: the view must keep catalog order.
const CATALOG = {
  id: 'treetest',
  label: 'Tree test values',
  principles: ['Fast Delivery', 'Customer Care', 'Deep Curiosity', 'Quiet Courage'],
};
const FOCUS = { id: 'treefocus', label: 'Care and courage', catalog: 'treetest', principles: ['customer care', 'Quiet Courage'] };

function row(snapshot, principle) {
  return snapshot.principles.find((p) => p.principle === principle);
}

function names(stories) {
  return stories.map((s) => s.uri.slice(s.uri.lastIndexOf('/') + 1)).sort();
}

describe('Principles tree', function () {
  let api;
  const created = [];

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    api = await ext.activate();
    const config = vscode.workspace.getConfiguration('starStories');
    await config.update('catalogs', [CATALOG], vscode.ConfigurationTarget.Workspace);
    await config.update('focusSets', [FOCUS], vscode.ConfigurationTarget.Workspace);
    await config.update('catalog', 'treetest', vscode.ConfigurationTarget.Workspace);
    // Short fixtures would all be "too short"; with that rule off, a well-formed fixture has no findings.
    await config.update('rules', { 'story-length': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => {
      const s = api.tree.snapshot();
      return (
        s &&
        s.catalog === 'treetest' &&
        row(s, 'Customer Care').count === 2 &&
        s.unassigned.some((u) => u.uri.endsWith('/tree-unassigned.md'))
      );
    }, 'the tree to show the test catalog');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const gone = [...created];
    // Deleted as the Explorer does (a WorkspaceEdit), which also lets go of a document a test opened.
    const edit = new vscode.WorkspaceEdit();
    while (created.length) edit.deleteFile(created.pop(), { ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(edit);
    // The next test starts from the fixture's tree, not from one still holding these files.
    await waitFor(() => {
      const s = api.tree.snapshot();
      const shown = new Set([...s.principles.flatMap((p) => p.stories), ...s.unassigned].map((x) => x.uri));
      return gone.every((u) => !shown.has(u.toString()));
    }, 'files this test created to leave the tree');
    await vscode.commands.executeCommand('starStories.clearFilter');
  });

  after(async () => {
    const config = vscode.workspace.getConfiguration('starStories');
    for (const key of ['catalog', 'catalogs', 'focusSets', 'rules'])
      await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('lists the principles of the active catalog in catalog order, with story counts and gaps', async () => {
    const s = api.tree.snapshot();
    assert.deepStrictEqual(
      s.principles.map((p) => p.principle),
      CATALOG.principles,
    );
    assert.deepStrictEqual(
      s.principles.map((p) => [p.principle, p.count, p.gap]),
      [
        ['Fast Delivery', 1, false],
        ['Customer Care', 2, false],
        ['Deep Curiosity', 1, false],
        ['Quiet Courage', 0, true],
      ],
    );
    // The provider itself hands VS Code the same nodes, and the items say it to the user.
    const roots = await api.tree.provider.getChildren();
    const items = roots.map((n) => api.tree.provider.getTreeItem(n));
    assert.deepStrictEqual(
      items.slice(0, 4).map((i) => i.label),
      CATALOG.principles,
    );
    const care = items[1];
    assert.strictEqual(care.description, '2 stories');
    assert.strictEqual(care.contextValue, 'principle');
    assert.strictEqual(care.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const gap = items[3];
    assert.strictEqual(gap.contextValue, 'principle.gap');
    assert.ok(gap.iconPath instanceof vscode.ThemeIcon && gap.iconPath.id === 'warning', 'a gap has the warning icon');
    assert.notStrictEqual(care.iconPath.id, 'warning', 'a covered principle does not look like a gap');
    assert.match(plain(gap.tooltip), /No story yet for Quiet Courage/);
    assert.strictEqual(gap.collapsibleState, vscode.TreeItemCollapsibleState.None);
  });

  it('puts a story with three principles under each of them', () => {
    const s = api.tree.snapshot();
    for (const p of ['Fast Delivery', 'Customer Care', 'Deep Curiosity']) {
      assert.ok(
        row(s, p).stories.some((x) => x.uri.endsWith('/tree-multi.md')),
        `tree-multi.md under ${p}`,
      );
    }
    assert.deepStrictEqual(names(row(s, 'Customer Care').stories), ['tree-care.md', 'tree-multi.md']);
    assert.ok(!s.unassigned.some((x) => x.uri.endsWith('/tree-multi.md')));
  });

  it('collects stories without a principle of the catalog under a last "Unassigned" node', async () => {
    const s = api.tree.snapshot();
    assert.ok(s.unassigned.some((x) => x.uri.endsWith('/tree-unassigned.md')));
    // smoke.md names Amazon principles, which this catalog does not know.
    assert.ok(s.unassigned.some((x) => x.uri.endsWith('/smoke.md')));
    const roots = await api.tree.provider.getChildren();
    const last = roots[roots.length - 1];
    const item = api.tree.provider.getTreeItem(last);
    assert.strictEqual(item.label, 'Unassigned');
    const children = await api.tree.provider.getChildren(last);
    assert.strictEqual(children.length, s.unassigned.length);
  });

  it('shows each story by title with its problem count, opens it on click, and escapes its text in the tooltip', async () => {
    const roots = await api.tree.provider.getChildren();
    const care = roots.find((n) => api.tree.provider.getTreeItem(n).label === 'Customer Care');
    const children = await api.tree.provider.getChildren(care);
    const items = children.map((c) => api.tree.provider.getTreeItem(c));
    const clean = items.find((i) => i.resourceUri.path.endsWith('/tree-care.md'));
    assert.strictEqual(clean.label, 'Called every customer hit by the outage');
    assert.strictEqual(clean.description, undefined, 'a story without findings shows no count');
    assert.strictEqual(clean.contextValue, 'story');
    assert.strictEqual(clean.command.command, 'vscode.open');
    assert.strictEqual(clean.command.arguments[0].toString(), storyUri('tree-care.md').toString());
    assert.strictEqual(api.tree.provider.getParent(children[0]), care, 'getParent leads back to the principle');

    const unassignedRoot = roots[roots.length - 1];
    const loose = (await api.tree.provider.getChildren(unassignedRoot)).find((c) => c.file.uri.path.endsWith('/tree-unassigned.md'));
    const item = api.tree.provider.getTreeItem(loose);
    // Problems are warnings and errors; a note such as the story's length is not one.
    const n = api.index
      .get(storyUri('tree-unassigned.md'))
      .summary.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length;
    assert.ok(n >= 1, 'a story without principles has at least the no-principle finding');
    assert.strictEqual(item.description, n === 1 ? '1 problem' : `${n} problems`);
    // The first heading is the title; its Markdown must not become a live link in the tooltip.
    assert.strictEqual(item.label, 'Sped up the [weekly report](command:workbench.action.quit) *by hand*');
    const tip = item.tooltip;
    assert.ok(tip instanceof vscode.MarkdownString);
    assert.strictEqual(tip.isTrusted, false);
    assert.ok(!tip.supportHtml);
    assert.ok(tip.value.includes('\\[weekly') && tip.value.includes('\\(command:'), `the link is escaped: ${tip.value}`);
    assert.match(plain(tip), /\[weekly report\]\(command:workbench\.action\.quit\) \*by hand\*/, 'the title reads as written');
    const finding = api.index.get(storyUri('tree-unassigned.md')).summary.findings[0].message;
    assert.ok(plain(tip).includes(finding), `the tooltip lists the finding "${finding}"`);
  });

  it('badges the view with the number of stories that have problems', async () => {
    const expected = () =>
      api.index.stories().filter((f) => f.summary.findings.some((x) => x.severity === 'warning' || x.severity === 'error')).length;
    await waitFor(() => api.tree.badge() === expected(), 'badge to match the index');
    const before = api.tree.badge();
    assert.ok(before >= 1);
    assert.match(api.tree.view.badge.tooltip, new RegExp(`^${before} stor(y|ies) with problems$`));

    // A story that breaks a rule (no Result, no number) raises the badge by one.
    const uri = storyUri('tree-new-broken.md');
    created.push(uri);
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        '---\ntitle: Half a story\nprinciples:\n  - Quiet Courage\n---\n\n## Situation\n\nIt was late.\n\n## Task\n\nI had to decide.\n',
      ),
    );
    await waitFor(() => api.tree.badge() === before + 1, 'badge to count the broken story');
  });

  it('follows stories as they are created, edited in an editor, and deleted', async () => {
    const uri = storyUri('tree-new-courage.md');
    created.push(uri);
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        '---\ntitle: Said no to the launch date\nprinciples:\n  - Quiet Courage\n---\n\n## Situation\n\nThe launch was set for Friday.\n\n## Task\n\nI owned the release checklist.\n\n## Action\n\nI showed the director 3 failing checks and asked for a week.\n\n## Result\n\nWe shipped 5 days later with 0 rollbacks.\n',
      ),
    );
    let s = await waitFor(() => {
      const x = api.tree.snapshot();
      return row(x, 'Quiet Courage').stories.some((st) => st.uri === uri.toString()) && x;
    }, 'the new story to fill the gap');
    assert.strictEqual(row(s, 'Quiet Courage').count, 1);
    assert.strictEqual(row(s, 'Quiet Courage').gap, false);
    assert.strictEqual(row(s, 'Quiet Courage').stories[0].title, 'Said no to the launch date');

    // Edit the principles in an open editor (unsaved): the tree follows the editor's text.
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').indexOf('  - Quiet Courage');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(line, 0, line, doc.lineAt(line).text.length), '  - Deep Curiosity\n  - Fast Delivery');
    assert.ok(await vscode.workspace.applyEdit(edit));
    s = await waitFor(() => {
      const x = api.tree.snapshot();
      return row(x, 'Quiet Courage').count === 0 && row(x, 'Deep Curiosity').count === 2 && x;
    }, 'the edit to move the story');
    assert.strictEqual(row(s, 'Quiet Courage').gap, true);
    assert.ok(row(s, 'Fast Delivery').stories.some((x) => x.uri === uri.toString()));
    await doc.save();
  });

  it('drops a deleted story and shows the gap again', async () => {
    const uri = storyUri('tree-new-deleted.md');
    created.push(uri);
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from('---\ntitle: Short-lived story\nprinciples:\n  - Quiet Courage\n---\n\n## Situation\n\nA.\n\n## Result\n\nB.\n'),
    );
    await waitFor(() => row(api.tree.snapshot(), 'Quiet Courage').stories.some((x) => x.uri === uri.toString()), 'the story to appear');
    await vscode.workspace.fs.delete(uri);
    const s = await waitFor(() => {
      const x = api.tree.snapshot();
      return row(x, 'Quiet Courage').count === 0 && x;
    }, 'the deleted story to leave the tree');
    assert.strictEqual(row(s, 'Quiet Courage').gap, true);
  });

  it('filters to a focus set and back', async () => {
    const chosen = await vscode.commands.executeCommand('starStories.filterFocusSet', 'treefocus');
    assert.strictEqual(chosen, 'treefocus');
    let s = await waitFor(() => {
      const x = api.tree.snapshot();
      return x.filter === 'treefocus' && x;
    }, 'the filter');
    // Only the set's principles (its alias "customer care" resolved), in catalog order, and no Unassigned.
    assert.deepStrictEqual(
      s.principles.map((p) => p.principle),
      ['Customer Care', 'Quiet Courage'],
    );
    assert.deepStrictEqual(s.unassigned, []);
    assert.strictEqual(api.tree.view.description, 'Care and courage');

    await vscode.commands.executeCommand('starStories.clearFilter');
    s = api.tree.snapshot();
    assert.strictEqual(s.filter, undefined);
    assert.strictEqual(s.principles.length, 4);
    assert.strictEqual(api.tree.view.description, undefined);
  });

  it('refreshes through its title command', async () => {
    await vscode.commands.executeCommand('starStories.refresh');
    assert.strictEqual(row(api.tree.snapshot(), 'Customer Care').count, 2);
  });

  it("selects the active editor's story while the view is visible", async () => {
    await vscode.commands.executeCommand('starStories.principles.focus');
    await waitFor(() => api.tree.view.visible, 'the view to be visible');
    await vscode.window.showTextDocument(storyUri('tree-care.md'));
    await waitFor(
      () =>
        api.tree.view.selection.length === 1 &&
        api.tree.view.selection[0].file &&
        api.tree.view.selection[0].file.uri.path.endsWith('/tree-care.md'),
      'the story to be selected',
    );
    assert.strictEqual(api.tree.view.selection[0].parent.principle.name, 'Customer Care');
    await vscode.window.showTextDocument(storyUri('tree-multi.md'));
    await waitFor(
      () => api.tree.view.selection.length === 1 && api.tree.view.selection[0].file.uri.path.endsWith('/tree-multi.md'),
      'the next story to be selected',
    );
  });

  it('collapses every principle with Collapse All', async () => {
    await vscode.commands.executeCommand('starStories.principles.focus');
    await waitFor(() => api.tree.view.visible, 'the view to be visible');
    await vscode.window.showTextDocument(storyUri('tree-care.md'));
    await waitFor(() => api.tree.view.selection.length === 1, 'the story to be revealed (its principle expanded)');
    const collapsed = [];
    const sub = api.tree.view.onDidCollapseElement((e) => collapsed.push(e.element));
    try {
      await vscode.commands.executeCommand('starStories.collapseAll');
      await waitFor(
        () => collapsed.some((n) => n.kind === 'principle' && n.principle.name === 'Customer Care'),
        'Customer Care to collapse',
      );
    } finally {
      sub.dispose();
    }
  });
});
