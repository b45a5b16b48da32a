import * as path from 'path';

/** A file as the output names it: relative to the current folder with forward slashes, else absolute. */
export function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
