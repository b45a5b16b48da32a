import { promises as fs } from 'fs';
import * as path from 'path';

const MARKDOWN = /\.(md|markdown)$/i;

export interface CollectedFiles {
  files: string[];
  problems: string[];
}

/**
 * Expands the named paths into Markdown files, sorted within each folder. Named files are checked
 * whatever their extension; folders are searched for .md/.markdown, skipping node_modules and dot
 * folders. Symbolic links to folders are not followed (they can loop).
 */
export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (e) {
      problems.push(`Cannot read "${p}": ${describe(e)}.`);
      continue;
    }
    if (stat.isDirectory()) await walk(p, add, problems);
    else add(p);
  }
  return { files, problems };
}

async function walk(dir: string, add: (f: string) => void, problems: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push(`Cannot read folder "${dir}": ${describe(e)}.`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      await walk(full, add, problems);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name)) {
      add(full);
    }
  }
}

export function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return String((e as Error)?.message ?? e);
}
