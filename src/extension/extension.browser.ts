import * as vscode from 'vscode';
import { activateShared, StarStoriesApi } from './activate';
import { WorkspaceFsReader } from './index/workspaceFsReader';

export type { StarStoriesApi } from './activate';

/** The web host (vscode.dev, github.dev): every file through workspace.fs, and no Node module in the bundle. */
export function activate(context: vscode.ExtensionContext): StarStoriesApi {
  return activateShared(context, { reader: new WorkspaceFsReader() });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
