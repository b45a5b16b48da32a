import * as vscode from 'vscode';
import {
  compileGlob,
  Glob,
  isIgnored,
  lintStory,
  matchesAnyGlob,
  matcherFor,
  mayBeStory,
  readStoryHeader,
  StarConfig,
  StorySummary,
  summarize,
  summarizeHeader,
} from '../core';
import { Settings, TYPING_DEBOUNCE_MS } from './constants';
import { Pacer, SLICE_MS, yieldToEventLoop } from './eventLoop';

import { StoryFileReader } from './index/fileReader';
import { CachedStory, IndexCache } from './indexCache';
import { StoryConfigProvider } from './settings';

/** One Markdown file as the index knows it. */
export interface IndexedFile {
  uri: vscode.Uri;
  summary: StorySummary;
  /** Title, else the file name without its extension. */
  displayTitle: string;
  /** Orders stories by title (case and accents folded), then by URI; computed once so sorting thousands stays cheap. */
  sortKey: string;
  /** The open document's version this came from, or undefined when read from disk. */
  documentVersion?: number;
  /**
   * The fully checked summary of the file as it is on disk: `summary` itself, or, while a document has unsaved
   * edits, the one from before them. The saved index keeps this, so a story being edited at shutdown is still there.
   */
  diskSummary?: StorySummary;
  /**
   * False while only the front matter has been read (the first pass of a scan): title and principles are
   * right, findings and health are not known yet.
   */
  checked: boolean;
}

/** When the first scan reached each stage, in `performance.now()` milliseconds (for the benchmark and logs). */
export interface ScanTimings {
  startedAt: number;
  /** The saved index of the last session is in (see indexCache.ts), with this many stories; absent when none was used. */
  cachedAt?: number;
  cachedStories?: number;
  /** Every file read once; every story is in the index with its title and principles. */
  headersAt?: number;
  /** Every story fully checked. */
  checkedAt?: number;
  files: number;
  stories: number;
}

export interface IndexChange {
  changed: vscode.Uri[];
  removed: vscode.Uri[];
}

const MARKDOWN_GLOB = '**/*.{md,markdown,MD,Markdown}';
const MARKDOWN_TOP_LEVEL_GLOB = '*.{md,markdown,MD,Markdown}';
/** `**\/name` or `**\/name/**` with a plain name: an exclusion that means the same from any folder. */
const ANY_DEPTH_NAME = /^\*\*\/([^*?[\]{}/!]+)(?:\/\*\*)?$/;
const MARKDOWN_NAME = /\.(md|markdown)$/i;
/** After the last change, the index is saved for the next start once this long has passed without another. */
const SAVE_DELAY_MS = 5000;
/** Files delivered to listeners (Problems, the tree, the status bar) in one event at most. */
const MAX_BATCH = 50;
/** Files read at once during a scan. Each vscode.workspace.fs read is a round trip (about 15 ms in a remote host, measured), so many overlap. */
const READ_CONCURRENCY = 128;

/**
 * The workspace's Markdown files and what the engine found in each. It is the only place a story is
 * parsed: every feature reads summaries from here and listens to `onDidChange`.
 * Disk files come through `vscode.workspace.fs` (virtual workspaces too); an open document is the source
 * of truth for its file while it is open.
 */
export class StoryIndex implements vscode.Disposable {
  private readonly files = new Map<string, IndexedFile>();
  /** Bumped on every new read of a file, so an older read that finishes late is dropped. */
  private readonly generation = new Map<string, number>();
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly checkedDocuments = new Map<string, number>();
  private readonly changeEmitter = new vscode.EventEmitter<IndexChange>();
  readonly onDidChange = this.changeEmitter.event;
  /** Changes since the last delivery, one entry per file (its latest state), keyed by URI string. */
  private pending = new Map<string, { uri: vscode.Uri; removed: boolean }>();
  private flushScheduled = false;
  /** While the saved index goes in, changes wait in `pending` (see applySavedIndex). */
  private holdEvents = false;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private scanCancel: vscode.CancellationTokenSource | undefined;
  private ready: Promise<void> = Promise.resolve();
  private readonly tooLargeReported = new Set<string>();
  private lastScan: ScanTimings | undefined;
  /** The exclusion globs compiled (see isExcluded), and the patterns they were compiled from. */
  private excludeKey: string | undefined;
  private excludeGlobs: Glob[] = [];
  /** See inTurn. */
  private turnStart = 0;
  private turnPause: Promise<void> | undefined;
  /** The saved index, read once by the first scan of the whole workspace, and applied until one scan finishes applying it. */
  private savedStories: Promise<CachedStory[]> | undefined;
  private savedApplied = false;
  /** Stories taken from the saved index so far (an apply cut short by a rescan goes on in the next scan). */
  private savedUsed = 0;
  /** Counts scans started: a save that sees it move was overtaken by a rescan, whose end saves again. */
  private scans = 0;
  private scanning = false;
  private unsaved = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;

