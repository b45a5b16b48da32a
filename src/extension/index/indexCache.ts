import * as vscode from 'vscode';
import { StoryFileReader } from './fileReader';
import { FileReplacer } from './fileReplace';
import { replaceThroughWorkspaceFs } from './workspaceFsReplace';
import { Slices } from './slices';
import { OpenedIndexFile, openIndexFile, SavedEntry, SavedStory, writeIndexFile } from './indexFile';

/**
 * The index as the last session left it, saved in VS Code's storage for this workspace (never in the workspace
 * itself). Reading 20,000 files costs seconds in a remote host, one round trip each; this one file lets the
 * Principles view and Problems fill at once on the next start, while the scan checks every file again behind it.
 * The format is in indexFile.ts; this reads and writes the file and matches its folders to the workspace's.
 */
const FILE_NAME = 'story-index.jsonl';
/** Far above any real story bank's index (10,000 stories take about 15 MB). */
const MAX_INDEX_BYTES = 512 * 1024 * 1024;

/** Replaced at bundle time (scripts/bundle.js) by a hash of the engine's sources: a new engine never reads old results. */
declare const __STAR_ENGINE_ID__: string | undefined;
const ENGINE_ID = typeof __STAR_ENGINE_ID__ === 'string' ? __STAR_ENGINE_ID__ : 'unbundled';

/** A story as saved and read back, with a VS Code URI (the file format's own type). */
export type CachedStory = SavedStory<vscode.Uri>;

export class IndexCache {
  /** Where the index is saved; undefined without a workspace (VS Code gives no storage then). */
  readonly file: vscode.Uri | undefined;

  constructor(
    private readonly dir: vscode.Uri | undefined,
    private readonly extensionVersion: string,
    private readonly output: vscode.LogOutputChannel,
    /** The extension's reader: in the desktop host, Node's fs (one read of a file of megabytes, no round trip through the workbench). */
    private readonly reader: StoryFileReader,
    /** How the file is replaced: a next start (or another window) reading it meanwhile sees the old file or the new. */
    private readonly replace: FileReplacer = replaceThroughWorkspaceFs,
  ) {
    this.file = dir && vscode.Uri.joinPath(dir, FILE_NAME);
  }

  /**
   * The saved index with its heads read: the stories whose folder still has the config they were checked with.
   * Undefined when there is no saved index, or it is from another engine or damaged (logged, never shown: the scan
   * reads everything anyway).
   */
  async open(configOf: (folder: vscode.WorkspaceFolder) => Promise<string>): Promise<OpenedIndexFile<vscode.Uri> | undefined> {
    if (!this.file) return undefined;
    const started = performance.now();
    // The folders' configs are needed to trust the file: load them while it is read (each is a few round trips).
    const configs = new Map((vscode.workspace.workspaceFolders ?? []).map((f) => [f.uri.toString(), configOf(f)]));
    for (const c of configs.values()) c.catch(() => undefined);
    const read = await this.reader.read(this.file, MAX_INDEX_BYTES);
    if (!('bytes' in read)) {
      this.output.info(`No saved story index to start from (${'missing' in read ? 'none yet' : JSON.stringify(read)}).`);
      return undefined;
    }
    const bytes = read.bytes;
    const readAt = performance.now();
    let opened: OpenedIndexFile<vscode.Uri>;
    const slices = new Slices();
    let configWaitMs = 0;
    try {
      opened = await openIndexFile(
        bytes,
        this.engineId(),
        async (saved) => {
          const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === saved.uri);
          const asked = performance.now();
          const config = folder && (await configs.get(saved.uri));
          configWaitMs += performance.now() - asked;
          if (folder && saved.config === config) {
            const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
            return (path) => folder.uri.with({ path: base + path });
          }
          if (folder) this.output.info(`The saved story index of ${folder.name} was made under other settings; its files are read again.`);
          return undefined;
        },
        () => slices.pause(),
      );
    } catch (e) {
      this.ignored(e);
      return undefined;
    }
    this.output.info(
      `Read ${opened.heads.length} stories from the saved index (${(bytes.length / 1e6).toFixed(1)} MB): read in ${Math.round(readAt - started)} ms, their titles and principles decoded in ${Math.round(performance.now() - readAt - configWaitMs)} ms (the folders' settings waited for ${Math.round(configWaitMs)} ms more).`,
    );
    return opened;
  }

  /** Logs why the saved index (or its rest, after the heads) was not used. */
  ignored(e: unknown): void {
    this.output.warn(`Ignored the saved story index (${(e as Error)?.message ?? e}); every file is read again.`);
  }

  /**
   * Saves the stories as read from disk, with the config of each workspace folder (in the workspace's order) they
   * were checked under. Written to a temporary file first, so a reader never sees half of it.
   */
  async save(stories: Iterable<CachedStory>, folderConfigs: readonly string[]): Promise<void> {
    if (!this.file || !this.dir) return;
    const slices = new Slices();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const entries: SavedEntry[] = [];
    for (const { uri, summary, hash } of stories) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const base = folder && (folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/');
      // Stories in a folder of the workspace only (an open file from elsewhere is read again when opened).
      if (folder && base && uri.path.startsWith(base) && uri.scheme === folder.uri.scheme && uri.authority === folder.uri.authority)
        entries.push({ folder: folder.index, path: uri.path.slice(base.length), summary, hash });
    }
    const bytes = await writeIndexFile(
      this.engineId(),
      folders.map((folder, i) => ({ uri: folder.uri.toString(), config: folderConfigs[i] })),
      entries,
      () => slices.pause(),
    );
    try {
      await this.replace(this.dir, FILE_NAME, bytes);
    } catch (e) {
      this.output.warn(`Could not save the story index for the next start: ${(e as Error)?.message ?? e}`);
    }
  }

  private engineId(): string {
    return `${this.extensionVersion}+${ENGINE_ID}`;
  }
}
