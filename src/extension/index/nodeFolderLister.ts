import * as vscode from 'vscode';
import { walkMarkdownFiles } from './nodeFolderWalk';
import type { FolderLister } from './workspaceFiles';

/** The desktop host's lister: `file:` folders are walked with Node's fs (see nodeFolderWalk.ts); others are not its own. */
export function nodeFolderLister(followSymlinks: () => boolean): FolderLister {
  return (folder, excluded, slices, cancel) => {
    if (folder.scheme !== 'file') return undefined;
    return walkMarkdownFiles(folder.fsPath, { excluded, followSymlinks: followSymlinks(), slices, cancel }).then((paths) =>
      paths.map((p) => vscode.Uri.file(p)),
    );
  };
}
