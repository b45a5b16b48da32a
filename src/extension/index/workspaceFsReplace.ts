import * as vscode from 'vscode';
import { FileReplacer, tempName } from './fileReplace';

/**
 * Through workspace.fs: every scheme, and the web host. VS Code's rename over an existing file deletes that file
 * first (its FileService's move), so a reader in between finds none.
 */
export const replaceThroughWorkspaceFs: FileReplacer = async (dir, name, bytes) => {
  const temp = vscode.Uri.joinPath(dir, tempName(name));
  try {
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, vscode.Uri.joinPath(dir, name), { overwrite: true });
  } catch (e) {
    try {
      await vscode.workspace.fs.delete(temp);
    } catch {
      // never written
    }
    throw e;
  }
};
