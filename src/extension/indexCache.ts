import * as vscode from 'vscode';
import type { StorySummary } from '../core';
import { Pacer } from './eventLoop';
import { decodeSummary, encodeSummary } from './summaryCodec';

/**
 * The index as the last session left it, saved in VS Code's storage for this workspace (never in the workspace
 * itself). Reading 20,000 files costs seconds in a remote host, one round trip each; this one file lets the
 * Principles view and Problems fill at once on the next start, while the scan checks every file again behind it.
 *
 * Format: JSON lines. The first holds the format, the engine build and each folder's config; every other line
 * is `[uri, encoded summary]` (summaryCodec.ts). A file that does not match in every respect is ignored whole.
 */
const FORMAT = 1;
const FILE_NAME = 'story-index.jsonl';
/** Bytes decoded per slice when reading: about 1 ms of work. */
const DECODE_CHUNK = 512 * 1024;

/** Replaced at bundle time (scripts/bundle.js) by a hash of the engine's sources: a new engine never reads old results. */
declare const __STAR_ENGINE_ID__: string | undefined;
const ENGINE_ID = typeof __STAR_ENGINE_ID__ === 'string' ? __STAR_ENGINE_ID__ : 'unbundled';

interface CacheHeader {
  format: number;
  engine: string;
  /** Workspace folder URI → its resolved config as JSON: results computed under another config are not reused. */
  configs: Record<string, string>;
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
  async load(configOf: (folder: vscode.WorkspaceFolder) => Promise<string>, token: vscode.CancellationToken): Promise<CachedStory[]> {
    if (!this.file) return [];
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.file);
    } catch (e) {
      this.output.info(`No saved story index to start from (${(e as Error)?.message ?? e}).`);
      return [];
    }
    const stories: CachedStory[] = [];
    try {
      const pacer = new Pacer();
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let header: CacheHeader | undefined;
      /** Folders whose config is unchanged, by URI string. */
      const reusable = new Set<string>();
      let partial = '';
      for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
        const chunk = decoder.decode(bytes.subarray(at, at + DECODE_CHUNK), { stream: at + DECODE_CHUNK < bytes.length });
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
          if (token.isCancellationRequested) return [];
          if (!header) {
            header = readHeader(line, this.engineId());
            for (const folder of vscode.workspace.workspaceFolders ?? []) {
              const key = folder.uri.toString();
              if (header.configs[key] !== undefined && header.configs[key] === (await configOf(folder))) reusable.add(key);
              else this.output.info(`The saved story index of ${folder.name} was made under other settings; its files are read again.`);
            }
            continue;
          }
          const entry = JSON.parse(line) as unknown;
          if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') throw new Error('an entry is not [uri, summary]');
          const uri = vscode.Uri.parse(entry[0], true);
          const folder = vscode.workspace.getWorkspaceFolder(uri);
          if (folder && reusable.has(folder.uri.toString())) stories.push({ uri, summary: decodeSummary(entry[1]) });
          await pacer.pause();
        }
      }
      if (partial !== '') throw new Error('the last line is cut off');
      if (!header) throw new Error('it is empty');
    } catch (e) {
      this.output.warn(`Ignored the saved story index (${(e as Error)?.message ?? e}); every file is read again.`);
      return [];
    }
    this.output.info(`Read ${stories.length} stories from the saved index.`);
    return stories;
  }

  /** Saves the stories as read from disk. Written to a temporary file first, so a reader never sees half of it. */
  async save(stories: Iterable<CachedStory>, configs: Record<string, string>): Promise<void> {
    if (!this.file || !this.dir) return;
    const pacer = new Pacer();
    const header: CacheHeader = { format: FORMAT, engine: this.engineId(), configs };
    const lines = [JSON.stringify(header)];
    for (const { uri, summary } of stories) {
      lines.push(JSON.stringify([uri.toString(), encodeSummary(summary)]));
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
  if (!h.configs || typeof h.configs !== 'object') throw new Error('it has no configs');
  for (const v of Object.values(h.configs)) if (typeof v !== 'string') throw new Error('a config is not a string');
  return h as CacheHeader;
}