  constructor(
    private readonly configs: StoryConfigProvider,
    private readonly output: vscode.LogOutputChannel,
    private readonly reader: StoryFileReader,
    private readonly cache?: IndexCache,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    // Folders too: when a folder is created, renamed or deleted outside VS Code (git checkout, mv, rm -r), the
    // watcher reports only the folder, never the Markdown files in it, so the glob above hears nothing: the
    // stories of a deleted or renamed folder stayed in the tree and Problems, and those of a new one never came.
    const folderWatcher = vscode.workspace.createFileSystemWatcher('**');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onDiskChange(uri)),
      watcher.onDidChange((uri) => this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.removeTree(uri)),
      folderWatcher,
      folderWatcher.onDidCreate((uri) => {
        if (mayHoldStories(uri)) void this.addTree(uri); // reads the Markdown under a folder, ignores a file
      }),
      // A folder deleted and created again at once (a branch switch) is reported as changed.
      folderWatcher.onDidChange((uri) => {
        if (mayHoldStories(uri)) void this.addTree(uri);
      }),
      folderWatcher.onDidDelete((uri) => {
        if (!MARKDOWN_NAME.test(uri.path)) this.removeTree(uri);
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.removeTree(oldUri);
          void this.addTree(newUri);
        }
      }),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.removeTree(uri))),
      vscode.workspace.onDidOpenTextDocument((doc) => this.onDocument(doc, false)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.checksOnType()) this.onDocument(e.document, true);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onDocumentClosed(doc)),
      // A saved story's file now holds what its document does: so does the saved index, once it is written again.
      // (A check still waiting out the typing debounce lands as the file's state by itself.)
      vscode.workspace.onDidSaveTextDocument((doc) => {
        // Checks set to run on save (starStories.run): a save is when the document is checked.
        if (!this.checksOnType()) return this.onDocument(doc, false);
        const file = this.files.get(doc.uri.toString());
        if (!file || !file.checked || file.documentVersion !== doc.version || file.diskSummary === file.summary) return;
        file.diskSummary = file.summary;
        this.markUnsaved();
      }),
      configs.onDidChange(() => void this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (
          e.affectsConfiguration(`${Settings.section}.${Settings.diagnosticsScope}`) ||
          e.affectsConfiguration(`${Settings.section}.${Settings.exclude}`) ||
          e.affectsConfiguration('files.exclude')
        ) {
          void this.rescan();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
    );
  }

  /** Starts the first scan; resolves when every file has been read once. */
  start(): Promise<void> {
    return this.rescan();
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  get(uri: vscode.Uri): IndexedFile | undefined {
    return this.files.get(uri.toString());
  }

  /** How many stories the index holds (it keeps no other file), without building the list. */
  storyCount(): number {
    return this.files.size;
  }

  /** Every Markdown file that is a story. */
  stories(): IndexedFile[] {
    const out: IndexedFile[] = [];
    for (const f of this.files.values()) if (f.summary.isStory) out.push(f);
    return out;
  }

  /** Reads everything again: after a settings change, or from the Refresh command. */
  rescan(): Promise<void> {
    this.scanCancel?.cancel();
    const cancel = new vscode.CancellationTokenSource();
    this.scanCancel = cancel;
    const scan = ++this.scans;
    this.scanning = true;
    this.ready = this.scan(cancel.token).finally(() => {
      cancel.dispose();
      if (scan !== this.scans) return; // a newer scan runs
      this.scanning = false;
      if (!cancel.token.isCancellationRequested) this.saveSoon();
    });
    return this.ready;
  }

  private scope(): 'workspace' | 'openFiles' {
    return vscode.workspace.getConfiguration(Settings.section).get<string>(Settings.diagnosticsScope) === 'openFiles'
      ? 'openFiles'
      : 'workspace';
  }

  /**
   * Our exclusions plus the enabled `files.exclude` patterns: findFiles applies files.exclude only when it is given
   * no exclude at all, so passing ours alone would have turned the user's off. Patterns with their own braces
   * cannot sit inside one brace group and are left out.
   */
  private excludePatterns(): string[] {
    const patterns = vscode.workspace.getConfiguration(Settings.section).get<string[]>(Settings.exclude) ?? [];
    const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
    return [...patterns, ...Object.keys(filesExclude).filter((glob) => filesExclude[glob] === true)].filter(
      (p) => typeof p === 'string' && p.trim() && !/[{}]/.test(p),
    );
  }

  private excludeGlob(patterns = this.excludePatterns()): string | undefined {
    if (patterns.length === 0) return undefined;
    return patterns.length === 1 ? patterns[0] : `{${patterns.join(',')}}`;
  }

  private async scan(token: vscode.CancellationToken): Promise<void> {
    const timings: ScanTimings = { startedAt: performance.now(), files: 0, stories: 0 };
    this.lastScan = timings;
    const wanted = new Set<string>();
    const uris: vscode.Uri[] = [];
    if (this.scope() === 'workspace' && vscode.workspace.workspaceFolders?.length && !this.savedApplied) {
      // Before the search for files, which takes a second or more in a large workspace: a story deleted since is
      // shown until the search comes back, and then leaves like any file that is gone.
      await this.applySavedIndex(token, timings);
      if (token.isCancellationRequested) return;
    }
    if (this.scope() === 'workspace' && vscode.workspace.workspaceFolders?.length) {
      const found = await this.findMarkdown(token);
      if (token.isCancellationRequested) return;
      for (const uri of found) {
        wanted.add(uri.toString());
        uris.push(uri);
      }
    }
    // Open documents count when they are what the user works on: unsaved, untitled, on disk, or (openFiles) open at all.
    // A clean document whose file is gone (VS Code keeps documents for a while after their tab closes) does not.
    const openFiles = this.scope() === 'openFiles';
    const openDocs = vscode.workspace.textDocuments.filter(
      (doc) =>
        isMarkdown(doc) &&
        (openFiles || doc.isDirty || doc.isUntitled || wanted.has(doc.uri.toString()) || !vscode.workspace.getWorkspaceFolder(doc.uri)),
    );
    for (const doc of openDocs) wanted.add(doc.uri.toString());
    // Files that are gone (or now out of scope) leave the index.
    for (const [key, file] of this.files) if (!wanted.has(key)) this.remove(file.uri);
    timings.files = uris.length;

    const progressAfter = setTimeout(() => {
      if (token.isCancellationRequested) return;
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'STAR Stories: checking stories' },
        () => this.ready,
      );
    }, 1000);
    try {
      for (const doc of openDocs) await this.lintDocument(doc);
      // First pass: read every file once and index its front matter, so the Principles view fills quickly.
      // Texts of stories wait in `pending` for the second pass, which runs the full check.
      const pending: { uri: vscode.Uri; text: string; config: StarConfig; gen: number }[] = [];
      await this.inSlices(uris, token, READ_CONCURRENCY, async (uri) => {
        const config = await this.configs.configFor(uri);
        if (this.ignoredByConfig(uri, config)) return this.remove(uri);
        const read = await this.readText(uri);
        if (!read || token.isCancellationRequested) return;
        const key = uri.toString();
        if (!this.isCurrent(key, read.gen) || this.openDocument(key)) return;
        const header = readStoryHeader(read.text, matcherFor(config));
        if (!mayBeStory(header)) {
          this.remove(uri);
          return;
        }
        // A provisional entry only for a file the index does not know checked: a rescan must not turn a checked
        // story back into an unchecked one (if a newer read then wins, it would stay so until that read lands).
        if (header.hasPrinciplesKey && !this.files.get(key)?.checked) this.put(uri, summarizeHeader(header, config), undefined, false);
        pending.push({ uri, text: read.text, config, gen: read.gen });
      });
      if (token.isCancellationRequested) return;
      timings.headersAt = performance.now();
      // The full check is all computation: one at a time, in slices.
      await this.inSlices(pending, token, 1, (p) => {
        const key = p.uri.toString();
        if (this.isCurrent(key, p.gen) && !this.openDocument(key)) this.store(p.uri, p.text, p.config, undefined);
      });
      if (token.isCancellationRequested) return;
      timings.checkedAt = performance.now();
      timings.stories = this.stories().length;
      this.output.info(
        `Checked ${timings.files} Markdown files (${timings.stories} stories): front matter in ${Math.round(timings.headersAt - timings.startedAt)} ms, all findings in ${Math.round(timings.checkedAt - timings.startedAt)} ms.`,
      );
    } finally {
      clearTimeout(progressAfter);
    }
  }

  /**
   * Fills the index from the last session's saved copy, so the tree and Problems show at once; the scan that
   * follows reads every file again and replaces what changed meanwhile (put() leaves unchanged stories quiet).
   * Not for a file open in an editor (the document wins).
   */
  private async applySavedIndex(token: vscode.CancellationToken, timings: ScanTimings): Promise<void> {
    if (!this.cache) return;
    const started = performance.now();
    // Not cancelled with the scan: a rescan right after start (a settings event) would otherwise lose it.
    this.savedStories ??= this.cache.load((folder) => this.configKey(folder));
    const saved = await this.savedStories;
    const loaded = performance.now();
    const pacer = new Pacer();
    // Listeners hear of them once all are in: publishing diagnostics between slices tripled the time to fill the index.
    this.holdEvents = true;
    try {
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      for (const { uri, summary } of saved) {
        if (token.isCancellationRequested) return;
        const key = uri.toString();
        if (!this.files.has(key) && !open.has(key)) {
          this.put(uri, summary, undefined, true);
          this.savedUsed++;
        }
        await pacer.pause();
      }
    } finally {
      this.holdEvents = false;
      if (this.pending.size > 0) this.scheduleFlush();
    }
    this.savedApplied = true;
    this.savedStories = undefined; // not needed again: let it go
    // What came from the file needs no saving back (a change that lands meanwhile is saved with the next one).
    this.unsaved = false;
    const used = this.savedUsed;
    if (used > 0) {
      timings.cachedAt = performance.now();
      timings.cachedStories = used;
      this.output.info(
        `Showing ${used} stories as the last session left them, ${Math.round(timings.cachedAt - timings.startedAt)} ms after the scan started (saved index ${Math.round(loaded - started)} ms, into the index ${Math.round(timings.cachedAt - loaded)} ms); reading every file again.`,
      );
    }
  }

  /** A folder's resolved config as text: saved results are reused only under the same one. */
  private async configKey(folder: vscode.WorkspaceFolder): Promise<string> {
    return JSON.stringify(await this.configs.configFor(folder.uri));
  }

  /** Saves the index once changes have paused; not while a scan runs (its end saves). */
  private saveSoon(): void {
    if (!this.cache || this.scope() === 'openFiles') return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (this.scanning) return;
      if (this.saving) {
        void this.saving.then(() => this.saveSoon());
        return;
      }
      this.saving = this.save().finally(() => (this.saving = undefined));
    }, SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    if (!this.cache || !this.unsaved) return;
    const scan = this.scans;
    this.unsaved = false;
    // The configs first: if one changed meanwhile, a rescan has started and the stories are not yet checked under it,
    // so they must not be saved as if they were (that rescan's end saves).
    const configs: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) configs.push(await this.configKey(folder));
    if (scan !== this.scans || this.scanning) {
      this.unsaved = true;
      return;
    }
    // Stories as on disk and fully checked: not one known by its front matter only, nor unsaved edits (see diskSummary).
    const stories: CachedStory[] = [];
    for (const f of this.files.values()) if (f.diskSummary) stories.push({ uri: f.uri, summary: f.diskSummary });
    await this.cache.save(stories, configs);
  }

  /**
   * Every Markdown file of the workspace: one search per top-level folder (and one for the files beside them),
   * all at once. One search for the whole workspace came back as a single message of 20,000 URIs, whose
   * decoding held the extension host for 45 ms (measured); folder by folder, the replies come apart.
   */
  private async findMarkdown(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const patterns = this.excludePatterns();
    const exclude = this.excludeGlob(patterns);
    // A search below the top level matches the exclusions against paths from its own folder, so a pattern means the
    // same there only if it names a file or folder at any depth (`**/node_modules/**`, `**/.git`: all the defaults),
    // and a top-level folder of that name must not be searched at all. Any other pattern: one search, as before.
    const excludedNames = new Set<string>();
    let split = true;
    for (const p of patterns) {
      const name = ANY_DEPTH_NAME.exec(p);
      if (name) excludedNames.add(name[1]);
      else split = false;
    }
    const searches: Thenable<vscode.Uri[]>[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      let entries: [string, vscode.FileType][] = [];
      if (split) {
        try {
          entries = await vscode.workspace.fs.readDirectory(folder.uri);
        } catch {
          // not listable (a virtual file system without it): one search for the folder below
        }
      }
      const dirs = entries.filter(([name, type]) => type & vscode.FileType.Directory && !excludedNames.has(name)).map(([name]) => name);
      if (entries.length === 0) {
        searches.push(vscode.workspace.findFiles(new vscode.RelativePattern(folder, MARKDOWN_GLOB), exclude, undefined, token));
        continue;
      }
      // The top level's own files, then each folder's tree; the exclusions apply to every search as to one.
      searches.push(vscode.workspace.findFiles(new vscode.RelativePattern(folder, MARKDOWN_TOP_LEVEL_GLOB), exclude, undefined, token));
      for (const name of dirs)
        searches.push(
          vscode.workspace.findFiles(
            new vscode.RelativePattern(vscode.Uri.joinPath(folder.uri, name), MARKDOWN_GLOB),
            exclude,
            undefined,
            token,
          ),
        );
    }
    const seen = new Set<string>();
    const out: vscode.Uri[] = [];
    for (const found of await Promise.all(searches)) {
      for (const uri of found) {
        const key = uri.toString();
        if (!seen.has(key)) {
          seen.add(key);
          out.push(uri);
        }
      }
    }
    return out;
  }

  /** Timings of the latest scan. */
  scanTimings(): ScanTimings | undefined {
    return this.lastScan;
  }

  /**
   * Runs `work` over the items, `concurrency` at a time (file reads overlap), and yields to the event loop
   * whenever SLICE_MS of work has run, so typing and the UI stay responsive during a scan of thousands of files.
   * All workers wait on the same yield: a worker that merely awaited a resolved promise would keep the others
   * running in microtasks and the event loop would never get its turn.
   */
  private async inSlices<T>(
    items: readonly T[],
    token: vscode.CancellationToken,
    concurrency: number,
    work: (item: T) => Promise<void> | void,
  ): Promise<void> {
    let next = 0;
    let sliceStart = performance.now();
    let pause: Promise<void> | undefined;
    const worker = async () => {
      while (next < items.length && !token.isCancellationRequested) {
        if (pause) await pause;
        else if (performance.now() - sliceStart > SLICE_MS) {
          pause = yieldToEventLoop().then(() => {
            pause = undefined;
            sliceStart = performance.now();
          });
          await pause;
        }
        if (next >= items.length || token.isCancellationRequested) break;
        await work(items[next++]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  }

  private onDiskChange(uri: vscode.Uri): void {
    if (this.scope() === 'openFiles' || !MARKDOWN_NAME.test(uri.path) || this.isExcluded(uri)) return;
    void this.readFromDisk(uri);
  }

  /**
   * Whether the exclusions the scan gives findFiles cover this file. File events do not go through findFiles, so a
   * story written into an excluded folder came into the tree and Problems anyway (a host test caught it).
   */
  private isExcluded(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
    if (!uri.path.startsWith(base)) return false;
    const patterns = this.excludePatterns();
    const key = patterns.join('\n');
    if (key !== this.excludeKey) {
      this.excludeKey = key;
      this.excludeGlobs = patterns.map(compileGlob);
    }
    return matchesAnyGlob(uri.path.slice(base.length), this.excludeGlobs);
  }

  /** A folder (or file) arrived by rename or move, or was replaced: read the Markdown in it. */
  private async addTree(uri: vscode.Uri): Promise<void> {
    if (this.scope() === 'openFiles') return;
    if (MARKDOWN_NAME.test(uri.path)) {
      if (!this.isExcluded(uri)) await this.readFromDisk(uri);
      return;
    }
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return;
    }
    if (stat.type & vscode.FileType.Directory) {
      // What the index holds under the folder now: whatever the folder no longer has is a ghost of an earlier
      // folder of that name (the watcher does not report the files of a replaced folder), unless it is read
      // again meanwhile (its generation moves) or open in an editor.
      const key = uri.toString();
      const prefix = key.endsWith('/') ? key : key + '/';
      const before = new Map<string, number>();
      for (const k of this.files.keys()) if (k.startsWith(prefix)) before.set(k, this.generation.get(k) ?? 0);
      // findFiles matches the exclusions from the folder searched, not the workspace's root: check them here too.
      const found = (await vscode.workspace.findFiles(new vscode.RelativePattern(uri, MARKDOWN_GLOB), this.excludeGlob())).filter(
        (f) => !this.isExcluded(f),
      );
      const present = new Set(found.map((f) => f.toString()));
      for (const [k, gen] of before) {
        const file = this.files.get(k);
        if (file && !present.has(k) && this.generation.get(k) === gen && !this.openDocument(k)) this.remove(file.uri);
      }
      for (const f of found) await this.readFromDisk(f);
    }
  }

  /**
   * Reads a file as text, or nothing: a folder, a file over the size limit (reported once), a binary file, a
   * file gone meanwhile, or a file now open in an editor (whose text wins). `gen` tells a later read apart.
   */
  private async readText(uri: vscode.Uri): Promise<{ text: string; gen: number } | undefined> {
    const key = uri.toString();
    if (this.openDocument(key)) return undefined;
    const gen = this.bump(key);
    const read = await this.reader.read(uri, this.maxBytes());
    if (!this.isCurrent(key, gen) || this.openDocument(key)) return undefined;
    if (!('bytes' in read)) {
      // Gone between the event and the read: the delete event (or the next scan) removes it.
      if ('missing' in read) this.remove(uri);
      else if ('tooLarge' in read) this.skipTooLarge(uri, read.tooLarge);
      else if ('skipped' in read) this.skipUnsafe(uri, read.skipped);
      return undefined;
    }
    const text = decode(read.bytes);
    if (text === undefined) {
      this.remove(uri); // binary: not a story
      return undefined;
    }
    return { text, gen };
  }

  private async readFromDisk(uri: vscode.Uri): Promise<void> {
    const doc = this.openDocument(uri.toString());
    if (doc) {
      // The open document speaks for the file, but a file deleted and restored unchanged (git stash and pop, mv
      // away and back) changes nothing in it, so no document event brings back the story its deletion removed.
      if (!this.files.has(uri.toString())) await this.lintDocument(doc);
      return;
    }
    const config = await this.configs.configFor(uri);
    if (this.ignoredByConfig(uri, config)) return this.remove(uri);
    const read = await this.readText(uri);
    if (!read) return;
    const key = uri.toString();
    await this.inTurn(() => {
      if (this.isCurrent(key, read.gen) && !this.openDocument(key)) this.store(uri, read.text, config, undefined);
    });
  }

  /**
   * File events come by the hundred (a checkout, an unzip), and their reads finish together: without turns the
   * checks ran back to back and held the extension host for a third of a second per 200 stories (the hardening
   * host test measured it). As in a scan's slices, after SLICE_MS of work every waiting check yields once; the
   * time is checked right before the (synchronous) work, so checks resumed together cannot all pass at once.
   */
  private async inTurn(work: () => void): Promise<void> {
    for (;;) {
      if (this.turnPause) await this.turnPause;
      else if (performance.now() - this.turnStart > SLICE_MS) {
        this.turnPause = yieldToEventLoop().then(() => {
          this.turnPause = undefined;
          this.turnStart = performance.now();
        });
      } else {
        work();
        return;
      }
    }
  }

  private onDocument(doc: vscode.TextDocument, typing: boolean): void {
    if (!isMarkdown(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.typingTimers.get(key));
    if (!typing) {
      void this.lintDocument(doc);
      return;
    }
    this.bump(key); // a disk read still in flight is older than this edit
    this.typingTimers.set(
      key,
      setTimeout(() => {
        this.typingTimers.delete(key);
        void this.lintDocument(doc);
      }, TYPING_DEBOUNCE_MS),
    );
  }

  private async lintDocument(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const gen = this.bump(key);
    const config = await this.configs.configFor(doc.uri);
    if (!this.isCurrent(key, gen) || doc.isClosed) return;
    if (this.ignoredByConfig(doc.uri, config)) return this.remove(doc.uri);
    const text = doc.getText();
    if (text.length > this.maxBytes()) this.skipTooLarge(doc.uri, text.length);
    else this.store(doc.uri, text, config, doc.version);
    this.checkedDocuments.set(key, doc.version);
  }

  /** The version of an open document last checked, story or not (for tests: a positive signal to wait on). */
  checkedDocumentVersion(uri: vscode.Uri): number | undefined {
    return this.checkedDocuments.get(uri.toString());
  }

  private onDocumentClosed(doc: vscode.TextDocument): void {
    if (!isMarkdown(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.typingTimers.get(key));
    this.typingTimers.delete(key);
    this.checkedDocuments.delete(key);
    // Unsaved edits are gone with the editor: the file on disk is the truth again.
    if (this.scope() === 'openFiles' || doc.uri.scheme === 'untitled') this.remove(doc.uri);
    else {
      this.bump(key);
      setTimeout(() => void this.readFromDisk(doc.uri), 0);
    }
  }

  private store(uri: vscode.Uri, text: string, config: StarConfig, documentVersion: number | undefined): void {
    let summary: StorySummary;
    try {
      summary = summarize(lintStory(text, config), config);
    } catch (e) {
      this.output.error(`Could not check ${uri.fsPath || uri.toString()}: ${(e as Error)?.stack ?? e}`);
      return;
    }
    this.put(uri, summary, documentVersion, true);
  }

  private put(uri: vscode.Uri, summary: StorySummary, documentVersion: number | undefined, checked: boolean): void {
    const key = uri.toString();
    if (!summary.isStory) {
      this.remove(uri); // not a story (any more): nothing to tell anyone
      return;
    }
    const known = this.files.get(key);
    // A file read again and found as it was (the scan after a saved index, mostly): no event, so the tree and
    // Problems are not rebuilt for thousands of unchanged stories.
    if (
      known &&
      known.checked &&
      checked &&
      known.documentVersion === undefined &&
      documentVersion === undefined &&
      sameSummary(known.summary, summary)
    )
      return;
    const displayTitle = summary.title || fileTitle(uri);
    const onDisk = documentVersion === undefined || this.openDocument(key)?.isDirty === false;
    const diskSummary = onDisk ? (checked ? summary : undefined) : known?.diskSummary;
    this.files.set(key, { uri, summary, displayTitle, sortKey: sortKeyOf(displayTitle, key), documentVersion, checked, diskSummary });
    // The saved index keeps stories as on disk: typing, or opening a story as it is, gives it nothing new to save.
    const diskChanged =
      diskSummary !== known?.diskSummary && !(diskSummary && known?.diskSummary && sameSummary(diskSummary, known.diskSummary));
    this.queue(uri, false, diskChanged);
  }

  private skipTooLarge(uri: vscode.Uri, size: number): void {
    this.remove(uri);
    const key = uri.toString();
    if (this.tooLargeReported.has(key)) return;
    this.tooLargeReported.add(key);
    const limitKB = Math.round(this.maxBytes() / 1024);
    void vscode.window.showInformationMessage(
      `STAR Stories skipped ${vscode.workspace.asRelativePath(uri)} (${Math.round(size / 1024)} KB): it is larger than the ${limitKB} KB limit (setting starStories.maxFileSizeKB).`,
    );
  }

  /** A link out of the workspace or a device: never read, said once in the log (not a notification: it is no mistake of the user's). */
  private skipUnsafe(uri: vscode.Uri, reason: string): void {
    this.remove(uri);
    const key = uri.toString();
    if (this.tooLargeReported.has(key)) return;
    this.tooLargeReported.add(key);
    this.output.info(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}.`);
  }

  /** True while changes wait to be delivered to the listeners (Problems, the tree): for tests, a signal to wait on. */
  hasUndeliveredChanges(): boolean {
    return this.flushScheduled || this.pending.size > 0;
  }

  /** True while the saved index has a write coming (changes not yet saved, a save scheduled or running). */
  savePending(): boolean {
    return this.unsaved || this.saveTimer !== undefined || this.saving !== undefined;
  }

  /** True while a check of the open document waits out the typing pause (for tests: a positive signal to wait on). */
  hasPendingCheck(uri: vscode.Uri): boolean {
    return this.typingTimers.has(uri.toString());
  }

  /** starStories.run: `onType` (the default) checks an open story as you type, `onSave` when you save it. */
  private checksOnType(): boolean {
    return vscode.workspace.getConfiguration(Settings.section).get<string>(Settings.run) !== 'onSave';
  }

  /** The `ignores` of the folder's config file, relative to the folder (where the file is). */
  private ignoredByConfig(uri: vscode.Uri, config: StarConfig): boolean {
    if (config.ignores.length === 0) return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
    return uri.path.startsWith(base) && isIgnored(config, uri.path.slice(base.length));
  }

  private maxBytes(): number {
    const kb = vscode.workspace.getConfiguration(Settings.section).get<number>(Settings.maxFileSizeKB) ?? 1024;
    return Math.max(1, kb) * 1024;
  }

  private remove(uri: vscode.Uri): void {
    const key = uri.toString();
    this.bump(key);
    if (this.files.delete(key)) this.queue(uri, true);
  }

  /** Removes a file, or every file under a deleted or renamed folder. */
  private removeTree(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : key + '/';
    // A read still in flight for a file not indexed yet (its change event came just before the delete) would
    // otherwise land after the delete and bring it back: every read under the path is out of date now.
    for (const k of this.generation.keys()) if (k === key || k.startsWith(prefix)) this.bump(k);
    for (const [k, f] of this.files) {
      // Even if a document for it is still open: the file is gone. Typing in that editor brings it back.
      if (k === key || k.startsWith(prefix)) this.remove(f.uri);
    }
  }

  private openDocument(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  }

  private bump(key: string): number {
    const g = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, g);
    return g;
  }

  private isCurrent(key: string, gen: number): boolean {
    return this.generation.get(key) === gen;
  }

  /** Changes are delivered in batches, once per turn of the event loop, so a scan of thousands of files is not thousands of events. */
  private queue(uri: vscode.Uri, removed: boolean, onDisk = true): void {
    // A file may change several times between deliveries (both scan passes, a burst of edits): listeners get it once,
    // as it is now. Listing it twice made the Problems panel show its findings twice (a batched set merges entries).
    this.pending.set(uri.toString(), { uri, removed });
    if (onDisk) this.markUnsaved();
    if (!this.holdEvents) this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setTimeout(() => this.flush(), 0);
  }

  /** The saved index is behind the files: save it once changes pause (a running scan saves at its end). */
  private markUnsaved(): void {
    this.unsaved = true;
    if (!this.scanning) this.saveSoon();
  }

  /**
   * Delivers up to MAX_BATCH files per turn of the event loop, the rest in the next: each listener's work grows
   * with the batch (Problems sends one message with every file's diagnostics, compressed on the way), and 2,000
   * stories from the saved index in one batch held the host for 88 ms.
   */
  private flush(): void {
    const change: IndexChange = { changed: [], removed: [] };
    let n = 0;
    for (const [key, { uri, removed }] of this.pending) {
      if (n++ === MAX_BATCH) break;
      (removed ? change.removed : change.changed).push(uri);
      this.pending.delete(key);
    }
    if (this.pending.size > 0) void yieldToEventLoop().then(() => this.flush());
    else this.flushScheduled = false;
    this.changeEmitter.fire(change);
  }

  dispose(): void {
    this.scanCancel?.cancel();
    clearTimeout(this.saveTimer);
    for (const t of this.typingTimers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** Summaries are plain data written in one key order (summarize, decodeSummary), so their JSON compares them. */
function sameSummary(a: StorySummary, b: StorySummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isMarkdown(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme === 'git' || doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-scm') return false;
  return doc.languageId === 'markdown' || MARKDOWN_NAME.test(doc.uri.path);
}

/** Lower case without accents, then the URI: plain string order then matches a case- and accent-blind title order. */
export function sortKeyOf(title: string, uri: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase() +
    '\u0000' +
    uri
  );
}

/**
 * A path the folder watcher should look into: not a Markdown file (the Markdown watcher has those), and not
 * inside node_modules or .git, where an install or a fetch creates folders by the thousand and no story lives.
 */
function mayHoldStories(uri: vscode.Uri): boolean {
  return !MARKDOWN_NAME.test(uri.path) && !/\/(?:node_modules|\.git)(?:\/|$)/.test(uri.path);
}

export function fileTitle(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name.replace(MARKDOWN_NAME, '');
}

/** UTF-8 text, or undefined for a binary file (a NUL byte early on). */
function decode(bytes: Uint8Array): string | undefined {
  const head = Math.min(bytes.length, 8000);
  for (let i = 0; i < head; i++) if (bytes[i] === 0) return undefined;
  return new TextDecoder('utf-8').decode(bytes);
}
