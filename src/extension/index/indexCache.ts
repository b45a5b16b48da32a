import * as vscode from 'vscode';
import type { StorySummary } from '../../core';
import { Slices } from './slices';
import { decodeSummary, encodeSummary } from './summaryCodec';

/**
 * The index as the last session left it, saved in VS Code's storage for this workspace (never in the workspace
 * itself). Reading 20,000 files costs seconds in a remote host, one round trip each; this one file lets the
 * Principles view and Problems fill at once on the next start, while the scan checks every file again behind it.
 *
 * Format: JSON lines. The first holds the format, the engine build and each workspace folder with its config;
 * every other line is `[folder number, path in the folder, encoded summary]` (summaryCodec.ts): joining a path to
 * a folder costs far less than parsing a whole URI and looking up its folder, 10,000 times at start.
 * A file that does not match in every respect is ignored whole.
 */
const FORMAT = 2;
const FILE_NAME = 'story-index.jsonl';
/** Bytes decoded per slice when reading: about 1 ms of work. */
const DECODE_CHUNK = 512 * 1024;

/** Replaced at bundle time (scripts/bundle.js) by a hash of the engine's sources: a new engine never reads old results. */
declare const __STAR_ENGINE_ID__: string | undefined;
const ENGINE_ID = typeof __STAR_ENGINE_ID__ === 'string' ? __STAR_ENGINE_ID__ : 'unbundled';

interface CacheHeader {
  format: number;
  engine: string;
  /** Workspace folders, each with its resolved config as JSON: results computed under another config are not reused. */
  folders: { uri: string; config: string }[];
}

export interface CachedStory {
  uri: vscode.Uri;
  summary: StorySummary;
}

export class IndexCache {
  /** Where the index is saved; undefined without a workspace (VS Code gives no storage then). */
  readonly file: vscode.Uri | undefined;

  constructor(
    private readonly dir: vscode.Uri | undefined,
    private readonly extensionVersion: string,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.file = dir && vscode.Uri.joinPath(dir, FILE_NAME);
  }

  /**
   * The saved stories whose folder still has the config they were checked with. Empty when there is no saved
   * index, or it is from another engine or damaged (logged, never shown: the scan reads everything anyway).
   */
  async load(configOf: (folder: vscode.WorkspaceFolder) => Promise<string>): Promise<CachedStory[]> {
    if (!this.file) return [];
    const started = performance.now();
    // The folders' configs are needed to trust the file: load them while it is read (each is a few round trips).
    const configs = new Map((vscode.workspace.workspaceFolders ?? []).map((f) => [f.uri.toString(), configOf(f)]));
    for (const c of configs.values()) c.catch(() => undefined);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.file);
    } catch (e) {
      this.output.info(`No saved story index to start from (${(e as Error)?.message ?? e}).`);
      return [];
    }
    const readAt = performance.now();
    const stories: CachedStory[] = [];
    try {
      const pacer = new Slices();
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let header: CacheHeader | undefined;
      /** By the header's folder number: the workspace folder whose config is unchanged, with its path ending in `/`. */
      const reusable: ({ folder: vscode.WorkspaceFolder; base: string } | undefined)[] = [];
      let partial = '';
      for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
        const chunk = decoder.decode(bytes.subarray(at, at + DECODE_CHUNK), { stream: at + DECODE_CHUNK < bytes.length });
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
          if (!header) {
            header = readHeader(line, this.engineId());
            for (const saved of header.folders) {
              const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === saved.uri);
              if (folder && saved.config === (await configs.get(saved.uri)))
                reusable.push({ folder, base: folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/' });
              else {
                reusable.push(undefined);
                if (folder)
                  this.output.info(`The saved story index of ${folder.name} was made under other settings; its files are read again.`);
              }
            }
            continue;
          }
          const entry = JSON.parse(line) as unknown;
          if (!Array.isArray(entry) || entry.length !== 3 || !Number.isInteger(entry[0]) || typeof entry[1] !== 'string')
            throw new Error('an entry is not [folder, path, summary]');
          if (entry[0] < 0 || entry[0] >= reusable.length) throw new Error('an entry names no folder');
          const place = reusable[entry[0] as number];
          if (place) stories.push({ uri: place.folder.uri.with({ path: place.base + entry[1] }), summary: decodeSummary(entry[2]) });
          await pacer.pause();
        }
      }
      if (partial !== '') throw new Error('the last line is cut off');
      if (!header) throw new Error('it is empty');
    } catch (e) {
      this.output.warn(`Ignored the saved story index (${(e as Error)?.message ?? e}); every file is read again.`);
      return [];
    }
    this.output.info(
      `Read ${stories.length} stories from the saved index (${(bytes.length / 1e6).toFixed(1)} MB): read in ${Math.round(readAt - started)} ms, decoded in ${Math.round(performance.now() - readAt)} ms.`,
    );
    return stories;
  }

  /**
   * Saves the stories as read from disk, with the config of each workspace folder (in the workspace's order) they
   * were checked under. Written to a temporary file first, so a reader never sees half of it.
   */
  async save(stories: Iterable<CachedStory>, folderConfigs: readonly string[]): Promise<void> {
    if (!this.file || !this.dir) return;
    const pacer = new Slices();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const header: CacheHeader = {
      format: FORMAT,
      engine: this.engineId(),
      folders: folders.map((folder, i) => ({ uri: folder.uri.toString(), config: folderConfigs[i] })),
    };
    const lines = [JSON.stringify(header)];
    for (const { uri, summary } of stories) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const base = folder && (folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/');
      // Stories in a folder of the workspace only (an open file from elsewhere is read again when opened).
      if (folder && base && uri.path.startsWith(base) && uri.scheme === folder.uri.scheme && uri.authority === folder.uri.authority) {
        lines.push(JSON.stringify([folder.index, uri.path.slice(base.length), encodeSummary(summary)]));
      }
      await pacer.pause();
    }
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    // Two windows on one folder share this storage: each writes its own temporary file.
    const temp = vscode.Uri.joinPath(this.dir, `${FILE_NAME}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      await vscode.workspace.fs.createDirectory(this.dir);
      await vscode.workspace.fs.writeFile(temp, bytes);
      await vscode.workspace.fs.rename(temp, this.file, { overwrite: true });
    } catch (e) {
      this.output.warn(`Could not save the story index for the next start: ${(e as Error)?.message ?? e}`);
      try {
        await vscode.workspace.fs.delete(temp);
      } catch {
        // never written
      }
    }
  }

  private engineId(): string {
    return `${this.extensionVersion}+${ENGINE_ID}`;
  }
}

function readHeader(line: string, engine: string): CacheHeader {
  const h = JSON.parse(line) as Partial<CacheHeader>;
  if (!h || h.format !== FORMAT) throw new Error('it is in another format');
  if (h.engine !== engine) throw new Error('it was made by another version of STAR Stories');
  if (!Array.isArray(h.folders)) throw new Error('it lists no folders');
  for (const f of h.folders)
    if (!f || typeof f.uri !== 'string' || typeof f.config !== 'string') throw new Error('a folder is not { uri, config }');
  return h as CacheHeader;
}
