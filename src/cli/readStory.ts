import { constants, promises as fs } from 'fs';
import { CollectOptions, describe, FileToCheck, leavesRoot, NOT_A_FILE } from './files';

const CHUNK = 256 * 1024;

export type ReadOutcome = { text: string } | { skipped: string } | { tooLarge: number } | { error: string };

export interface ReadOptions extends CollectOptions {
  maxBytes: number;
}

/**
 * Reads one file as text, never more than `maxBytes` of it. The checks are made on the opened file itself
 * (a swap after a check changes nothing): a device, pipe or socket is never read (non-blocking open, so a pipe
 * cannot hang the run), and a link that leads out of its folder is not followed.
 */
export async function readStoryFile(f: FileToCheck, options: ReadOptions): Promise<ReadOutcome> {
  let handle;
  try {
    const outside = await leavesRoot(f.file, f.root, options);
    if (outside) return { skipped: outside };
    handle = await fs.open(f.file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) return { skipped: NOT_A_FILE };
    if (stat.size > options.maxBytes) return { tooLarge: stat.size };
    // Read in chunks up to one byte past the limit: a file that grew since its size was read is never read whole.
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
    return { text: new TextDecoder().decode(Buffer.concat(chunks, length)) };
  } catch (e) {
    return { error: describe(e) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
