import * as vscode from 'vscode';
import { Commands } from '../constants';

/** The `star-story` snippet's name in snippets/star-stories.code-snippets: the command inserts that very template. */
const STORY_SNIPPET = 'STAR story';

/**
 * Insert Story Template: the star-story snippet from the palette or the editor's context menu. Markdown shows no
 * suggestions while typing, so the snippet's prefix alone shows nothing; a command is found where people look.
 */
export function activateInsertTemplate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.insertStoryTemplate, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage('Open a Markdown file first, then run Insert Story Template again.');
        return;
      }
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: STORY_SNIPPET });
    }),
  );
}
