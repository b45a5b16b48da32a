import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, defaultConfigText } from '../../core';
import { Commands } from '../constants';

/** The name a new config gets: YAML, so it can hold the comments that explain each key. */
const NEW_CONFIG_NAME = '.starlintrc.yml';

/**
 * "Open Config File": opens the folder's config (the first of the names star-lint looks for), or creates one
 * with every default and a comment on each key when there is none. Creating goes through a WorkspaceEdit that
 * never overwrites, so it can be undone, and a file that appeared meanwhile is opened instead.
 */
export function activateOpenConfigFile(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.openConfigFile, openConfigFile));
}

async function openConfigFile(): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder();
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length)
      void vscode.window.showInformationMessage(
        'Open a folder first: the config file lives at the top of the folder that holds your stories.',
      );
    return undefined;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const uri = vscode.Uri.joinPath(folder.uri, name);
    if (await exists(uri)) return show(uri);
  }
  const uri = vscode.Uri.joinPath(folder.uri, NEW_CONFIG_NAME);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(defaultConfigText()) });
  await vscode.workspace.applyEdit(edit);
  return show(uri);
}

async function show(uri: vscode.Uri): Promise<vscode.Uri> {
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

/** The folder of the active editor, the only folder, or the one the user picks. */
async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const owner = active && vscode.workspace.getWorkspaceFolder(active);
  return owner ?? vscode.window.showWorkspaceFolderPick({ placeHolder: "Which folder's config file?" });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
