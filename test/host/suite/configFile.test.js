'use strict';
// The config file in the editor: "Open Config File" makes one with every default (undoable, never over an existing
// file) or opens the one there is; VS Code validates it against the contributed schema as you type; its `ignores`
// leave stories out of the index; and the log says which source won where a setting and the file disagree.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const { EXTENSION_ID, waitFor, folder, findExtensionLog } = require('./support');

const config = (name = '.starlintrc.yml') => vscode.Uri.joinPath(folder(), name);

describe('the config file in the editor', function () {
  this.timeout(60_000);
  let api;

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of ['.starlintrc.yml', '.starlintrc.json']) fs.rmSync(config(name).fsPath, { force: true });
    fs.rmSync(vscode.Uri.joinPath(folder(), 'drafts').fsPath, { recursive: true, force: true });
    await vscode.workspace.getConfiguration('starStories').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('Open Config File creates one with the defaults and comments, which one undo takes back', async () => {
    assert.ok(!fs.existsSync(config().fsPath));
    await vscode.commands.executeCommand('starStories.openConfigFile');
    const editor = await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/.starlintrc.yml') && vscode.window.activeTextEditor,
      'the new config in an editor',
    );
    const text = editor.document.getText();
    assert.match(text, /^rules:$/m);
    assert.match(text, /^ {2}missing-i-contribution: +warning +# The Action says/m);
    assert.match(text, /^catalog: amazon$/m);
    assert.ok(fs.existsSync(config().fsPath), 'the file is not on disk');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !fs.existsSync(config().fsPath), 'undo to remove the new file', 10_000);
  });

  it('Open Config File opens the existing file and changes nothing in it', async () => {
    fs.writeFileSync(config('.starlintrc.json').fsPath, '{ "rules": { "story-length": "off" } }\n');
    await vscode.commands.executeCommand('starStories.openConfigFile');
    const editor = await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/.starlintrc.json') && vscode.window.activeTextEditor,
      'the config in an editor',
    );
    assert.strictEqual(editor.document.getText(), '{ "rules": { "story-length": "off" } }\n');
    assert.ok(!fs.existsSync(config().fsPath), 'a second config was created');
  });

  it('VS Code validates .starlintrc.json against the schema while you type', async () => {
    fs.writeFileSync(config('.starlintrc.json').fsPath, '{ "rules": { "story-length": "loud" }, "rule": {} }\n');
    const doc = await vscode.workspace.openTextDocument(config('.starlintrc.json'));
    await vscode.window.showTextDocument(doc);
    const problems = await waitFor(
      () => {
        const ds = vscode.languages.getDiagnostics(doc.uri);
        return ds.length >= 2 && ds;
      },
      'schema diagnostics on the config',
      30_000,
    );
    const messages = problems.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`).join('\n');
    assert.ok(
      problems.some((d) => /Value is not accepted|error, warning/.test(d.message) && doc.getText(d.range).includes('loud')),
      messages,
    );
    assert.ok(
      problems.some((d) => /not allowed/.test(d.message) && doc.getText(d.range).includes('rule')),
      messages,
    );
  });

  it("the config's ignores leave stories out, and the log says which source won", async () => {
    const draft = vscode.Uri.joinPath(folder(), 'drafts', 'half-done.md');
    fs.mkdirSync(path.dirname(draft.fsPath), { recursive: true });
    fs.writeFileSync(draft.fsPath, '---\ntitle: Half done\nprinciples: [Ownership]\n---\n## Situation\nx\n## Task\ny\n');
    await waitFor(() => api.index.get(draft)?.checked, 'the draft to be indexed', 20_000);
    const log = findExtensionLog();
    const logStart = fs.statSync(log).size;
    fs.writeFileSync(config().fsPath, 'ignores: [drafts/**]\nrules:\n  story-length: warning\n');
    await vscode.workspace.getConfiguration('starStories').update('rules', { 'story-length': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.index.get(draft) === undefined, 'the ignored draft to leave the index', 20_000);
    assert.deepStrictEqual(
      vscode.languages.getDiagnostics(draft).filter((d) => d.source === 'STAR Stories'),
      [],
    );
    await api.configs.configFor(draft);
    await waitFor(
      () =>
        /rules\.story-length: the setting \(off\) wins over \.starlintrc\.yml \(warning\)/.test(
          fs.readFileSync(log).subarray(logStart).toString('utf8'),
        ),
      'the log line saying which source won',
      10_000,
    );
  });
});
