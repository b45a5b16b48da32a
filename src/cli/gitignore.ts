import * as path from 'path';
import { compileGlob, Glob } from '../core';
import { isInside, readSafely } from '../node/safeRead';

interface Rule {
  glob: Glob;
  negated: boolean;
}

/** A .gitignore of hundreds of lines is large; the bound keeps a hostile one small. */
const MAX_RULES = 1000;
const MAX_BYTES = 256 * 1024;

/**
 * What the repository's .gitignore files ignore, for files under `root` (the current folder): the .gitignore of
 * each folder from the root down to the file, later rules winning, `!` re-including, a trailing `/` for folders
 * only, a `/` inside anchoring to the file's folder. Read by our own matcher (no git is run: a repository's git
 * config could run commands), so a re-included file inside an ignored folder counts as re-included.
 */
export class GitIgnore {
  private readonly byFolder = new Map<string, Rule[]>();

  constructor(private readonly root: string) {}

  ignores(file: string): boolean {
    const abs = path.resolve(this.root, file);
    if (!isInside(abs, this.root)) return false;
    const rel = path.relative(this.root, abs).split(path.sep).join('/');
    let ignored = false;
    const parts = rel.split('/');
    for (let depth = 0; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      for (const rule of this.rulesOf(folder)) if (rule.glob.test(rel)) ignored = !rule.negated;
    }
    return ignored;
  }

  private rulesOf(folder: string): Rule[] {
    let rules = this.byFolder.get(folder);
    if (!rules) {
      const read = readSafely(path.join(this.root, folder, '.gitignore'), { root: this.root, followSymlinks: false, maxBytes: MAX_BYTES });
      rules = 'bytes' in read ? parseGitignore(new TextDecoder().decode(read.bytes), folder) : [];
      this.byFolder.set(folder, rules);
    }
    return rules;
  }
}

/** The rules of one .gitignore in `folder` (relative to the root, '' for the root), as globs from the root. */
export function parseGitignore(text: string, folder: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (rules.length >= MAX_RULES) break;
    let line = trimUnescaped(raw);
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    line = line.replace(/^\\([#!])/, '$1');
    const folderOnly = line.endsWith('/');
    if (folderOnly) line = line.replace(/\/+$/, '');
    if (!line) continue;
    // A slash at the start or in the middle ties the pattern to this folder; otherwise it matches at any depth.
    const anchored = line.includes('/');
    const pattern = (folder ? folder + '/' : '') + (anchored ? line.replace(/^\//, '') : '**/' + line) + (folderOnly ? '/**' : '');
    rules.push({ glob: compileGlob(pattern), negated });
  }
  return rules;
}

/** Trailing spaces go, unless the last one is escaped (`a\\ `). A loop: a regex scanned long runs from each space. */
function trimUnescaped(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end < line.length && end > 0 && line[end - 1] === '\\') end++;
  return line.slice(0, end);
}
