'use strict';
// The Story Coverage panel in a real VS Code: one webview panel with principles × stories, counts and
// gaps, each story's health, escaped story text, a strict policy, and story links the extension checks
// before it opens anything. The tests switch to a catalog of their own (workspace settings), so only this
// file's fixtures (stories/coverage-*.md) can claim its principles, whatever other fixtures exist.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, storyUri } = require('./support');

const HOSTILE_PRINCIPLE = '"><script>';
// Deliberately not alphabetical: the columns must keep catalog order.
const CATALOG = {
  id: 'covtest',
  label: 'Coverage test values',
  principles: ['Plain Speaking', 'Steady Hands', HOSTILE_PRINCIPLE, 'Open Doors'],
};

const DECODE = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => DECODE[e]);
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => Object.keys(DECODE).find((k) => DECODE[k] === c));

/** Principle columns as the page shows them: name, count, and whether it is marked as a gap. */
function columns(html) {
  const names = [...html.matchAll(/<th scope="col" class="principle( gap)?"[^>]*><span>([^<]*)<\/span><\/th>/g)];
  const counts = [...html.matchAll(/<td class="count( gap)?"[^>]*>(\d+)/g)];
  return names.map((m, i) => [decode(m[2]), Number(counts[i] && counts[i][2]), !!m[1] && !!(counts[i] && counts[i][1])]);
}

/** The summary line as text, gap names included. */
function summary(html) {
  const m = /<p class="summary" id="summary">(.*?)<\/p>/.exec(html);
  return m && decode(m[1].replace(/<[^>]*>/g, ''));
}

function rowOf(html, uri) {
  const rows = html
    .split('<tr class="story')
    .slice(1)
    .map((r) => r.slice(0, r.indexOf('</tr>')));
  return rows.find((r) => r.includes(`data-id="${escapeHtml(uri.toString())}"`));
}

function coverageTabs() {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('starStories.coverage'));
}

