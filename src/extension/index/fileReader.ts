import type * as vscode from 'vscode';

/** What reading a workspace file gave: its bytes, or why there are none. */
export type FileRead = { bytes: Uint8Array } | { tooLarge: number } | { skipped: string } | { missing: true } | { error: string };

/**
 * Reads a file of the workspace for the index and the config, never more than `maxBytes`. The desktop host reads
 * `file:` URIs with Node (see nodeFileReader.ts); every other scheme, and the web build, go through workspace.fs
 * (workspaceFsReader.ts).
 */
export interface StoryFileReader {
  read(uri: vscode.Uri, maxBytes: number): Promise<FileRead>;
  /**
   * The same read done synchronously, where the reader can (a local file in the desktop host), else undefined: a scan
   * reads thousands of files in slices without a promise for each.
   */
  readNow?(uri: vscode.Uri, maxBytes: number): FileRead | undefined;
}

/** The part of a file system a reader needs (vscode.workspace.fs has it; so has the tests' in-memory one). */
export interface StatAndRead<U> {
  stat(uri: U): PromiseLike<{ isFile: boolean; size: number }>;
  readFile(uri: U): PromiseLike<Uint8Array>;
  /** Whether an error thrown by the two says the file is not there. */
  isNotFound(error: unknown): boolean;
}

/**
 * A stat comes first, so a device or anything else that is not a plain file is never read, and a large file is
 * not read whole; the size is checked again after the read (the file may have grown).
 */
export async function readWithinLimit<U>(fs: StatAndRead<U>, uri: U, maxBytes: number): Promise<FileRead> {
  try {
    const stat = await fs.stat(uri);
    if (!stat.isFile) return { skipped: 'not a regular file' };
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    const bytes = await fs.readFile(uri);
    return bytes.byteLength > maxBytes ? { tooLarge: bytes.byteLength } : { bytes };
  } catch (e) {
    if (fs.isNotFound(e)) return { missing: true };
    return { error: String((e as Error)?.message ?? e) };
  }
}

/** One decoder for every file: a scan decodes thousands. */
const utf8 = new TextDecoder('utf-8');

/** UTF-8 text, or undefined for a binary file (a NUL byte early on). */
export function decodeText(bytes: Uint8Array): string | undefined {
  // indexOf is native: no loop in script over the first 8,000 bytes of every file a scan reads.
  if (bytes.subarray(0, 8000).indexOf(0) !== -1) return undefined;
  return utf8.decode(bytes);
}

/** starStories.maxFileSizeKB in bytes (at least 1 KB; 1 MB when unset). */
export function maxBytesOf(kb: number | undefined): number {
  return Math.max(1, kb ?? 1024) * 1024;
}
