import * as vscode from 'vscode';
import { Finding, Severity } from '../../core';
import { DIAGNOSTIC_SOURCE, README_URL } from '../constants';
import { IndexChange, StoryIndex } from '../index/storyIndex';
import { diagnosticBatches } from './diagnosticBatches';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Each rule's help link, parsed once: a scan makes tens of thousands of diagnostics. */
const helpLinks = new Map<string, vscode.Uri>();
function ruleHelp(rule: string): vscode.Uri {
  let uri = helpLinks.get(rule);
  if (!uri) helpLinks.set(rule, (uri = vscode.Uri.parse(README_URL + rule)));
  return uri;
}

/** Findings become diagnostics; the quick fixes read the finding back from `data`-less diagnostics by rule id and range. */
export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const range = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.rule, target: ruleHelp(f.rule) };
  return d;
}

/** Publishes the index's findings to the Problems panel; only files that changed are touched. */
export function activateDiagnostics(context: vscode.ExtensionContext, index: StoryIndex): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('star-stories');
  context.subscriptions.push(collection);
  const publish = (change: IndexChange) => {
    for (const uri of change.removed) collection.delete(uri);
    // Batched sets per change (a scan delivers hundreds of files at once), each under VS Code's limit.
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const uri of change.changed) {
      const file = index.get(uri);
      if (!file) collection.delete(uri);
      // A file known only by its front matter keeps its previous diagnostics until its full check lands.
      else if (file.checked) entries.push([uri, file.summary.findings.map(toDiagnostic)]);
    }
    for (const batch of diagnosticBatches(entries)) collection.set(batch);
  };
  context.subscriptions.push(index.onDidChange(publish));
  return collection;
}
