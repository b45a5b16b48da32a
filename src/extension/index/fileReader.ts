import * as vscode from 'vscode';

/** What reading a workspace file gave: its bytes, or why there are none. */
export type FileRead = { bytes: Uint8Array } | { tooLarge: number } | { skipped: string } | { missing: true } | { error: string };

/**
 * Reads a file of the workspace for the index and the config, never more than `maxBytes`. The desktop host reads
 * `file:` URIs with Node (see nodeFileReader.ts); every other scheme, and the web build, go through workspace.fs.
 */
export interface StoryFileReader {
  read(uri: vscode.Uri, maxBytes: number): Promise<FileRead>;
}

/**
 * Through `vscode.workspace.fs`, which works for virtual workspaces and vscode.dev. A stat comes first, so a
 * device or anything else that is not a plain file is never read, and a large file is not read whole.
 */
export class WorkspaceFsReader implements StoryFileReader {
  async read(uri: vscode.Uri, maxBytes: number): Promise<FileRead> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (!(stat.type & vscode.FileType.File)) return { skipped: 'not a regular file' };
      if (stat.size > maxBytes) return { tooLarge: stat.size };
      const bytes = await vscode.workspace.fs.readFile(uri);
      return bytes.byteLength > maxBytes ? { tooLarge: bytes.byteLength } : { bytes };
    } catch (e) {
      if ((e as vscode.FileSystemError)?.code === 'FileNotFound') return { missing: true };
      return { error: String((e as Error)?.message ?? e) };
    }
  }
}
