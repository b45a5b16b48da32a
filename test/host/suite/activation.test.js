'use strict';
// Smoke test: the real extension loads in a real VS Code, wakes up when a Markdown
// story is opened, and hands back its API object.

const assert = require('assert');
const vscode = require('vscode');

const { EXTENSION_ID, waitFor } = require('./support');

describe('extension activation', () => {
  it('is installed in the host under its publisher.name id', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded; loaded: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
    assert.strictEqual(ext.packageJSON.publisher + '.' + ext.packageJSON.name, EXTENSION_ID);
  });

  it('activates when a Markdown story is opened and returns an API object', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'the host opened no workspace folder');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'stories', 'smoke.md'));
    assert.strictEqual(doc.languageId, 'markdown');
    // The manifest may list other triggers too (workspaceContains), so the Markdown one
    // is checked in the manifest; the wait below proves the host really activated it.
    assert.ok((ext.packageJSON.activationEvents || []).includes('onLanguage:markdown'), 'activationEvents lacks onLanguage:markdown');
    await vscode.window.showTextDocument(doc);
    // Activation must come from the host, not from the test calling activate().
    await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`, 15_000);
    const api = ext.exports;
    assert.strictEqual(typeof api, 'object', `activate() returned ${typeof api}, expected an API object`);
    assert.notStrictEqual(api, null, 'activate() returned null, expected an API object');
    console.log(`    (VS Code ${vscode.version}, remoteName=${vscode.env.remoteName}, uiKind=${vscode.UIKind[vscode.env.uiKind]})`);
  });
});
