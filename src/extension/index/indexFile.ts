import type { StorySummary } from '../../core';
import { decodeSummary, encodeSummary, MessagesIn, MessagesOut } from './summaryCodec';

/**
 * The saved index's file format, without VS Code (indexCache.ts reads and writes the file). JSON lines: the first
 * holds the format, the engine build and each workspace folder with its config; every other line is
 * `[folder number, path in the folder, encoded summary, text hash]` (summaryCodec.ts, fingerprint.ts): joining a path to a folder costs far
 * less than parsing a whole URI and looking up its folder, 10,000 times at start. A file that does not match in
 * every respect is refused whole. A finding's message is written once per file, then referred to by number.
 */
export const INDEX_FORMAT = 4;
/** Bytes decoded per slice when reading: about 1 ms of work. */
const DECODE_CHUNK = 512 * 1024;

/** A workspace folder as saved: its URI and its resolved config as JSON (results under another config are not reused). */
export interface SavedFolder {
  uri: string;
  config: string;
}

interface IndexHeader {
  format: number;
  engine: string;
  folders: SavedFolder[];
}

export interface SavedEntry {
  /** The folder's number in the header. */
  folder: number;
  /** The path inside the folder, without a leading slash. */
  path: string;
  summary: StorySummary;
  /** The hash of the text the summary was checked from (fingerprint.ts), when known. */
  hash?: string;
}

/** The file's text: the header, then one line per story. `pause` lets the event loop turn between stories. */
export async function writeIndexFile(
  engine: string,
  folders: readonly SavedFolder[],
  entries: Iterable<SavedEntry>,
  pause: () => Promise<void> = async () => undefined,
): Promise<Uint8Array> {
  const header: IndexHeader = { format: INDEX_FORMAT, engine, folders: [...folders] };
  const lines = [JSON.stringify(header)];
  const messages: MessagesOut = new Map();
  for (const e of entries) {
    lines.push(JSON.stringify([e.folder, e.path, encodeSummary(e.summary, messages), e.hash ?? null]));
    await pause();
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

/**
 * The stories of the file, each placed by `place`: given a saved folder, it returns how to make a story's URI from
 * its path, or undefined when that folder's stories must be read again (gone, or under another config). Throws,
 * with a reason a log can show, when the file is from another format or engine, or damaged anywhere.
 */
export async function readIndexFile<U>(
  bytes: Uint8Array,
  engine: string,
  place: (folder: SavedFolder) => Promise<((path: string) => U) | undefined>,
  pause: () => Promise<void> = async () => undefined,
): Promise<{ uri: U; summary: StorySummary; hash?: string }[]> {
  const stories: { uri: U; summary: StorySummary; hash?: string }[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let header: IndexHeader | undefined;
  const places: (((path: string) => U) | undefined)[] = [];
  const messages: MessagesIn = [];
  let partial = '';
  for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
    const chunk = decoder.decode(bytes.subarray(at, at + DECODE_CHUNK), { stream: at + DECODE_CHUNK < bytes.length });
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!header) {
        header = readHeader(line, engine);
        for (const folder of header.folders) places.push(await place(folder));
        continue;
      }
      const entry = JSON.parse(line) as unknown;
      if (
        !Array.isArray(entry) ||
        entry.length !== 4 ||
        !Number.isInteger(entry[0]) ||
        typeof entry[1] !== 'string' ||
        (entry[3] !== null && typeof entry[3] !== 'string')
      )
        throw new Error('an entry is not [folder, path, summary, hash]');
      if (entry[0] < 0 || entry[0] >= places.length) throw new Error('an entry names no folder');
      const toUri = places[entry[0] as number];
      // Decoded even for a folder read again: its messages may be referred to later.
      const summary = decodeSummary(entry[2], messages);
      if (toUri) stories.push({ uri: toUri(entry[1]), summary, hash: (entry[3] as string | null) ?? undefined });
      await pause();
    }
  }
  if (partial !== '') throw new Error('the last line is cut off');
  if (!header) throw new Error('it is empty');
  return stories;
}

function readHeader(line: string, engine: string): IndexHeader {
  const h = JSON.parse(line) as Partial<IndexHeader>;
  if (!h || h.format !== INDEX_FORMAT) throw new Error('it is in another format');
  if (h.engine !== engine) throw new Error('it was made by another version of STAR Stories');
  if (!Array.isArray(h.folders)) throw new Error('it lists no folders');
  for (const f of h.folders)
    if (!f || typeof f.uri !== 'string' || typeof f.config !== 'string') throw new Error('a folder is not { uri, config }');
  return h as IndexHeader;
}
