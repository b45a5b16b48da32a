import * as vscode from 'vscode';
import { Finding, Severity } from '../../core';
import { DIAGNOSTIC_SOURCE, README_URL } from '../constants';
import { IndexChange, StoryIndex } from '../index/storyIndex';

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

/**
 * Diagnostics per `set` call at most. VS Code passes no more than 1,100 of one call on to the workbench and drops the
 * files after them without a word (its ExtHostDiagnostics' total limit; this host still lists them): a next start
 * publishing 125 saved drafts of fifteen findings each showed two thirds of them in Problems.
 */
export const MAX_DIAGNOSTICS_PER_SET = 1000;

/** Publishes the index's findings to the Problems panel; only files that changed are touched. */
export function activateDiagnostics(context: vscode.ExtensionContext, index: StoryIndex): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('star-stories');
  context.subscriptions.push(collection);
  const publish = (change: IndexChange) => {
    for (const uri of change.removed) collection.delete(uri);
    // Batched sets per change (a scan delivers hundreds of files at once), each under VS Code's limit.
    let batch: [vscode.Uri, vscode.Diagnostic[]][] = [];
    let size = 0;
    for (const uri of change.changed) {
      const file = index.get(uri);
      if (!file) collection.delete(uri);
      // A file known only by its front matter keeps its previous diagnostics until its full check lands.
      else if (file.checked) {
        const diagnostics = file.summary.findings.map(toDiagnostic);
        if (size > 0 && size + diagnostics.length > MAX_DIAGNOSTICS_PER_SET) {
          collection.set(batch);
          [batch, size] = [[], 0];
        }
        batch.push([uri, diagnostics]);
        size += diagnostics.length;
      }
    }
    if (batch.length > 0) collection.set(batch);
  };
  context.subscriptions.push(index.onDidChange(publish));
  return collection;
}
