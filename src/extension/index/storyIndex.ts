import * as vscode from 'vscode';
import { matcherFor, mayBeStory, readStoryHeader } from '../../core';
import { Settings } from '../constants';
import { StoryConfigProvider } from '../settings';
import { FileChecks, openDocument } from './fileChecks';
import { Pending, readHeaders } from './firstPass';
import { textHash } from './fingerprint';
import { StoryFileReader } from './fileReader';
import { IndexCache } from './indexCache';
import { StoryReadModel } from './readModel';
import { SavedIndex } from './savedIndex';
import { warmUpEngine } from './engineWarmUp';
import { oncePerTurn, Slices } from './slices';
import { IndexChange } from './delivery';
import { IndexedFile, StoryStore } from './store';
import { isMarkdown, OpenDocuments } from './openDocuments';
import { FolderLister, MARKDOWN_NAME, WorkspaceFiles } from './workspaceFiles';

export type { IndexChange } from './delivery';
export type { IndexedFile } from './store';
export { isMarkdown } from './openDocuments';

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

/**
 * The workspace's stories and what the engine found in each: the only place a story is parsed. Features read the
 * shared read model (`model`) or `get`, and listen to `onDidChange`. This class only wires the parts together:
 * the files (workspaceFiles.ts), the checks (fileChecks.ts), the store (store.ts) and the saved index.
 */
