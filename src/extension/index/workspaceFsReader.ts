import * as vscode from 'vscode';
import { FileRead, readWithinLimit, StatAndRead, StoryFileReader } from './fileReader';

const workspaceFs: StatAndRead<vscode.Uri> = {
  stat: async (uri) => {
    const stat = await vscode.workspace.fs.stat(uri);
    return { isFile: (stat.type & vscode.FileType.File) !== 0, size: stat.size };
  },
  readFile: (uri) => vscode.workspace.fs.readFile(uri),
  isNotFound: (e) => (e as vscode.FileSystemError)?.code === 'FileNotFound',
};

/** Through `vscode.workspace.fs`, which works for virtual workspaces and vscode.dev (one round trip per call). */
export class WorkspaceFsReader implements StoryFileReader {
  read(uri: vscode.Uri, maxBytes: number): Promise<FileRead> {
    return readWithinLimit(workspaceFs, uri, maxBytes);
  }
}
