import { promises as fs } from 'fs';
import * as path from 'path';
import { compileGlob, matchesAnyGlob } from '../core';
import { describeError, isInside, LEAVES_ROOT, leavesRoot, NOT_A_FILE } from '../node/safeRead';

const MARKDOWN = /\.(md|markdown)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

/** A file to check, and the folder it must not lead out of when it is (or sits behind) a symbolic link. */
export interface FileToCheck {
  file: string;
  root: string;
}

export interface CollectedFiles {
  files: FileToCheck[];
  /** Files passed over on purpose, with the reason: said on stderr, not an error. */
  skipped: { file: string; reason: string }[];
  /** Globs that matched no file: said on stderr, not an error. */
  unmatched: string[];
  /** Paths that do not exist or cannot be listed: errors (exit 2). */
  problems: string[];
}

export interface CollectOptions {
  cwd: string;
  followSymlinks: boolean;
  /** Files left out by the config's `ignores` or a .gitignore (paths relative to cwd, forward slashes). */
  ignored?: (relativePath: string, absolutePath: string) => boolean;
}

/**
 * Expands the named files, folders and globs into Markdown files, sorted within each folder, in the order named.
 * Named files are checked whatever their extension; folders and globs give .md/.markdown files, skipping
 * node_modules and dot folders. `!glob` leaves files out. Symbolic links to folders are never followed; links to
 * files are followed only when they stay inside the folder named (or the current folder), unless `followSymlinks`.
 */
export async function collectFiles(paths: readonly string[], options: CollectOptions): Promise<CollectedFiles> {
  const out: CollectedFiles = { files: [], skipped: [], unmatched: [], problems: [] };
  const excludes = paths.filter((p) => p.startsWith('!')).map((p) => compileGlob(relativeGlob(p.slice(1), options.cwd)));
  const seen = new Set<string>();
  const add = (file: string, root: string) => {
    const key = path.resolve(options.cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    const rel = path.relative(options.cwd, key).split(path.sep).join('/');
    if (matchesAnyGlob(rel, excludes) || options.ignored?.(rel, key)) return;
    out.files.push({ file: key, root });
  };
  for (const p of paths) {
    if (p.startsWith('!') || p === '-') continue;
    const abs = path.resolve(options.cwd, p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      if (GLOB_CHARS.test(p)) {
        const before = seen.size;
        await expandGlob(p, options, add, out);
        if (seen.size === before) out.unmatched.push(p);
      } else out.problems.push(`Cannot read "${p}": ${describeError(e)}.`);
      continue;
    }
    if (stat.isDirectory()) {
      if (!options.followSymlinks && leavesRoot(abs, rootOfNamed(abs, options.cwd))) out.skipped.push({ file: abs, reason: LEAVES_ROOT });
      else await walk(abs, abs, add, out);
    } else add(abs, rootOfNamed(abs, options.cwd));
  }
  return out;
}

/** A named file or folder may lead anywhere inside the current folder; one outside it, only to its own folder. */
function rootOfNamed(abs: string, cwd: string): string {
  return isInside(abs, path.resolve(cwd)) ? cwd : path.dirname(abs);
}

/** A glob as written (`./stories/*.md`, `stories\\*.md` on Windows) relative to cwd with forward slashes. */
function relativeGlob(glob: string, cwd: string): string {
  const slashed = glob.split(path.sep).join('/').replace(/^\.\//, '');
  if (!path.isAbsolute(slashed)) return slashed;
  const rel = path.relative(cwd, slashed).split(path.sep).join('/');
  return rel.startsWith('..') ? slashed : rel;
}

/** Walks the glob's fixed leading folders (the part before the first wildcard) and keeps the Markdown files it matches. */
async function expandGlob(
  glob: string,
  options: CollectOptions,
  add: (file: string, root: string) => void,
  out: CollectedFiles,
): Promise<void> {
  const pattern = relativeGlob(glob, options.cwd);
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const s of segments) {
    if (GLOB_CHARS.test(s)) break;
    fixed.push(s);
  }
  const base = path.resolve(options.cwd, fixed.join('/') || '.');
  const matcher = compileGlob(pattern);
  try {
    if (!(await fs.stat(base)).isDirectory()) return;
  } catch {
    return;
  }
  await walk(
    base,
    options.cwd,
    (file, root) => {
      const rel = path.relative(options.cwd, file).split(path.sep).join('/');
      const key = path.isAbsolute(pattern) ? file.split(path.sep).join('/') : rel;
      if (matcher.test(key)) add(file, root);
    },
    out,
  );
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
