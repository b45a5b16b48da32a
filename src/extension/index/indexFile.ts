import type { StorySummary } from '../../core';
import { decodeHead, decodeSummary, encodeHead, encodeSummary, MessagesIn, MessagesOut } from './summaryCodec';

/**
 * The saved index's file format, without VS Code (indexCache.ts reads and writes the file). JSON lines: the first
 * holds the format, the engine build, each workspace folder with its config, the number of stories and the length of
 * the rest. Then one line per story with its head, `[folder number, path in the folder, encoded head]`
 * (summaryCodec.ts): what the Principles view needs, in a quarter of the file, so it fills before the rest is
 * decoded. Then one line per story, in the same order, with `[encoded summary, text hash]` (fingerprint.ts). Joining
 * a path to a folder costs far less than parsing a whole URI and looking up its folder, 10,000 times at start. A file
 * that does not match in every respect is refused whole. A finding's message is written once per file, then referred
 * to by number.
 */
export const INDEX_FORMAT = 5;
/** Bytes decoded per slice when reading: about 1 ms of work. */
const DECODE_CHUNK = 512 * 1024;
const NEWLINE = 0x0a;

/** A workspace folder as saved: its URI and its resolved config as JSON (results under another config are not reused). */
export interface SavedFolder {
  uri: string;
  config: string;
}

interface IndexHeader {
  format: number;
  engine: string;
  folders: SavedFolder[];
  /** How many stories: as many lines of heads, then as many of full summaries. */
  stories: number;
  /** Bytes after the header's line: a file cut short (a crash mid-write) is refused before its heads are shown. */
  length: number;
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

/** A story as read back: where it is, its summary, and the hash of the text it was checked from when known. */
export interface SavedStory<U> {
  uri: U;
  summary: StorySummary;
  hash?: string;
}

/** A saved index whose heads are read: the rest (findings and all) is decoded when asked for. */
export interface OpenedIndexFile<U> {
  /** Every story of a folder placed, known by its head (title, principles): not checked (findings come later). */
  heads: SavedStory<U>[];
  /** The full summaries of the same stories, in the same order. Throws as `openIndexFile` does. */
  stories(pause?: () => Promise<void>): Promise<SavedStory<U>[]>;
}

/** The file's text: the header, the heads, then one line per story. `pause` lets the event loop turn between stories. */
export async function writeIndexFile(
  engine: string,
  folders: readonly SavedFolder[],
  entries: Iterable<SavedEntry>,
  pause: () => Promise<void> = async () => undefined,
): Promise<Uint8Array> {
  const heads: string[] = [];
  const lines: string[] = [];
  const messages: MessagesOut = new Map();
  for (const e of entries) {
    heads.push(JSON.stringify([e.folder, e.path, encodeHead(e.summary)]));
    lines.push(JSON.stringify([encodeSummary(e.summary, messages), e.hash ?? null]));
    await pause();
  }
  const encoder = new TextEncoder();
  const body = encoder.encode([...heads, ...lines].map((line) => line + '\n').join(''));
  const header: IndexHeader = { format: INDEX_FORMAT, engine, folders: [...folders], stories: heads.length, length: body.length };
  const head = encoder.encode(JSON.stringify(header) + '\n');
  const file = new Uint8Array(head.length + body.length);
  file.set(head);
  file.set(body, head.length);
  return file;
}

/**
 * Reads the header and the heads. `place`, given a saved folder, returns how to make a story's URI from its path,
 * or undefined when that folder's stories must be read again (gone, or under another config). Throws, with a
 * reason a log can show, when the file is from another format or engine, or damaged anywhere. `pause` lets the
 * event loop turn between stories: the heads of 10,000 stories take 70 ms to decode.
 */
export async function openIndexFile<U>(
  bytes: Uint8Array,
  engine: string,
  place: (folder: SavedFolder) => Promise<((path: string) => U) | undefined>,
  pause: () => Promise<void> = async () => undefined,
): Promise<OpenedIndexFile<U>> {
  const headerEnd = bytes.indexOf(NEWLINE);
  if (headerEnd < 0) throw new Error(bytes.length === 0 ? 'it is empty' : 'the last line is cut off');
  const header = readHeader(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, headerEnd)), engine);
  const length = bytes.length - headerEnd - 1;
  if (length < header.length) throw new Error('it is cut off');
  if (length > header.length) throw new Error('it is longer than it was written');
  const places: (((path: string) => U) | undefined)[] = [];
  for (const folder of header.folders) places.push(await place(folder));
  const headsEnd = await endOfLines(bytes, headerEnd + 1, header.stories, pause);
  /** For each saved story, its place in `heads`, or -1 when its folder is read again. */
  const kept: number[] = [];
  const heads: SavedStory<U>[] = [];
  await eachLine(bytes.subarray(headerEnd + 1, headsEnd), pause, (line) => {
    const entry = JSON.parse(line) as unknown;
    if (!Array.isArray(entry) || entry.length !== 3 || !Number.isInteger(entry[0]) || typeof entry[1] !== 'string')
      throw new Error('a head is not [folder, path, head]');
    if (entry[0] < 0 || entry[0] >= places.length) throw new Error('a head names no folder');
    const toUri = places[entry[0] as number];
    // Decoded even for a folder read again: the whole file is checked.
    const summary = decodeHead(entry[2]);
    kept.push(toUri ? heads.length : -1);
    if (toUri) heads.push({ uri: toUri(entry[1] as string), summary });
  });
  return {
    heads,
    stories: (pauseNow = pause) => readStories(bytes.subarray(headsEnd), heads, kept, pauseNow),
  };
}

