import { readSafely } from '../node/safeRead';
import { FileToCheck } from './files';

export type ReadOutcome = { text: string } | { skipped: string } | { tooLarge: number } | { error: string };

export interface ReadOptions {
  followSymlinks: boolean;
  maxBytes: number;
}

/** One file as text, by the rules of readSafely; a file that vanished since it was listed is a read error. */
export function readStoryFile(f: FileToCheck, options: ReadOptions): ReadOutcome {
  const read = readSafely(f.file, { root: f.root, ...options });
  if ('bytes' in read) return { text: new TextDecoder().decode(read.bytes) };
  if ('missing' in read) return { error: 'no such file or folder' };
  return read;
}
