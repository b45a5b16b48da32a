import { promises as fs } from 'fs';
import * as path from 'path';

const MARKDOWN = /\.(md|markdown)$/i;

export const NOT_A_FILE = 'not a regular file (a device, pipe or socket is never read)';

/** A file to check, and the folder it must not lead out of when it is (or sits behind) a symbolic link. */
export interface FileToCheck {
  file: string;
  root: string;
}

export interface CollectedFiles {
  files: FileToCheck[];
  /** Files passed over on purpose, with the reason: said on stderr, not an error. */
  skipped: { file: string; reason: string }[];
  /** Paths that do not exist or cannot be listed: errors (exit 2). */
  problems: string[];
}

export interface CollectOptions {
  cwd: string;
  followSymlinks: boolean;
}

/**
 * Expands the named paths into Markdown files, sorted within each folder. Named files are checked whatever
 * their extension; folders are searched for .md/.markdown, skipping node_modules and dot folders. Symbolic
 * links to folders are never followed (they can loop); links to files are followed only when they stay inside
 * the folder named (or the current folder, for a named file), unless `followSymlinks`.
 */
export async function collectFiles(paths: readonly string[], options: CollectOptions): Promise<CollectedFiles> {
  const out: CollectedFiles = { files: [], skipped: [], problems: [] };
  const seen = new Set<string>();
  const add = (file: string, root: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      out.files.push({ file, root });
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (e) {
      out.problems.push(`Cannot read "${p}": ${describe(e)}.`);
      continue;
    }
    if (stat.isDirectory()) {
      const link = await leavesRoot(p, rootOfNamed(p, options.cwd), options);
      if (link) out.skipped.push({ file: p, reason: link });
      else await walk(p, p, add, out);
    } else add(p, rootOfNamed(p, options.cwd));
  }
  return out;
}

/** A named file or folder may lead anywhere inside the current folder; one outside it, only to its own folder. */
function rootOfNamed(p: string, cwd: string): string {
  const abs = path.resolve(cwd, p);
  return isInside(abs, path.resolve(cwd)) ? cwd : path.dirname(abs);
}

async function walk(dir: string, root: string, add: (file: string, root: string) => void, out: CollectedFiles): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.problems.push(`Cannot read folder "${dir}": ${describe(e)}.`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      await walk(full, root, add, out);
    } else if (MARKDOWN.test(entry.name)) {
      // Devices, pipes and sockets are never opened; a link is checked when the file is opened.
      if (entry.isFile() || entry.isSymbolicLink()) add(full, root);
      else out.skipped.push({ file: full, reason: NOT_A_FILE });
    }
  }
}

/**
 * Why `file` may not be read when it resolves outside `root` through a symbolic link, or undefined when it may.
 * A file that is no link, or whose links stay inside, is always fine.
 */
export async function leavesRoot(file: string, root: string, options: CollectOptions): Promise<string | undefined> {
  if (options.followSymlinks) return undefined;
  const absolute = path.resolve(options.cwd, file);
  const real = await fs.realpath(absolute);
  if (real === absolute) return undefined;
  const realRoot = await fs.realpath(path.resolve(options.cwd, root)).catch(() => path.resolve(options.cwd, root));
  return isInside(real, realRoot) ? undefined : 'a symbolic link that leads outside the folder checked (--follow-symlinks reads it)';
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return String((e as Error)?.message ?? e);
}