/** The full summaries after the heads: line i is the story of head i. */
async function readStories<U>(
  bytes: Uint8Array,
  heads: readonly SavedStory<U>[],
  kept: readonly number[],
  pause: () => Promise<void>,
): Promise<SavedStory<U>[]> {
  const stories: SavedStory<U>[] = [];
  const messages: MessagesIn = [];
  let n = 0;
  await eachLine(bytes, pause, (line) => {
    if (n >= kept.length) throw new Error('it holds more stories than heads');
    const entry = JSON.parse(line) as unknown;
    if (!Array.isArray(entry) || entry.length !== 2 || (entry[1] !== null && typeof entry[1] !== 'string'))
      throw new Error('an entry is not [summary, hash]');
    // Decoded even for a folder read again: its messages may be referred to later.
    const summary = decodeSummary(entry[0], messages);
    const at = kept[n++];
    if (at >= 0) stories.push({ uri: heads[at].uri, summary, hash: (entry[1] as string | null) ?? undefined });
  });
  if (n !== kept.length) throw new Error('it holds fewer stories than heads');
  return stories;
}

/** Where the `count` lines from `from` end (just after the last one's newline); throws when the bytes end first. */
async function endOfLines(bytes: Uint8Array, from: number, count: number, pause: () => Promise<void>): Promise<number> {
  let at = from;
  for (let n = 0; n < count; n++) {
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) throw new Error('the heads are cut off');
    at = end + 1;
    if ((n & 1023) === 1023) await pause();
  }
  return at;
}

/** Calls `onLine` for every line of `bytes` (which must end with a newline), decoding a chunk at a time. */
async function eachLine(bytes: Uint8Array, pause: () => Promise<void>, onLine: (line: string) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let partial = '';
  for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
    const chunk = decoder.decode(bytes.subarray(at, at + DECODE_CHUNK), { stream: at + DECODE_CHUNK < bytes.length });
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      onLine(line);
      await pause();
    }
  }
  if (partial !== '') throw new Error('the last line is cut off');
}

function readHeader(line: string, engine: string): IndexHeader {
  const h = JSON.parse(line) as Partial<IndexHeader>;
  if (!h || h.format !== INDEX_FORMAT) throw new Error('it is in another format');
  if (h.engine !== engine) throw new Error('it was made by another version of STAR Stories');
  if (!Array.isArray(h.folders)) throw new Error('it lists no folders');
  if (!Number.isInteger(h.length) || !Number.isInteger(h.stories)) throw new Error('it gives no length');
  for (const f of h.folders)
    if (!f || typeof f.uri !== 'string' || typeof f.config !== 'string') throw new Error('a folder is not { uri, config }');
  return h as IndexHeader;
}
