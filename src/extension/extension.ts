import * as vscode from 'vscode';
import { activateShared, StarStoriesApi } from './activate';
import { WorkspaceFsReader } from './index/workspaceFsReader';
import { NodeFileReader } from './index/nodeFileReader';
import { nodeFolderLister } from './index/nodeFolderLister';
import { nodeFileReplacer } from './index/nodeFileReplace';
import { replaceThroughWorkspaceFs } from './index/workspaceFsReplace';
import { Settings } from './constants';
import { oncePerTurn } from './index/slices';

export type { StarStoriesApi } from './activate';

/** The desktop and remote (Node) host: files on disk are listed and read with Node's own fs. */
export function activate(context: vscode.ExtensionContext): StarStoriesApi {
  // Read once per turn of the event loop, not once per file of a scan.
  const followSymlinks = oncePerTurn(
    () => vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.followSymlinks) === true,
  );
  return activateShared(context, {
    reader: new NodeFileReader(new WorkspaceFsReader(), followSymlinks),
    lister: nodeFolderLister(followSymlinks),
    replaceFile: nodeFileReplacer(replaceThroughWorkspaceFs),
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
