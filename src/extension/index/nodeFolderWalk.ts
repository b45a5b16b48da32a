import { Dirent, readdirSync, realpathSync, statSync } from 'fs';
import * as path from 'path';
import { isInside } from '../../node/safeRead';
import type { Cancellation, Slices } from './slices';

export const MARKDOWN_FILE = /\.(md|markdown)$/i;

export interface FolderWalkOptions {
  /** Whether a path relative to the root (forward slashes) is excluded; a folder excluded is not entered. */
  excluded(relativePath: string): boolean;
  /** Enter folders that are symbolic links to places outside the root (links within it never are). */
  followSymlinks: boolean;
  slices: Slices;
  cancel?: Cancellation;
}

/**
 * The Markdown files under a folder on disk, as absolute paths, listed with Node's fs in short synchronous slices.
 * In the desktop host one search through findFiles for a large workspace took over a second of round trips to
 * the search service; listing the folders here takes a few milliseconds per thousand files. A folder that cannot
 * be listed (gone, no permission) is skipped.
 */
export async function walkMarkdownFiles(root: string, options: FolderWalkOptions): Promise<string[]> {
  const found: string[] = [];
  const realRoot = realOrSelf(root);
  // Linked folders out of the root are entered once each by their real path: links between them cannot loop.
  const seenReal = new Set<string>([realRoot]);
  // Depth-first with an explicit stack: a deep tree cannot overflow the call stack.
  const stack: { dir: string; rel: string }[] = [{ dir: root, rel: '' }];
  while (stack.length > 0) {
    if (options.cancel?.isCancellationRequested) return found;
    await options.slices.pause();
    const { dir, rel } = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    // Reverse, so the stack hands folders out in the listing's order.
    const folders: { dir: string; rel: string }[] = [];
    for (let n = 0; n < entries.length; n++) {
      // A folder of hundreds of files is listed in one call, then looked at in slices (exclusions, links): one
      // folder of 500 stories held the host for 40 ms on a warm start (the benchmark).
      if ((n & 63) === 63) {
        await options.slices.pause();
        if (options.cancel?.isCancellationRequested) return found;
      }
      const entry = entries[n];
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!options.excluded(childRel)) folders.push({ dir: full, rel: childRel });
      } else if (entry.isSymbolicLink()) {
        // A link is listed by what it points to; the reader decides later whether a file link may be read.
        let target: ReturnType<typeof statSync> | undefined;
        try {
          target = statSync(full);
        } catch {
          continue; // dangling
        }
        if (target.isDirectory()) {
          // A link to a folder inside the root would list its files twice (they are listed where they are).
          if (!options.followSymlinks || options.excluded(childRel)) continue;
          const real = realOrSelf(full);
          if (isInside(real, realRoot) || seenReal.has(real)) continue; // a cycle, or a folder already listed
          seenReal.add(real);
          folders.push({ dir: full, rel: childRel });
        } else if (MARKDOWN_FILE.test(entry.name) && !options.excluded(childRel)) found.push(full);
      } else if (entry.isFile() && MARKDOWN_FILE.test(entry.name) && !options.excluded(childRel)) found.push(full);
    }
    for (let i = folders.length - 1; i >= 0; i--) stack.push(folders[i]);
  }
  return found;
}

function realOrSelf(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}
