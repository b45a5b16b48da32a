'use strict';
// Plan Interview Loop, Open Cheat Sheet and the practice log in a real VS Code: the plan panel's content and
// policy, a click that opens a story, the plan following an edit, the cheat sheet in an untitled document, and
// a practice run showing up in the plan. The stories are written by the test under a catalog of its own, so
// no other fixture can claim its principles, and removed again afterwards.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, storyUri } = require('./support');

const CATALOG = { id: 'plantest', label: 'Plan test values', principles: ['Clear Thinking', 'Steady Delivery', 'Open Hands', 'Far Sight'] };

const story = (title, principles, result, action) =>
  [
    '---',
    `title: ${title}`,
    `principles: [${principles.join(', ')}]`,
    '---',
    '',
    '## Situation',
    '',
    `I led the build team of four when ${title.toLowerCase()} became urgent. Everything else waited.`,
    '',
    '## Task',
    '',
    'I had to sort it out before the quarter ended.',
    '',
    '## Action',
    '',
    action,
    '',
    '## Result',
    '',
    result,
    '',
  ].join('\n');

const FILES = {
  'plan-release.md': story(
    'Fixing the flaky release',
    ['Clear Thinking', 'Steady Delivery'],
    'Failed runs dropped from 20% to 1% and we shipped 14 releases in December.',
    'I traced the failures to a shared test database. I gave each run its own copy.',
  ),
  'plan-handover.md': story(
    'Taking over the handover',
    ['Clear Thinking'],
    'The handover went well and the team was happier.',
    'I wrote down every open question and I walked the new owner through each one.',
  ),
  'plan-budget.md': story(
    'Halving the test budget',
    ['Open Hands'],
    'The nightly bill fell from $900 to $420 a month.',
    'I moved the nightly suite to spare machines and I cut the runs nobody read.',
  ),
};

const DECODE = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => DECODE[e]);

