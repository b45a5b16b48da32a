import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'fs';
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

/**
 * Reads a file, never more than `maxBytes` of it. The checks are made on the opened file itself, so swapping the
 * file after a check changes nothing: a device, pipe or socket is never read (the open does not block, so a pipe
 * cannot hang), and a file that grows is cut off one byte past the limit. Synchronous: a story is a few KB, and
 * Node's thread pool, not the disk, limits asynchronous reads (callers work in short slices instead).
 */
export function readSafely(file: string, options: SafeReadOptions): SafeRead {
  let fd: number | undefined;
  try {
    const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
    if (options.followSymlinks) fd = openSync(file, flags);
    else {
      const opened = openWithin(file, options.root, flags);
      if (opened === undefined) return { skipped: LEAVES_ROOT };
      fd = opened;
    }
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skipped: NOT_A_FILE };
    if (stat.size > options.maxBytes) return { tooLarge: stat.size };
    // One byte more than the size, to see whether the file grew since its size was read.
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > options.maxBytes) return { tooLarge: length };
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, options.maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const asked = buffer.length - length;
      const bytesRead = readSync(fd, buffer, length, asked, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      // A regular file reads short only at its end: no second call just to be told so (half the reads of a scan).
      if (bytesRead < asked) break;
    }
    if (length > options.maxBytes) return { tooLarge: length };
    return { bytes: buffer.subarray(0, length) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { error: describeError(e) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed or gone: nothing to release
      }
    }
  }
}

/**
 * Opens `file` unless it resolves, through a symbolic link on its way, to a place outside `root` (then undefined).
 * The folder's real path is remembered for a moment (a scan reads hundreds of files per folder), and the file
 * itself is opened without following a link: only a file that is a link pays for resolving its whole path.
 */
function openWithin(file: string, root: string, flags: number): number | undefined {
  const noFollow = constants.O_NOFOLLOW;
  if (noFollow === undefined) return leavesRoot(file, root) ? undefined : openSync(file, flags);
  const absolute = path.resolve(file);
  const dir = path.dirname(absolute);
  const realDir = realFolder(dir);
  if (realDir !== dir && !isInside(path.join(realDir, path.basename(absolute)), realRoot(root))) return undefined;
  try {
    return openSync(absolute, flags | noFollow);
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code !== 'ELOOP') throw e;
    return leavesRoot(absolute, root) ? undefined : openSync(absolute, flags);
  }
}

/** Real paths of folders read lately; forgotten after a second, so a folder swapped for a link later is seen. */
const realFolders = new Map<string, string>();
let realFoldersSince = 0;
const REAL_FOLDER_MEMORY_MS = 1000;

function realFolder(dir: string): string {
  const now = Date.now();
  if (now - realFoldersSince > REAL_FOLDER_MEMORY_MS || realFolders.size > 10000) {
    realFolders.clear();
    realFoldersSince = now;
  }
  let real = realFolders.get(dir);
  if (real === undefined) {
    real = realpathSync.native(dir);
    realFolders.set(dir, real);
  }
  return real;
}

/** True when `file` resolves, through a symbolic link on its way, to a place outside `root`. */
export function leavesRoot(file: string, root: string): boolean {
  const absolute = path.resolve(file);
  const real = realpathSync.native(absolute);
  if (real === absolute) return false;
  return !isInside(real, realRoot(root));
}

/** Roots are few and seldom change; their real paths are remembered (a bounded memo). */
const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync.native(root);
    } catch {
      real = path.resolve(root);
    }
    if (realRoots.size > 100) realRoots.clear();
    realRoots.set(root, real);
  }
  return real;
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
