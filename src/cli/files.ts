import { promises as fs } from 'fs';
import * as path from 'path';
import { describeError, isInside, LEAVES_ROOT, leavesRoot, NOT_A_FILE } from '../node/safeRead';

const MARKDOWN = /\.(md|markdown)$/i;


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
      out.problems.push(`Cannot read "${p}": ${describeError(e)}.`);
      continue;
    }
    if (stat.isDirectory()) {
      if (!options.followSymlinks && leavesRoot(p, rootOfNamed(p, options.cwd))) out.skipped.push({ file: p, reason: LEAVES_ROOT });
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
    out.problems.push(`Cannot read folder "${dir}": ${describeError(e)}.`);
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