/** The plan's rows as [principle, primary file, backup file or null]. */
function rows(html) {
  return [...html.matchAll(/<tr><th scope="row" class="principle">([^<]*)<\/th>(.*?)<\/tr>/g)].map((m) => {
    const files = [...m[2].matchAll(/<td class="(pick [a-z]+|none)">(?:<button[^>]*>[^<]*<\/button><span class="file">([^<]*)<\/span>)?/g)];
    return [decode(m[1]), files[0][2].replace(/^stories\//, ''), files[1][2] ? files[1][2].replace(/^stories\//, '') : null];
  });
}

function practiceOf(html, name) {
  const m = new RegExp(`<span class="file">stories/${name.replace('.', '\\.')}</span><span class="practice">([^<]*)</span>`).exec(html);
  return m && m[1];
}

describe('Interview Loop Plan, cheat sheet and practice log', function () {
  let api;

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    const config = vscode.workspace.getConfiguration('starStories');
    await config.update('catalogs', [CATALOG], vscode.ConfigurationTarget.Workspace);
    await config.update('catalog', 'plantest', vscode.ConfigurationTarget.Workspace);
    await config.update('rules', { 'story-length': 'off' }, vscode.ConfigurationTarget.Workspace);
    for (const [name, text] of Object.entries(FILES)) await vscode.workspace.fs.writeFile(storyUri(name), Buffer.from(text));
    await waitFor(
      () => Object.keys(FILES).every((n) => api.index.get(storyUri(n))?.summary.canonicalPrinciples.length > 0),
      'the index to read the plan stories with the test catalog',
    );
    // A timer another file left running would end up in the log when it stops: stop it before clearing.
    await vscode.commands.executeCommand('starStories.stopPractice');
    await vscode.commands.executeCommand('starStories.clearPracticeLog', { confirm: false });
  });

  afterEach(async () => {
    api.plan.panel()?.dispose();
    api.coverage.panel()?.dispose();
    await vscode.commands.executeCommand('starStories.stopPractice');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('starStories.clearPracticeLog', { confirm: false });
    await api.plan.planner.forget();
    const config = vscode.workspace.getConfiguration('starStories');
    for (const key of ['catalog', 'catalogs', 'rules']) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    for (const name of Object.keys(FILES)) await vscode.workspace.fs.delete(storyUri(name)).then(undefined, () => undefined);
  });

  async function openPlan(args = { maxUses: 2, allowSuggested: false }) {
    assert.strictEqual(await vscode.commands.executeCommand('starStories.planLoop', args), true);
    return waitFor(() => {
      const html = api.plan.html();
      return html && html.includes('plan-budget.md') && html;
    }, 'the plan panel to show the stories');
  }

  it('shows each principle with a primary and a backup, the gap with New Story, and the stories used most, under a strict policy', async () => {
    const html = await openPlan();
    assert.deepStrictEqual(rows(html), [
      ['Clear Thinking', 'plan-release.md', 'plan-handover.md'],
      ['Steady Delivery', 'plan-release.md', null],
      ['Open Hands', 'plan-budget.md', null],
    ]);
    assert.match(html, /all of Plan test values · 3 of 4 principles have a story · a story appears at most twice/);
    assert.match(
      html,
      /<span class="gap-name">Far Sight<\/span> <button type="button" class="new" data-principle="Far Sight">New Story for this Principle<\/button>/,
    );
    assert.match(
      html,
      /<h2 id="used-h">Stories used most<\/h2>\n<ol>\n<li><button[^>]*>Fixing the flaky release<\/button><span class="file">stories\/plan-release\.md<\/span><span class="practice">[^<]*<\/span><span class="uses">twice<\/span>/,
    );
    const panel = api.plan.panel();
    assert.strictEqual(panel.title, 'Interview Loop Plan');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)[1];
    const src = panel.webview.cspSource;
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=_-]{16,}';/);
    assert.strictEqual(
      decode(csp),
      `default-src 'none'; style-src ${src}; script-src 'nonce-${/'nonce-([^']+)'/.exec(csp)[1]}'; img-src ${src};`,
    );
    const nonce = /'nonce-([^']+)'/.exec(csp)[1];
    assert.deepStrictEqual(
      [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1].includes(`nonce="${nonce}"`)),
      [true],
    );
    assert.strictEqual(panel.webview.options.enableCommandUris, false);
    // Asked for fewer uses, the plan keeps every story within it.
    const once = await openPlan({ maxUses: 1, allowSuggested: false });
    await waitFor(() => rows(api.plan.html())[0][2] === null, 'the plan to follow the new limit');
    assert.deepStrictEqual(rows(api.plan.html() ?? once), [
      ['Clear Thinking', 'plan-handover.md', null],
      ['Steady Delivery', 'plan-release.md', null],
      ['Open Hands', 'plan-budget.md', null],
    ]);
  });

  it('opens a story the plan lists when its title is clicked, and nothing else', async () => {
    await openPlan();
    const target = storyUri('plan-budget.md').toString();
    assert.strictEqual(await api.plan.handleMessage({ type: 'open', id: target }), true);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === target, 'the story to open');
    assert.strictEqual(await api.plan.handleMessage({ type: 'open', id: 'file:///etc/passwd' }), false);
    assert.strictEqual(
      await api.plan.handleMessage({ type: 'newStory', principle: 'Clear Thinking' }),
      false,
      'only a gap offers New Story',
    );
  });

  it('follows an edit: a story that starts claiming the gap fills it', async () => {
    await openPlan();
    const uri = storyUri('plan-handover.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('principles:'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, doc.lineAt(line).range, 'principles: [Clear Thinking, Far Sight]');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const html = await waitFor(() => {
      const h = api.plan.html();
      return h && rows(h).some((r) => r[0] === 'Far Sight') && h;
    }, 'the plan to take in the edit');
    assert.deepStrictEqual(
      rows(html).find((r) => r[0] === 'Far Sight'),
      ['Far Sight', 'plan-handover.md', null],
    );
    assert.ok(!html.includes('data-principle="Far Sight"'), 'no longer a gap');
    // Put the file back as it was, and the plan with it.
    const back = new vscode.WorkspaceEdit();
    back.replace(uri, doc.lineAt(line).range, 'principles: [Clear Thinking]');
    assert.ok(await vscode.workspace.applyEdit(back));
    await doc.save();
    await waitFor(() => api.plan.html()?.includes('data-principle="Far Sight"'), 'the gap to come back after the revert');
  });

  it('opens the cheat sheet as a new untitled Markdown document with each planned story and the questions to ask', async () => {
    await openPlan();
    const doc = await vscode.commands.executeCommand('starStories.openCheatSheet');
    assert.strictEqual(doc.isUntitled, true);
    assert.strictEqual(doc.uri.scheme, 'untitled');
    assert.strictEqual(doc.languageId, 'markdown');
    assert.strictEqual(vscode.window.activeTextEditor.document, doc);
    const text = doc.getText();
    assert.deepStrictEqual(
      [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]),
      ['Clear Thinking', 'Steady Delivery', 'Open Hands', 'No story yet', 'Questions to ask'],
    );
    assert.match(text, /\*\*Fixing the flaky release\*\* · `stories\/plan-release\.md`/);
    assert.match(text, /- \*\*Result:\*\* Failed runs dropped from 20% to 1% and we shipped 14 releases in December\./);
    assert.match(text, / {2}- I traced the failures to a shared test database\./);
    assert.match(text, /- \*\*Backup:\*\* Taking over the handover/);
    const budget = text.slice(text.indexOf('## Open Hands'));
    assert.match(budget, /- \*\*Result:\*\* The nightly bill fell from \$900 to \$420 a month\./);
    // It reads cleanly in the Markdown preview: headings, bold labels and lists, no markup left showing.
    const rendered = await vscode.commands.executeCommand('markdown.api.render', text);
    assert.strictEqual((rendered.match(/<h2[ >]/g) ?? []).length, 5);
    assert.match(rendered, /<strong>Result:<\/strong>/);
    assert.match(rendered.replace(/<[^>]*>/g, ''), /Result: Failed runs dropped from 20% to 1%/);
    assert.ok(!/\*\*|\\/.test(rendered.replace(/<[^>]*>/g, '')), 'no ** or backslash left in the text');
    // Nothing was written: the workspace holds the same files as before.
    const files = (await vscode.workspace.findFiles('**/*cheat*')).length;
    assert.strictEqual(files, 0);
  });

  it('records a practice run and shows it in the plan and in Story Coverage; clearing the log forgets it', async () => {
    let html = await openPlan();
    assert.strictEqual(practiceOf(html, 'plan-release.md'), 'not practised yet');
    const target = storyUri('plan-release.md').toString();
    const result = await vscode.commands.executeCommand('starStories.practice', {
      principle: 'Steady Delivery',
      story: target,
      pickStory: false,
      notify: false,
    });
    assert.strictEqual(result.opened, target);
    await vscode.commands.executeCommand('starStories.stopPractice');
    await waitFor(() => api.practiceLog.runs().length === 1, 'the run in the log');
    const [run] = api.practiceLog.runs();
    assert.strictEqual(run.principle, 'Steady Delivery');
    assert.strictEqual(run.story, target);
    assert.strictEqual(run.question, result.question.text);
    assert.ok(run.seconds >= 0);
    html = await waitFor(async () => {
      const h = await api.plan.refreshNow();
      return practiceOf(h, 'plan-release.md') === 'practised once, last today' && h;
    }, 'the plan to show the practice');
    assert.strictEqual(practiceOf(html, 'plan-budget.md'), 'not practised yet');
    await api.coverage.open();
    const coverage = await waitFor(
      () => api.coverage.html()?.includes('practised once, last today') && api.coverage.html(),
      'Story Coverage to show it',
    );
    assert.strictEqual((coverage.match(/practised once, last today/g) ?? []).length, 1);

    // Practice now offers the planned story not practised today first: the backup, ahead of the primary (and of
    // the title order, which puts the primary first too).
    const next = await vscode.commands.executeCommand('starStories.practice', {
      principle: 'Clear Thinking',
      pickStory: false,
      notify: false,
    });
    await vscode.commands.executeCommand('starStories.stopPractice');
    assert.deepStrictEqual(
      next.stories.map((s) => s.uri),
      [storyUri('plan-handover.md').toString(), target],
    );

    assert.strictEqual(await vscode.commands.executeCommand('starStories.clearPracticeLog', { confirm: false }), true);
    assert.deepStrictEqual(api.practiceLog.runs(), []);
    await waitFor(async () => practiceOf(await api.plan.refreshNow(), 'plan-release.md') === 'not practised yet', 'the plan to forget it');
  });
});
