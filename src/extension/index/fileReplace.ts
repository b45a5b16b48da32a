import type * as vscode from 'vscode';

/**
 * Writes `bytes` as the file `name` in the folder `dir` (made if need be) so that a reader sees the old file or the
 * new one: written aside under a name of its own (two windows on one folder share a storage folder), then moved over.
 * The desktop host replaces local files with Node (nodeFileReplace.ts); the rest go through workspace.fs
 * (workspaceFsReplace.ts).
 */
export type FileReplacer = (dir: vscode.Uri, name: string, bytes: Uint8Array) => Promise<void>;

/** A temporary name beside `name`, different for every write. */
export function tempName(name: string): string {
  return `${name}.${Math.random().toString(36).slice(2)}.tmp`;
}