export class StoryIndex implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<IndexChange>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly store: StoryStore;
  /** Stories by principle, sorted, counted: what every feature shares. */
  readonly model: StoryReadModel;
  private readonly checks: FileChecks;
  private readonly saved: SavedIndex;
  private readonly workspaceFiles: WorkspaceFiles;
  private readonly documents: OpenDocuments;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private scanCancel: vscode.CancellationTokenSource | undefined;
  private ready: Promise<void> = Promise.resolve();
  private lastScan: ScanTimings | undefined;
  private scans = 0;
  private scanning = false;

  constructor(
    configs: StoryConfigProvider,
    private readonly output: vscode.LogOutputChannel,
    reader: StoryFileReader,
    cache?: IndexCache,
    lister?: FolderLister,
  ) {
    this.workspaceFiles = new WorkspaceFiles(lister);
    this.disposables.push(this.workspaceFiles);
    this.store = new StoryStore(
      (change) => this.changeEmitter.fire(change),
      () => this.saved.markUnsaved(),
    );
    this.model = new StoryReadModel(this.store);
    this.checks = new FileChecks(this.store, configs, reader, output, (uri) => this.workspaceFiles.isExcluded(uri));
    this.saved = new SavedIndex(cache, this.store, configs, output, {
      scans: () => this.scans,
      scanning: () => this.scanning,
      openFilesOnly: () => this.scope() === 'openFiles',
    });
    const files = this.workspaceFiles;
    this.disposables.push(
      this.saved,
      files.onDidChange((uri) => {
        if (this.scope() === 'workspace') void this.checks.fromDisk(uri);
      }),
      files.onDidDelete((uri) => this.store.removeUnder(uri)),
      files.onDidArrive((uri) =>
        // A folder that cannot be listed is logged, never an error popup for a change the user made outside VS Code.
        this.addTree(uri).catch((e) => this.output.warn(`could not list ${uri.toString(true)}: ${e instanceof Error ? e.message : e}`)),
      ),
      (this.documents = new OpenDocuments(this.store, this.checks, () => this.scope())),
      configs.onDidChange(() => void this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (
          e.affectsConfiguration(`${Settings.section}.${Settings.diagnosticsScope}`) ||
          e.affectsConfiguration(`${Settings.section}.${Settings.exclude}`) ||
          e.affectsConfiguration('files.exclude')
        )
          void this.rescan();
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
    return this.store.get(uri.toString());
  }

  /** How many stories the index holds (it keeps no other file), without building the list. */
  storyCount(): number {
    return this.store.size;
  }

  /** Every story, in title order (a shared list: do not change it). */
  stories(): readonly IndexedFile[] {
    return this.model.sortedStories();
  }

  /** Timings of the latest scan. */
  scanTimings(): ScanTimings | undefined {
    return this.lastScan;
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
      if (!cancel.token.isCancellationRequested) this.saved.saveSoon();
    });
    return this.ready;
  }

  private readonly scope = oncePerTurn((): 'workspace' | 'openFiles' =>
    vscode.workspace.getConfiguration(Settings.section).get<string>(Settings.diagnosticsScope) === 'openFiles' ? 'openFiles' : 'workspace',
  );

  private async scan(token: vscode.CancellationToken): Promise<void> {
    const timings: ScanTimings = { startedAt: performance.now(), files: 0, stories: 0 };
    this.lastScan = timings;
    const wanted = new Set<string>();
    let uris: vscode.Uri[] = [];
    // The first pass reads each search's files as it answers; every read of the scan shares one slicing.
    const slices = new Slices();
    const reads: Promise<Pending[]>[] = [];
    const workspace = this.scope() === 'workspace' && !!vscode.workspace.workspaceFolders?.length;
    if (workspace && this.saved.pending) {
      // Before the search for files, which takes a second or more in a large workspace: a story deleted since is
      // shown until the search comes back, and then leaves like any file that is gone.
      const used = await this.saved.applyHeads(token, timings.startedAt);
      if (token.isCancellationRequested) return;
      if (used) {
        [timings.cachedAt, timings.cachedStories] = [used.at, used.stories];
        // The saved stories reach the view (sorted once, here), then Problems with their findings, before any file is
        // read again: the reads shared the thread with them, and the view filled two seconds after they were in.
        await this.model.freshen(slices);
      }
      await this.saved.applyStories(token);
      await this.store.whenDelivered();
      if (token.isCancellationRequested) return;
    }
    // An empty index fills in one go at the end of the first pass: stories delivered as they were read made the
    // view rebuild, and the workbench redraw, many times over while the pass still ran (measured in the benchmark).
    // An index that holds stories already (the saved index, a rescan) delivers as usual: its stories are shown.
    const release = this.store.size === 0 ? this.store.hold() : () => undefined;
    try {
      if (workspace) {
        uris = await this.workspaceFiles.findAll(token, (found) => reads.push(readHeaders(found, token, slices, this.store, this.checks)));
        if (token.isCancellationRequested) return;
        for (const uri of uris) wanted.add(uri.toString());
      }
      await Promise.all(reads);
    } finally {
      release();
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
    for (const file of [...this.store.values()]) if (!wanted.has(file.uri.toString())) this.store.remove(file.uri);
    timings.files = uris.length;

    const progressAfter = setTimeout(() => {
      if (token.isCancellationRequested) return;
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'STAR Stories: checking stories' },
        () => this.ready,
      );
    }, 1000);
    try {
      await warmUpEngine();
      for (const doc of openDocs) await this.checks.fromDocument(doc);
      const read = (await Promise.all(reads)).flat();
      if (token.isCancellationRequested) return;
      timings.headersAt = performance.now();
      // The full check is all computation: one at a time, in slices. A file without a principles key is checked
      // only if its text may hold STAR sections (mayBeStory); the others are notes, and leave the index. Stories
      // named by their front matter go first: their findings are what Problems waits for, and telling notes from
      // stories costs about 25 µs a note in plain Node (a quarter of a second for the benchmark's 10,000).
      const named = read.filter((p) => p.header?.hasPrinciplesKey);
      const pending = named.length === read.length ? read : [...named, ...read.filter((p) => !p.header?.hasPrinciplesKey)];
      await slices.forEachNow(
        pending,
        (p) => {
          const key = p.uri.toString();
          if (!this.store.isCurrent(key, p.gen) || openDocument(key)) return;
          if (!p.header?.hasPrinciplesKey && !mayBeStory(p.header ?? readStoryHeader(p.text, matcherFor(p.config))))
            this.store.remove(p.uri);
          else {
            const hash = textHash(p.text);
            if (!this.checks.unchanged(key, hash, p.config)) this.checks.check(p.uri, p.text, p.config, undefined, hash);
          }
        },
        { cancel: token },
      );
      if (token.isCancellationRequested) return;
      timings.checkedAt = performance.now();
      timings.stories = this.store.size;
      this.output.info(
        `Checked ${timings.files} Markdown files (${timings.stories} stories): front matter in ${Math.round(timings.headersAt - timings.startedAt)} ms, all findings in ${Math.round(timings.checkedAt - timings.startedAt)} ms.`,
      );
    } finally {
      clearTimeout(progressAfter);
    }
  }

  /** A folder (or file) arrived by rename or move, or was replaced: read the Markdown in it. */
  private async addTree(uri: vscode.Uri): Promise<void> {
    if (this.scope() === 'openFiles') return;
    if (MARKDOWN_NAME.test(uri.path)) {
      if (!this.workspaceFiles.isExcluded(uri)) await this.checks.fromDisk(uri);
      return;
    }
    // What the index holds under the folder now: whatever the folder no longer has is a ghost of an earlier folder
    // of that name (the watcher does not report the files of a replaced folder), unless it is read again meanwhile
    // (its generation moves) or open in an editor.
    const before = this.store.under(uri);
    const found = await this.workspaceFiles.findUnder(uri);
    if (!found) return;
    const present = new Set(found.map((f) => f.toString()));
    for (const [k, gen] of before) {
      const file = this.store.get(k);
      if (file && !present.has(k) && this.store.generationOf(k) === gen && !openDocument(k)) this.store.remove(file.uri);
    }
    for (const f of found) await this.checks.fromDisk(f);
  }

  /** The version of an open document last checked, story or not (for tests: a positive signal to wait on). */
  checkedDocumentVersion(uri: vscode.Uri): number | undefined {
    return this.checks.checkedDocumentVersion(uri.toString());
  }

  /** True while changes wait to be delivered to the listeners (Problems, the tree): for tests, a signal to wait on. */
  hasUndeliveredChanges(): boolean {
    return this.store.hasUndelivered();
  }

  /** True while the saved index has a write coming (changes not yet saved, a save scheduled or running). */
  savePending(): boolean {
    return this.saved.savePending;
  }

  /** True while a check of the open document waits out the typing pause (for tests: a positive signal to wait on). */
  hasPendingCheck(uri: vscode.Uri): boolean {
    return this.documents.hasPendingCheck(uri);
  }

  dispose(): void {
    this.scanCancel?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
