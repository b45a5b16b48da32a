import * as vscode from 'vscode';
import { Finding, mechanicalFixes } from '../../core';
import { addPrincipleFix, roleLineFix } from '../../core/coachFixes';
import { addSectionFix, disableRuleFix, FixEdit, ignoreHereFix, metricLineFix, principleFix, quoteNameFix } from '../../core/fixes';
import { firstPersonEdit, showWeAction, withActionFindings } from './actionHelp';
import { DIAGNOSTIC_SOURCE } from '../constants';
import { IndexedFile, StoryIndex } from '../index/storyIndex';

const SECTIONS = ['situation', 'task', 'action', 'result'] as const;
/** The kind editor.codeActionsOnSave names: "source.fixAll.starStories". */
const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('starStories');
type RequiredSection = (typeof SECTIONS)[number];
const TITLES: Record<RequiredSection, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

/**
 * Quick fixes for STAR Stories diagnostics. The edits are computed by the engine (core/fixes) from the
 * index's summary, never by parsing here, and each is one WorkspaceEdit so a single undo reverts it.
 */
export class StoryCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL] };

  constructor(private readonly index: StoryIndex) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && FIX_ALL.intersects(context.only)) return this.fixAll(document);
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only))
      return [];
    const file = this.index.get(document.uri);
    if (!file) return [];
    const ours = withActionFindings(document, range, file, context.diagnostics).filter((d) => d.source === DIAGNOSTIC_SOURCE && ruleOf(d));
    if (ours.length === 0) return [];
    // Positions in a summary of an older text could land anywhere: only a summary of this exact version is used,
    // except for a principle rename, which checks that the name is still at its range.
    const current = file.documentVersion === document.version;
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const lines = document.getText().split(/\r\n|\r|\n/);
    const typing = vscode.window.activeTextEditor?.document === document;

    const fixes: vscode.CodeAction[] = [];
    const disable = new Map<string, vscode.Diagnostic[]>();
    const ignores: { rule: string; action: vscode.CodeAction }[] = [];
    const ignored = new Set<string>();
    for (const diagnostic of ours) {
      const finding = findingFor(file, diagnostic);
      if (!finding) continue;
      if (finding.rule === 'unknown-principle') {
        const edit = principleFix(lines, finding);
        if (edit) fixes.push(this.action(`Change to '${finding.data!.suggestion as string}'`, document, edit, diagnostic, true, false));
      }
      if (finding.rule === 'split-principle-name') {
        const edit = quoteNameFix(lines, finding);
        if (edit) fixes.push(this.action(`Quote '${finding.data!.raw as string}'`, document, edit, diagnostic, true, false));
      }
      if (!current) continue;
      if (finding.rule === 'missing-section' && isRequiredSection(finding.data?.section)) {
        const kind = finding.data.section;
        fixes.push(
          this.action(
            `Add ${kind === 'action' ? 'an' : 'a'} ${TITLES[kind]} section`,
            document,
            addSectionFix(file.summary, lines, kind, eol),
            diagnostic,
            true,
            typing,
          ),
        );
      } else if (finding.rule === 'missing-quantified-result') {
        const edit = metricLineFix(file.summary, lines, eol);
        if (edit) fixes.push(this.action('Add a Result metric line to fill in', document, edit, diagnostic, false, typing));
      } else if (finding.rule === 'missing-role') {
        const edit = roleLineFix(file.summary, lines, eol);
        if (edit) fixes.push(this.action('Add a line saying your role', document, edit, diagnostic, true, typing));
      } else if (finding.rule === 'missing-i-contribution' || finding.rule === 'we-over-i') {
        // Help first: retell the sentence under the cursor, or see every "we" in the Action.
        const edit = firstPersonEdit(finding.rule, lines, range);
        if (edit) fixes.push(this.action('Start this sentence with I', document, edit, diagnostic, true, false));
        const show = fixes.some((f) => f.title.startsWith('Show the ')) ? undefined : showWeAction(document, file, [diagnostic]);
        if (show) fixes.push(show);
      } else if (finding.rule === 'no-principle') {
        // One fix per principle the story's text shows most strongly, strongest first.
        file.summary.coach.suggestions.forEach((name, i) => {
          fixes.push(
            this.action(`Add principle: ${name}`, document, addPrincipleFix(file.summary, lines, name, eol), diagnostic, i === 0, false),
          );
        });
      }
      // For every rule: a heuristic can be wrong about one sentence without being wrong about the story.
      // One comment covers a rule on its line, so findings of one rule on one line share the action.
      const key = `${finding.rule}:${finding.range.start.line}`;
      const ignore = ignored.has(key) ? undefined : ignoreHereFix(file.summary, lines, finding, eol);
      if (ignore) {
        ignored.add(key);
        ignores.push({ rule: finding.rule, action: this.action('Ignore this finding here', document, ignore, diagnostic, false, false) });
      }
      const same = disable.get(finding.rule);
      if (same) same.push(diagnostic);
      else disable.set(finding.rule, [diagnostic]);
    }
    // Several under the cursor: the rule id tells them apart.
    for (const { rule, action } of ignores) {
      if (ignores.length > 1) action.title = `Ignore this finding here (${rule})`;
      fixes.push(action);
    }
    // Turning a rule off comes after the real fixes, once per rule, covering every diagnostic it raised here.
    for (const [rule, diagnostics] of disable) {
      const action = new vscode.CodeAction(`Disable ${rule} for this story`, vscode.CodeActionKind.QuickFix);
      action.diagnostics = diagnostics;
      action.edit = workspaceEdit(document, disableRuleFix(file.summary, lines, rule, eol), false);
      fixes.push(action);
    }
    return fixes;
  }

  /**
   * `source.fixAll.starStories` (e.g. on save with editor.codeActionsOnSave): the fixes that change no prose, as
   * star-lint --fix makes them, in one edit. Quick fixes that add text stay quick fixes.
   */
  private fixAll(document: vscode.TextDocument): vscode.CodeAction[] {
    const file = this.index.get(document.uri);
    if (!file || file.documentVersion !== document.version) return [];
    const fixes = mechanicalFixes({
      principles: file.summary.principles,
      lines: document.getText().split(/\r\n|\r|\n/),
      findings: file.summary.findings,
    });
    if (fixes.length === 0) return [];
    const action = new vscode.CodeAction('Fix principle names and duplicates', FIX_ALL);
    action.edit = new vscode.WorkspaceEdit();
    for (const f of fixes) action.edit.replace(document.uri, toRange(f.edit.range), f.edit.newText);
    return [action];
  }

  private action(
    title: string,
    document: vscode.TextDocument,
    edit: FixEdit,
    diagnostic: vscode.Diagnostic,
    preferred: boolean,
    snippet: boolean,
  ): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = preferred;
    action.edit = workspaceEdit(document, edit, snippet);
    return action;
  }
}

