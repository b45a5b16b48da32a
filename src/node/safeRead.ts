import { constants, promises as fs } from 'fs';
import * as path from 'path';

/**
 * Node-only file reading shared by star-lint and the desktop extension: what a repository cloned from anywhere
 * can hold must never make either read outside the folder checked, open a device, or take all memory.
 */

export type SafeRead = { bytes: Uint8Array } | { skipped: string } | { tooLarge: number } | { missing: true } | { error: string };

export interface SafeReadOptions {
  /** Links may lead out of this folder only with `followSymlinks`. */
  root: string;
  followSymlinks: boolean;
  maxBytes: number;
}

export const NOT_A_FILE = 'not a regular file (a device, pipe or socket is never read)';
export const LEAVES_ROOT = 'a symbolic link that leads outside the folder checked';

const CHUNK = 256 * 1024;

/**
 * Reads a file, never more than `maxBytes` of it. The checks are made on the opened file itself, so swapping the
 * file after a check changes nothing: a device, pipe or socket is never read (the open does not block, so a pipe
 * cannot hang), and a file that grows is cut off one byte past the limit.
 */
export async function readSafely(file: string, options: SafeReadOptions): Promise<SafeRead> {
  let handle;
  try {
    if (!options.followSymlinks && (await leavesRoot(file, options.root))) return { skipped: LEAVES_ROOT };
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) return { skipped: NOT_A_FILE };
    if (stat.size > options.maxBytes) return { tooLarge: stat.size };
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, options.maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > options.maxBytes) return { tooLarge: length };
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { error: describeError(e) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** True when `file` resolves, through a symbolic link on its way, to a place outside `root`. */
export async function leavesRoot(file: string, root: string): Promise<boolean> {
  const absolute = path.resolve(file);
  const real = await fs.realpath(absolute);
  if (real === absolute) return false;
  const realRoot = await fs.realpath(root).catch(() => path.resolve(root));
  return !isInside(real, realRoot);
}

export function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return String((e as Error)?.message ?? e);
}