describe('Story Coverage panel', function () {
  let api;
  let extensionUri;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    extensionUri = ext.extensionUri;
    api = await ext.activate();
    const config = vscode.workspace.getConfiguration('starStories');
    await config.update('catalogs', [CATALOG], vscode.ConfigurationTarget.Workspace);
    await config.update('catalog', 'covtest', vscode.ConfigurationTarget.Workspace);
    // Short fixtures would all be "too short"; with that rule off, the well-formed fixture has no problems (the
    // coach's notes are information, not problems).
    await config.update('rules', { 'story-length': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => {
      const f = api.index.get(storyUri('coverage-hostile.md'));
      const g = api.index.get(storyUri('coverage-checklist.md'));
      return (
        f &&
        g &&
        f.summary.canonicalPrinciples.includes(HOSTILE_PRINCIPLE) &&
        g.summary.findings.every((x) => x.severity !== 'warning' && x.severity !== 'error')
      );
    }, 'the index to read the fixtures with the test catalog');
  });

  afterEach(async () => {
    const panel = api.coverage.panel();
    if (panel) panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    const config = vscode.workspace.getConfiguration('starStories');
    for (const key of ['catalog', 'catalogs', 'rules']) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  async function openPanel() {
    await vscode.commands.executeCommand('starStories.showCoverage');
    return waitFor(() => {
      const html = api.coverage.html();
      return html && rowOf(html, storyUri('coverage-checklist.md')) && html;
    }, 'the panel to list the fixture stories');
  }

  it('opens one "Story Coverage" panel from its command, and brings it back instead of opening another', async () => {
    await openPanel();
    const panel = api.coverage.panel();
    assert.strictEqual(panel.title, 'Story Coverage');
    // The tab model reaches the extension host a moment after the panel does.
    const [tab] = await waitFor(() => coverageTabs().length === 1 && coverageTabs(), 'one coverage tab');
    assert.strictEqual(tab.label, 'Story Coverage');
    // Scripts run, but the webview may load files from media/ only.
    assert.strictEqual(panel.webview.options.enableScripts, true);
    assert.deepStrictEqual(panel.webview.options.localResourceRoots.map(String), [vscode.Uri.joinPath(extensionUri, 'media').toString()]);

    // Away from the panel and back: the same panel comes forward.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(storyUri('coverage-checklist.md')), {
      viewColumn: panel.viewColumn,
    });
    await waitFor(() => !panel.active, 'the story to cover the panel');
    await vscode.commands.executeCommand('starStories.showCoverage');
    await waitFor(() => panel.active, 'the panel to come forward');
    assert.strictEqual(api.coverage.panel(), panel);
    assert.strictEqual(coverageTabs().length, 1, 'still one coverage tab');

    // Closed, it lets go: no HTML, and the next command opens a fresh panel.
    panel.dispose();
    assert.strictEqual(api.coverage.html(), undefined);
    assert.strictEqual(api.coverage.panel(), undefined);
    await openPanel();
    assert.notStrictEqual(api.coverage.panel(), panel);
    await waitFor(() => coverageTabs().length === 1, 'one coverage tab after reopening');
  });

  it('lists the principles in catalog order with story counts, marks the gap, and sums it up on top', async () => {
    const html = await openPanel();
    assert.deepStrictEqual(columns(html), [
      ['Plain Speaking', 2, false],
      ['Steady Hands', 1, false],
      [HOSTILE_PRINCIPLE, 1, false],
      ['Open Doors', 0, true],
    ]);
    const n = api.index.stories().length;
    // The other features' fixtures name no principle of this catalog.
    const unassigned = api.index.stories().filter((f) => !f.summary.canonicalPrinciples.some((p) => CATALOG.principles.includes(p))).length;
    const loose =
      unassigned === 0 ? '' : ` · ${unassigned} ${unassigned === 1 ? 'story names' : 'stories name'} no principle of this catalog`;
    assert.strictEqual(summary(html), `${n} stories · 3 of 4 principles covered${loose} · 1 gap: Open Doors`);
    // Every story in the index has a row, fixtures of other features included.
    for (const f of api.index.stories()) assert.ok(rowOf(html, f.uri), `a row for ${f.uri.path}`);
  });

  it("shows each story's sections, number in the result, own contribution and problem count", async () => {
    const html = await openPanel();
    const marks = (row) => [...row.matchAll(/<td class="mark (yes|no)/g)].map((m) => m[1] === 'yes');
    const problems = (row) => Number(/<td class="findings[^"]*"[^>]*>(\d+)<\/td>/.exec(row)[1]);
    const principleCells = (row) => [...row.matchAll(/<td class="(hit|miss)/g)].map((m) => m[1] === 'hit');

    const good = rowOf(html, storyUri('coverage-checklist.md'));
    assert.match(good, />Rebuilt the deploy checklist<\/button>/);
    assert.match(good, /<span class="file">stories\/coverage-checklist\.md<\/span>/);
    assert.deepStrictEqual(principleCells(good), [true, true, false, false]);
    // S, T, A, R, a number, an "I", then the coach's: a role stated (not here), clear of hedges.
    assert.deepStrictEqual(marks(good), [true, true, true, true, true, true, false, true]);
    assert.strictEqual(problems(good), 0);

    const bad = rowOf(html, storyUri('coverage-hostile.md'));
    assert.deepStrictEqual(principleCells(bad), [true, false, true, false]);
    // No Task section, no number in the Result, only "we" in the Action.
    assert.deepStrictEqual(marks(bad), [true, false, true, true, false, false, false, true]);
    const count = api.index
      .get(storyUri('coverage-hostile.md'))
      .summary.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length;
    assert.ok(count >= 3);
    assert.strictEqual(problems(bad), count);
  });

  it('shows hostile titles and principle names only escaped', async () => {
    const html = await openPanel();
    for (const raw of ['<img src=x onerror=alert(1)>', HOSTILE_PRINCIPLE, '<b>Made Up</b>', '<img', '<b>'])
      assert.ok(!html.includes(raw), `raw ${raw} in the page`);
    const bad = rowOf(html, storyUri('coverage-hostile.md'));
    assert.match(bad, /<button type="button" class="open" data-id="[^"]*" title="[^"]*">&lt;img src=x onerror=alert\(1\)&gt;<\/button>/);
    assert.ok(html.includes('<span>&quot;&gt;&lt;script&gt;</span>'), 'the hostile principle heads its column, escaped');
    assert.ok(bad.includes('Not in the catalog: &lt;b&gt;Made Up&lt;/b&gt;'), 'the unknown principle is listed, escaped');
    assert.strictEqual((html.match(/<script/g) || []).length, 1, 'one script element: ours');
  });

  it('carries a Content-Security-Policy with a fresh nonce and loads nothing from outside media/', async () => {
    const html = await openPanel();
    const webview = api.coverage.panel().webview;
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'a CSP meta element');
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(meta[1]);
    assert.ok(nonce && nonce[1].length >= 16, `a nonce in ${meta[1]}`);
    assert.strictEqual(
      meta[1],
      `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce[1]}'; img-src ${webview.cspSource};`,
    );
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.deepStrictEqual(
      scripts.map((s) => /nonce="([^"]*)"/.exec(s)[1]),
      [nonce[1]],
    );
    const media = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media')).toString();
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => decode(m[1]));
    assert.deepStrictEqual(urls, [`${media}/coverage.css`, `${media}/coverage.js`]);
    assert.ok(!/\son[a-z]+="/i.test(html), 'no inline event handler');
  });

  it("opens a story when the webview asks with a known story's id, beside the panel", async () => {
    await openPanel();
    const panel = api.coverage.panel();
    const uri = storyUri('coverage-checklist.md');
    assert.strictEqual(await api.coverage.handleMessage({ type: 'open', id: uri.toString() }), true);
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === uri.toString() && e;
    }, 'the story in the active editor');
    assert.notStrictEqual(editor.viewColumn, panel.viewColumn, 'the coverage stays in view');
    assert.strictEqual(api.coverage.panel(), panel, 'the panel is still open');
  });

  it('refuses to open anything else a webview message might name', async () => {
    await openPanel();
    const notes = storyUri('tree-notes.md'); // Markdown, but not a story
    const refused = [
      { type: 'open', id: vscode.Uri.file('/etc/passwd').toString() },
      { type: 'open', id: storyUri('no-such-story.md').toString() },
      { type: 'open', id: notes.toString() },
      { type: 'open', id: 'command:workbench.action.quit' },
      { type: 'open', id: `${storyUri('coverage-checklist.md').toString()}#x` },
      { type: 'open', id: { toString: () => storyUri('coverage-checklist.md').toString() } },
      { type: 'run', id: storyUri('coverage-checklist.md').toString() },
      null,
      'open',
    ];
    // handleMessage answers once it has acted: false means it refused, and opened nothing.
    for (const message of refused)
      assert.strictEqual(await api.coverage.handleMessage(message), false, `refused ${JSON.stringify(message)}`);
    const open = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
    assert.deepStrictEqual(open, [], `no editor opened: ${open.join(', ')}`);
  });

  it('follows an edit of a story: counts, gaps and marks change without reopening', async () => {
    await openPanel();
    const uri = storyUri('coverage-checklist.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const line = doc.getText().split('\n').indexOf('  - Steady Hands');
    assert.ok(line > 0);
    const range = doc.lineAt(line).range;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, range, '  - open doors');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const html = await waitFor(() => {
        const h = api.coverage.html();
        return columns(h)[3][1] === 1 && h;
      }, 'the panel to count the edited story under Open Doors');
      assert.deepStrictEqual(columns(html), [
        ['Plain Speaking', 2, false],
        ['Steady Hands', 0, true],
        [HOSTILE_PRINCIPLE, 1, false],
        ['Open Doors', 1, false],
      ]);
      assert.match(summary(html), / · 3 of 4 principles covered · .* · 1 gap: Steady Hands$/);
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.replace(uri, doc.lineAt(line).range, '  - Steady Hands');
      await vscode.workspace.applyEdit(back);
      await doc.save();
    }
    await waitFor(() => columns(api.coverage.html())[1][1] === 1, 'the panel to follow the edit back');
  });
});
