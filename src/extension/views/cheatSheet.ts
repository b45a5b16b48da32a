import * as vscode from 'vscode';
import { cheatSheetMarkdown, lintStory, SheetStory } from '../../core';
import { Commands } from '../constants';
import { LoopPlanner } from './loopPlanModel';

/**
 * "Open Cheat Sheet": the current plan's cheat sheet in a new untitled Markdown document. Nothing is written
 * to disk until the person saves it. The planned stories are read as they are now (open editors included).
 */
export function activateCheatSheet(context: vscode.ExtensionContext, planner: LoopPlanner): void {
  const open = async (): Promise<vscode.TextDocument> => {
    const current = await planner.current();
    const ids = new Set(current.plan.assignments.map((a) => a.story));
    const stories: SheetStory[] = [];
    for (const id of ids) {
      const file = current.files.get(id);
      if (!file) continue;
      let story;
      try {
        const doc = await vscode.workspace.openTextDocument(file.uri);
        story = lintStory(doc.getText(), current.config).story;
      } catch {
        // Unreadable now (deleted, too large): the sheet says the parts are missing rather than failing.
      }
      stories.push({ id, title: file.displayTitle, story });
    }
    // Backups are named by title only: their text is not quoted.
    for (const a of current.plan.assignments) {
      const file = a.backup && !ids.has(a.backup) ? current.files.get(a.backup) : undefined;
      if (file && !stories.some((s) => s.id === a.backup)) stories.push({ id: a.backup!, title: file.displayTitle });
    }
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: cheatSheetMarkdown(current.plan, stories, undefined, shownPath),
    });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  };
  context.subscriptions.push(vscode.commands.registerCommand(Commands.openCheatSheet, open));
}

function shownPath(id: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(id));
}
