'use strict';
// The story coach in a real VS Code: its three rules in the Problems panel at information severity, the
// missing-role and no-principle quick fixes (applied, then one undo), and the checklist on the title's hover.
// Fixtures are the workspace's existing stories; edits are never saved (editors are reverted after each test).
// The three rules are on by default, so these tests set nothing.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, storyUri } = require('./support');
// The engine, for which principle a story's text shows most strongly (scored on the labelled corpora in the unit tests).
const core = require('../../../out/core');

const SOURCE = 'STAR Stories';
const ruleOf = (d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code);
const ours = (uri, rule) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && ruleOf(d) === rule);

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(storyUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor, original: doc.getText() };
}

const diagnostic = (uri, rule, test = () => true) => waitFor(() => ours(uri, rule).find(test), `a ${rule} diagnostic`);
const action = (uri, range, title) =>
  waitFor(
    async () => (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range)).find((a) => a.title === title),
    `the action "${title}"`,
  );

async function undoTo(doc, original) {
  await vscode.commands.executeCommand('undo');
  await waitFor(() => doc.getText() === original, 'one undo to restore the original text', 3000);
}

describe('the story coach', function () {
  before(async () => {
    const api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
    // On by default: no setting is needed for the coach to speak.
    const rules = (await api.configs.configFor(vscode.workspace.workspaceFolders[0].uri)).rules;
    assert.deepStrictEqual(
      [rules['missing-role'] ?? 'default', rules.hedging ?? 'default', rules['principle-not-shown'] ?? 'default'],
      ['default', 'default', 'default'],
      'the workspace must not set the coach rules',
    );
  });

  afterEach(async () => {
    for (let i = 0; i < 20 && vscode.window.tabGroups.all.some((g) => g.tabs.length); i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('reports a missing role on the Situation heading, and its fix puts a prompt there that one undo removes', async () => {
    const { doc, original } = await open('fix-result.md');
    const d = await diagnostic(doc.uri, 'missing-role');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(doc.lineAt(d.range.start.line).text, '## Situation');
    const fix = await action(doc.uri, d.range, 'Add a line saying your role');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(
      doc.getText().includes('## Situation\n\n<your role, and how many people were involved>\n\nNew partners took weeks'),
      doc.getText(),
    );
    const placeholder = await diagnostic(doc.uri, 'template-placeholder');
    assert.strictEqual(doc.getText(placeholder.range), '<your role, and how many people were involved>');
    await undoTo(doc, original);
  });

  it('reports each hedge on its own words, and forgets it once the words are gone', async () => {
    const { doc, editor, original } = await open('fix-result.md');
    const result = original.split('\n').findIndex((l) => l === '## Result');
    await editor.edit((e) => e.insert(new vscode.Position(result + 2, 0), 'I think it kind of helped. '));
    const d = await diagnostic(doc.uri, 'hedging', (x) => doc.getText(x.range) === 'I think');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
    await diagnostic(doc.uri, 'hedging', (x) => doc.getText(x.range) === 'kind of');
    await undoTo(doc, original);
    await waitFor(() => ours(doc.uri, 'hedging').length === 0, 'the hedges to go');
  });

  it('reports a declared principle the story does not show, on its name in the front matter, and forgets it once removed', async () => {
    const { doc, editor, original } = await open('fix-principle.md');
    // The callback rota sets no bolder direction: Think Big, declared, is not shown. (Ownership may be reported too:
    // the writer was asked to do the work.)
    const line = original.split('\n').findIndex((l) => l.startsWith('principles:'));
    const end = doc.lineAt(line).range.end;
    const thinkBig = (x) => x.message.startsWith('This story does not show Think Big');
    await editor.edit((e) => e.insert(new vscode.Position(line, end.character - 1), ', Think Big'));
    const d = await diagnostic(doc.uri, 'principle-not-shown', thinkBig);
    assert.strictEqual(doc.getText(d.range), 'Think Big');
    assert.match(d.message, /Interviewers listen for a bolder direction/);
    await undoTo(doc, original);
    await waitFor(() => !ours(doc.uri, 'principle-not-shown').some(thinkBig), 'the finding to go with the principle');
  });

  it('offers "Add principle: <suggestion>" on a story with no principle, strongest first', async () => {
    const { doc, original } = await open('tree-unassigned.md');
    const d = await diagnostic(doc.uri, 'no-principle');
    const [strongest] = core.lintStory(doc.getText(), core.defaultConfig()).suggestedPrinciples;
    assert.ok(strongest, 'the fixture shows some principle');
    const first = await action(doc.uri, d.range, `Add principle: ${strongest}`);
    assert.strictEqual(first.isPreferred, true);
    const all = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range);
    assert.deepStrictEqual(
      all
        .filter((a) => a.title.startsWith('Add principle:'))
        .map((a) => a.title)
        .slice(0, 1),
      [`Add principle: ${strongest}`],
    );
    assert.ok(await vscode.workspace.applyEdit(first.edit));
    assert.ok(doc.getText().replace(/\r\n/g, '\n').startsWith(`---\nprinciples: [${strongest}]\n---\n`), doc.getText().slice(0, 80));
    await waitFor(() => ours(doc.uri, 'no-principle').length === 0, 'no-principle to go');
    await undoTo(doc, original);
  });

  it('names, on a principle no story claims, the stories whose text shows it', async () => {
    const api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    const gap = await waitFor(() => {
      const snap = api.tree.snapshot();
      return snap && snap.principles.find((p) => p.principle === 'Hire and Develop the Best' && p.gap && p.couldCover.length > 0);
    }, 'a gap with stories that could cover it');
    assert.ok(gap.couldCover.includes('Reworked partner onboarding'), gap.couldCover.join('; '));
  });

  it('lists in Practice, after the stories that claim the principle, those whose text could answer it', async () => {
    const result = await vscode.commands.executeCommand('starStories.practice', {
      principle: 'Hire and Develop the Best',
      pickStory: false,
      notify: false,
    });
    assert.deepStrictEqual(result.stories, []);
    assert.ok(
      result.couldAnswer.some((s) => s.title === 'Reworked partner onboarding'),
      JSON.stringify(result.couldAnswer),
    );
  });

  it("shows the checklist when hovering the story's title", async () => {
    const { doc } = await open('fix-principle.md');
    await diagnostic(doc.uri, 'missing-role');
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => /^title:/.test(l));
    // MarkdownString.appendText keeps spacing with &nbsp; and escapes Markdown with backslashes: read it back as text.
    const plain = (c) =>
      String(c.value ?? c)
        .replace(/&nbsp;/g, ' ')
        .replace(/\\(.)/g, '$1');
    const hovers = await waitFor(async () => {
      const hs = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 2));
      return hs.find((h) => h.contents.some((c) => plain(c).includes('Interviewer checklist'))) && hs;
    }, 'the checklist hover');
    const text = hovers.flatMap((h) => h.contents.map(plain)).join('\n');
    for (const item of ['WHO', 'HOW MUCH', 'Clear', 'Ownership', 'Reads most like']) assert.ok(text.includes(item), `${item} in ${text}`);
  });
});