/**
 * A snippet edit only when the document is in the active editor: VS Code then lets the user tab through
 * the prompts; anywhere else it would be inserted as plain text anyway.
 */
function workspaceEdit(document: vscode.TextDocument, edit: FixEdit, snippet: boolean): vscode.WorkspaceEdit {
  const range = toRange(edit.range);
  const workspace = new vscode.WorkspaceEdit();
  if (snippet && edit.snippet !== undefined) {
    const snippetEdit = new vscode.SnippetTextEdit(range, new vscode.SnippetString(edit.snippet));
    // The snippet's own line breaks and indentation are exact; VS Code must not re-indent them.
    snippetEdit.keepWhitespace = true;
    workspace.set(document.uri, [snippetEdit]);
  } else {
    workspace.set(document.uri, [new vscode.TextEdit(range, edit.newText)]);
  }
  return workspace;
}

function toRange(r: FixEdit['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  const value = typeof code === 'object' && code !== null ? code.value : code;
  return typeof value === 'string' ? value : undefined;
}

/** The finding behind a diagnostic: same rule, same range (diagnostics are made from findings one to one). */
function findingFor(file: IndexedFile, diagnostic: vscode.Diagnostic): Finding | undefined {
  const rule = ruleOf(diagnostic);
  const r = diagnostic.range;
  return file.summary.findings.find(
    (f) =>
      f.rule === rule &&
      f.range.start.line === r.start.line &&
      f.range.start.character === r.start.character &&
      f.range.end.line === r.end.line &&
      f.range.end.character === r.end.character &&
      // Several findings can share a range (every missing section sits on the title): the message tells them apart.
      f.message === diagnostic.message,
  );
}

function isRequiredSection(value: unknown): value is RequiredSection {
  return typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);
}

export function activateCodeActions(context: vscode.ExtensionContext, index: StoryIndex): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      [{ language: 'markdown' }, { pattern: '**/*.{md,markdown}' }],
      new StoryCodeActions(index),
      StoryCodeActions.metadata,
    ),
  );
}
