import * as vscode from 'vscode';
import { firstPersonSentenceFix, weRanges } from '../../core/firstPersonFix';
import type { FixEdit } from '../../core/fixes';
import { Commands, DIAGNOSTIC_SOURCE } from '../constants';
import { IndexedFile } from '../index/storyIndex';

/** The findings about who did the Action: their squiggle sits on the heading, but the help is needed in the text. */
const ACTION_RULES = new Set(['missing-i-contribution', 'we-over-i']);

function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The Action's "we" findings when the cursor is anywhere in that Action section, added to those VS Code passed
 * for the cursor (which only holds diagnostics whose range, the heading, is under it).
 */
export function withActionFindings(
  document: vscode.TextDocument,
  range: vscode.Range,
  file: IndexedFile,
  passed: readonly vscode.Diagnostic[],
): vscode.Diagnostic[] {
  const line = range.start.line;
  const inAction = file.summary.sections.some((s) => s.kind === 'action' && s.markerRange.start.line <= line && line <= s.endLine);
  if (!inAction) return [...passed];
  const extra = vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === DIAGNOSTIC_SOURCE && ACTION_RULES.has(ruleOf(d) ?? '') && !passed.includes(d));
  return [...passed, ...extra];
}

/** "Start this sentence with I" for the sentence under the cursor, when it is told with "we". */
export function firstPersonEdit(rule: string, lines: readonly string[], range: vscode.Range): FixEdit | undefined {
  if (!ACTION_RULES.has(rule)) return undefined;
  return firstPersonSentenceFix(lines, range.start.line, range.start.character);
}

/** "Show the 'we' in the Action": selects each one, so the writer sees which sentences to retell. */
export function showWeAction(
  document: vscode.TextDocument,
  file: IndexedFile,
  diagnostics: vscode.Diagnostic[],
): vscode.CodeAction | undefined {
  const action = file.summary.sections.find((s) => s.kind === 'action');
  if (!action) return undefined;
  const lines = document.getText().split(/\r\n|\r|\n/);
  const ranges = weRanges(lines, action.markerRange.start.line + 1, action.endLine);
  if (ranges.length === 0) return undefined;
  const title = `Show the ${ranges.length} "we" in the Action`;
  const code = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  code.diagnostics = diagnostics;
  code.command = { title, command: Commands.selectWeInAction, arguments: [document.uri.toString(), ranges] };
  return code;
}

/** The command behind it: a selection on each "we" (the editor's own highlight, and Escape clears it). */
export function activateActionHelp(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.selectWeInAction, (uri: unknown, ranges: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.uri.toString() !== uri || !Array.isArray(ranges) || ranges.length === 0) return;
      editor.selections = (ranges as FixEdit['range'][]).map(
        (r) => new vscode.Selection(r.start.line, r.start.character, r.end.line, r.end.character),
      );
      editor.revealRange(editor.selections[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
}
