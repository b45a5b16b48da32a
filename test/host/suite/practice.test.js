'use strict';
// Practice a Question in a real VS Code: the question fits the principle, the stories tagged with it
// are offered and open beside, the status bar timer runs and changes colour against the length
// target, practice counts are remembered and reach the Principles view, and "Surprise me" leans toward
// gaps and the focus set.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, folder, storyUri: story, plain } = require('./support');

const base = (uri) => uri.slice(uri.lastIndexOf('/') + 1);

function practice(args) {
  // notify: false keeps notifications from piling up; the question itself comes back in the result.
  return vscode.commands.executeCommand('starStories.practice', { pickStory: false, notify: false, ...args });
}

describe('Practice a Question', function () {
  let api;

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
    await vscode.commands.executeCommand('starStories.clearFilter');
    await waitFor(() => api.index.get(story('practice-storage-tiers.md')), 'the practice fixtures in the index');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('starStories.stopPractice');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('asks a question mapped to the chosen principle and offers the stories tagged with it', async () => {
    // Any spelling the catalog knows is accepted.
    const result = await practice({ principle: 'frugal' });
    assert.strictEqual(result.principle, 'Frugality');
    assert.ok(result.question.principles.includes('Frugality'), `${result.question.id}: ${result.question.principles}`);
    assert.match(result.question.text, /\?$|\.$/);
    assert.strictEqual(result.surprise, false);
    assert.strictEqual(result.gap, false);

    const offered = result.stories.map((s) => base(s.uri));
    assert.ok(offered.includes('practice-spare-laptops.md') && offered.includes('practice-storage-tiers.md'), offered.join(', '));
    assert.ok(!offered.includes('practice-owned-outage.md'), 'a story tagged only Earn Trust is not offered for Frugality');
    // Exactly the index's Frugality stories (other fixtures may claim it too), by title.
    const expected = api.index.stories().filter((f) => f.summary.canonicalPrinciples.includes('Frugality'));
    assert.deepStrictEqual(new Set(result.stories.map((s) => s.uri)), new Set(expected.map((f) => f.uri.toString())));
    const titles = result.stories.map((s) => s.title);
    assert.deepStrictEqual(
      titles,
      [...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })),
    );
    assert.ok(titles.includes('Reused returned laptops instead of buying new ones'));
  });

  it('opens the picked story beside the current editor', async () => {
    await vscode.window.showTextDocument(story('practice-owned-outage.md'), { viewColumn: vscode.ViewColumn.One });
    const target = story('practice-storage-tiers.md').toString();
    const result = await practice({ principle: 'Invent and Simplify', story: target });
    assert.strictEqual(result.opened, target);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor.document.uri.toString(), target);
    assert.strictEqual(editor.viewColumn, vscode.ViewColumn.Two);
    // A story not among the offered ones is not opened.
    const other = await practice({ principle: 'Invent and Simplify', story: story('practice-owned-outage.md').toString() });
    assert.strictEqual(other.opened, undefined);
    assert.strictEqual(vscode.window.activeTextEditor.document.uri.toString(), target);
  });

  it('with no editor open, opens the story in the editor area, not in a narrow column beside an empty group', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.editorLayoutSingle');
    const target = story('practice-storage-tiers.md').toString();
    const result = await practice({ principle: 'Invent and Simplify', story: target });
    assert.strictEqual(result.opened, target);
    assert.strictEqual(vscode.window.activeTextEditor.document.uri.toString(), target);
    assert.strictEqual(vscode.window.activeTextEditor.viewColumn, vscode.ViewColumn.One);
    assert.deepStrictEqual(
      vscode.window.tabGroups.all.map((g) => g.tabs.length),
      [1],
      'one editor group, holding the story',
    );
  });

  it('refuses a name that is no principle of the catalog, and counts nothing', async () => {
    const before = api.practice.counts();
    const result = await practice({ principle: 'Telepathy' });
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(api.practice.counts(), before);
    assert.strictEqual(api.practice.timer(), undefined);
  });

  it('runs a timer in the status bar that counts up against the longest target, until stopped', async () => {
    assert.strictEqual(api.practice.timer(), undefined);
    await practice({ principle: 'Earn Trust' });
    const first = api.practice.timer();
    assert.ok(first, 'the timer runs');
    // The default target is 1.5 to 3 minutes.
    assert.match(first.text, /^\$\(clock\) 0:0[0-1] \/ 3:00 — Earn Trust$/);
    assert.strictEqual(first.state, 'ok');
    const later = await waitFor(
      () => {
        const t = api.practice.timer();
        return t && /^\$\(clock\) 0:0[2-9] /.test(t.text) && t;
      },
      'the timer to pass two seconds',
      6000,
    );
    assert.ok(later.elapsedSeconds >= 2);

    const stopped = await vscode.commands.executeCommand('starStories.stopPractice');
    assert.strictEqual(stopped.principle, 'Earn Trust');
    assert.ok(stopped.seconds >= 2, `${stopped.seconds}`);
    assert.strictEqual(api.practice.timer(), undefined, 'stopping hides the timer');
    // Stopping again is harmless.
    assert.strictEqual(await vscode.commands.executeCommand('starStories.stopPractice'), undefined);
  });

  it('starts over for a new question, with the new principle', async () => {
    await practice({ principle: 'Earn Trust' });
    await waitFor(() => api.practice.timer().elapsedSeconds >= 1.1, 'a second to pass');
    await practice({ principle: 'Dive Deep' });
    const t = api.practice.timer();
    assert.match(t.text, /^\$\(clock\) 0:00 \/ 3:00 — Dive Deep$/);
  });

  it('shortens a long principle name in the status bar', async () => {
    await practice({ principle: 'Success and Scale Bring Broad Responsibility' });
    const t = api.practice.timer();
    assert.strictEqual(t.principle, 'Success and Scale Bring Broad Responsibility');
    assert.match(t.text, / — Success and Scale Bring Bro…$/);
  });

  describe('with a short length target', () => {
    before(async () => {
      const config = vscode.workspace.getConfiguration('starStories');
      // 1.2 s to 3 s, so the colours change within a test.
      await config.update('length.minMinutes', 0.02, vscode.ConfigurationTarget.Workspace);
      await config.update('length.maxMinutes', 0.05, vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (await api.configs.configFor(folder())).length.maxMinutes === 0.05, 'the new length target');
    });

    after(async () => {
      const config = vscode.workspace.getConfiguration('starStories');
      for (const key of ['length.minMinutes', 'length.maxMinutes'])
        await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('turns to the warning colour past the shortest target and the error colour past the longest', async () => {
      await practice({ principle: 'Deliver Results' });
      const t = api.practice.timer();
      assert.match(t.text, /\/ 0:03 — Deliver Results$/);
      assert.strictEqual(t.state, 'ok');
      const warning = await waitFor(() => api.practice.timer().state === 'warning' && api.practice.timer(), 'the warning colour', 5000);
      assert.ok(warning.elapsedSeconds > 1.2 && warning.elapsedSeconds <= 3.5, `${warning.elapsedSeconds}`);
      const error = await waitFor(() => api.practice.timer().state === 'error' && api.practice.timer(), 'the error colour', 5000);
      assert.ok(error.elapsedSeconds > 3, `${error.elapsedSeconds}`);
      assert.match(error.text, /^\$\(clock\) 0:0[3-9] \/ 0:03 /);
    });
  });

  it('remembers how often each principle was practised and shows it in the Principles view', async () => {
    const before = api.practice.counts()['Think Big'] ?? 0;
    await practice({ principle: 'Think Big' });
    await practice({ principle: 'think bigger' });
    assert.strictEqual(api.practice.counts()['Think Big'], before + 2);

    const tooltipOf = async (name) => {
      await api.tree.refreshNow();
      const roots = await api.tree.provider.getChildren();
      const node = roots.find((n) => n.kind === 'principle' && n.principle.name === name);
      return plain(api.tree.provider.getTreeItem(node).tooltip);
    };
    assert.match(await tooltipOf('Think Big'), new RegExp(`Practised ${before + 2} times\\.`));
    // A principle never practised says nothing about practice. (Other test files practise some principles in the
    // same VS Code: one nobody practised yet is taken.)
    const counts = api.practice.counts();
    const names = require(require('path').join(process.env.STAR_HOST_REPO_ROOT, 'out', 'core')).AMAZON_CATALOG.principles.map(
      (p) => p.name,
    );
    const fresh = names.find((p) => !(counts[p] > 0));
    assert.ok(fresh, `every candidate was practised already: ${JSON.stringify(counts)}`);
    assert.doesNotMatch(await tooltipOf(fresh), /Practised/);
    await practice({ principle: fresh });
    assert.match(await tooltipOf(fresh), /Practised once\./);
  });

  describe('"Surprise me" with a catalog of its own', () => {
    // Only this block's stories can claim these names, so coverage is known exactly.
    const CATALOG = { id: 'practicetest', label: 'Practice test values', principles: ['Lantern Keeping', 'Open Doorways'] };
    const FOCUS = { id: 'practicefocus', label: 'Lanterns', catalog: 'practicetest', principles: ['lantern keeping'] };
    const created = [story('practice-lantern-1.md'), story('practice-lantern-2.md')];

    before(async () => {
      const config = vscode.workspace.getConfiguration('starStories');
      await config.update('catalogs', [CATALOG], vscode.ConfigurationTarget.Workspace);
      await config.update('focusSets', [FOCUS], vscode.ConfigurationTarget.Workspace);
      await config.update('catalog', 'practicetest', vscode.ConfigurationTarget.Workspace);
      const edit = new vscode.WorkspaceEdit();
      for (const [i, uri] of created.entries()) {
        const text = `---\ntitle: Lantern story ${i + 1}\nprinciples: [Lantern Keeping]\n---\n\n## Situation\n\nA release was at risk.\n\n## Task\n\nI had to keep it on track.\n\n## Action\n\nI split the work into 4 parts.\n\n## Result\n\nWe shipped 2 days early.\n`;
        edit.createFile(uri, { overwrite: false, contents: new TextEncoder().encode(text) });
      }
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor(() => {
        const s = api.tree.snapshot();
        const row = s && s.catalog === 'practicetest' && s.principles.find((p) => p.principle === 'Lantern Keeping');
        if (!row || row.count !== 2)
          throw new Error(
            JSON.stringify({
              catalog: s && s.catalog,
              rows: s && s.principles.map((p) => [p.principle, p.count]),
              indexed: created.map((u) => !!api.index.get(u)),
            }),
          );
        return true;
      }, 'the tree to show the test catalog with two Lantern Keeping stories');
    });

    after(async () => {
      await vscode.commands.executeCommand('starStories.clearFilter');
      const edit = new vscode.WorkspaceEdit();
      for (const uri of created) edit.deleteFile(uri, { ignoreIfNotExists: true });
      await vscode.workspace.applyEdit(edit);
      const config = vscode.workspace.getConfiguration('starStories');
      for (const key of ['catalog', 'catalogs', 'focusSets']) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('leans toward the gap: one random value picks the gap where an even choice would not', async () => {
      const counts = api.practice.counts();
      assert.ok(!counts['Lantern Keeping'] && !counts['Open Doorways'], 'nothing practised yet in this catalog');
      // Weights: Lantern Keeping (2 stories) 1, Open Doorways (gap) 3. At 0.3 the walk lands on Open Doorways;
      // without the lean (1 and 1) it would land on Lantern Keeping.
      const result = await practice({ random: 0.3 });
      assert.strictEqual(result.surprise, true);
      assert.strictEqual(result.principle, 'Open Doorways');
      assert.strictEqual(result.gap, true);
      assert.deepStrictEqual(result.stories, []);
      assert.strictEqual(result.focus, undefined);
      // A catalog of one's own has no written questions: a made-up one names the principle.
      assert.match(result.question.text, /"Open Doorways"/);
      assert.strictEqual(api.practice.timer().principle, 'Open Doorways');
    });

    it('leans toward the focus set the Principles view is filtered to', async () => {
      assert.strictEqual(await vscode.commands.executeCommand('starStories.filterFocusSet', 'practicefocus'), 'practicefocus');
      // Now: Lantern Keeping 1 × 4 (focus) = 4; Open Doorways 3 / (1 + 1 practised) = 1.5. At 0.6 the walk lands
      // on Lantern Keeping; without the focus lean (1 and 1.5) it would land on Open Doorways.
      const result = await practice({ random: 0.6 });
      assert.deepStrictEqual(result.focus, ['Lantern Keeping']);
      assert.strictEqual(result.principle, 'Lantern Keeping');
      assert.deepStrictEqual(result.stories.map((s) => base(s.uri)).sort(), ['practice-lantern-1.md', 'practice-lantern-2.md']);

      await vscode.commands.executeCommand('starStories.clearFilter');
      const unfiltered = await practice({ random: 0.6 });
      assert.strictEqual(unfiltered.focus, undefined);
      // Lantern Keeping 1/(1+0), Open Doorways 3/(1+0) now that both were practised once: 0.6 lands on Open Doorways.
      assert.strictEqual(unfiltered.principle, 'Open Doorways');
    });
  });
});
