'use strict';
// What the quick-fix tests share: our diagnostics of a file, the lightbulb's actions at a range, and applying one
// then undoing it.

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, storyUri } = require('./support');

const SOURCE = 'STAR Stories';
const ruleOf = (d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code);
const ours = (uri, rule) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (!rule || ruleOf(d) === rule));

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(storyUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor, original: doc.getText() };
}

/** The diagnostic of `rule` (whose message matches `text`, when given), once the extension has published it. */
async function diagnostic(uri, rule, text) {
  try {
    return await waitFor(
      () => ours(uri, rule).find((d) => !text || d.message.includes(text)),
      `a ${rule} diagnostic${text ? ` about ${text}` : ''}`,
    );
  } catch (e) {
    // Say what the index held, so a failure tells a stale index from a rule that no longer fires.
    const api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    const file = api.index.get(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    e.message +=
      `; document version ${doc && doc.version} (dirty: ${doc && doc.isDirty}), index version ${file && file.documentVersion}, ` +
      `index findings ${file ? file.summary.findings.map((f) => f.rule).join(', ') : 'none'}`;
    throw e;
  }
}

function gone(uri, rule, text) {
  return waitFor(() => !ours(uri, rule).some((d) => !text || d.message.includes(text)), `the ${rule} diagnostic to go away`);
}

/** The quick fixes VS Code's lightbulb would offer at the diagnostic's range. */
function actionsAt(uri, range) {
  return vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range);
}

/** Waits for the action with this title: right after opening, the index may still hold the file as read from disk. */
function action(uri, range, title) {
  return waitFor(async () => (await actionsAt(uri, range)).find((a) => a.title === title), `the action "${title}"`);
}

async function applyAndUndo(doc, fix, expected, after) {
  const original = doc.getText();
  assert.ok(await vscode.workspace.applyEdit(fix.edit), `applying "${fix.title}" failed`);
  assert.strictEqual(doc.getText(), expected, `text after "${fix.title}"`);
  await after();
  await vscode.commands.executeCommand('undo');
  await waitFor(() => doc.getText() === original, 'one undo to restore the original text', 3000);
}

module.exports = { ruleOf, ours, open, diagnostic, gone, actionsAt, action, applyAndUndo };
