import * as vscode from 'vscode';
import type { StarConfig } from '../../core';
import { StoryConfigProvider } from '../settings';
import { fingerprintOf, hashOf } from './fingerprint';
import { CachedStory, IndexCache } from './indexCache';
import type { OpenedIndexFile, SavedStory } from './indexFile';
import { Slices, whenNotUrgent } from './slices';
import { StoryStore } from './store';

/** After the last change, the index is saved for the next start once this long has passed without another. */
const SAVE_DELAY_MS = 5000;

/** What the scans are doing, as the saved index needs to know it. */
export interface ScanState {
  /** Counts scans started: a save that sees it move was overtaken by a rescan, whose end saves again. */
  scans(): number;
  scanning(): boolean;
  /** starStories.diagnosticsScope is `openFiles`: nothing of the workspace is indexed, so nothing is saved. */
  openFilesOnly(): boolean;
}

/**
 * The index as the last session left it (stored by IndexCache): put into the store at the first start, and saved
 * again once changes pause.
 */
export class SavedIndex implements vscode.Disposable {
  private opened: Promise<OpenedIndexFile<vscode.Uri> | undefined> | undefined;
  /** The heads are in the store (the view can fill); then the full summaries. */
  private headsApplied = false;
  private storiesApplied = false;
  /** Stories taken from the saved index so far (an apply cut short by a rescan goes on in the next scan). */
  private used = 0;
  private unsaved = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;

  constructor(
    private readonly cache: IndexCache | undefined,
    private readonly store: StoryStore,
    private readonly configs: StoryConfigProvider,
    private readonly output: vscode.LogOutputChannel,
    private readonly state: ScanState,
  ) {}

  /** Whether the first scan still has (some of) the saved index to put in. */
  get pending(): boolean {
    return !!this.cache && !this.storiesApplied;
  }

  /**
   * Fills the store with the saved stories' heads (title, principles), so the Principles view shows at once; their
   * findings follow with `applyStories`, and the scan after it reads every file again and replaces what changed
   * meanwhile (unchanged stories stay quiet). Not for a file open in an editor (the document wins). Returns how
   * many stories came in, and when, or undefined when none did.
   */
  async applyHeads(token: vscode.CancellationToken, startedAt: number): Promise<{ at: number; stories: number } | undefined> {
    if (!this.cache || this.headsApplied) return undefined;
    const started = performance.now();
    // Not cancelled with the scan: a rescan right after start (a settings event) would otherwise lose it.
    this.opened ??= this.cache.open((folder) => this.configKey(folder));
    const opened = await this.opened;
    const loaded = performance.now();
    const slices = new Slices();
    // Listeners hear of them once all are in: publishing diagnostics between slices tripled the time to fill the index.
    const release = this.store.hold();
    try {
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      for (const { uri, summary } of opened?.heads ?? []) {
        if (token.isCancellationRequested) return undefined;
        const key = uri.toString();
        if (!this.store.has(key) && !open.has(key)) {
          this.store.put(uri, summary, undefined, false, true);
          this.used++;
        }
        await slices.pause();
      }
    } finally {
      release();
    }
    this.headsApplied = true;
    // What came from the file needs no saving back (a change that lands meanwhile is saved with the next one).
    this.unsaved = false;
    if (this.used === 0) return undefined;
    const at = performance.now();
    this.output.info(
      `Showing ${this.used} stories as the last session left them, ${Math.round(at - startedAt)} ms after the scan started (saved index ${Math.round(loaded - started)} ms, into the index ${Math.round(at - loaded)} ms); their findings next, then every file is read again.`,
    );
    return { at, stories: this.used };
  }

  /**
   * Replaces the heads with the saved full summaries (findings, checklist) and the fingerprints that spare the scan
   * a new check of unchanged stories. Runs after the view's first fill: that build is what a person waits for.
   */
  async applyStories(token: vscode.CancellationToken): Promise<void> {
    if (!this.cache || !this.headsApplied || this.storiesApplied) return;
    const opened = await this.opened;
    if (!opened || this.used === 0) {
      this.finishApply();
      return;
    }
    // The heads' delivery makes the view schedule its first build for the next turn; from then on it runs urgently.
    await this.store.whenDelivered();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await whenNotUrgent();
    if (token.isCancellationRequested) return;
    const started = performance.now();
    const slices = new Slices();
    let stories: SavedStory<vscode.Uri>[];
    try {
      stories = await opened.stories(() => slices.pause());
    } catch (e) {
      // The heads stay, unchecked: the scan checks those stories as it would at a first start.
      this.cache.ignored(e);
      this.finishApply();
      return;
    }
    if (token.isCancellationRequested) return;
    const decoded = performance.now();
    const release = this.store.hold();
    try {
      // The saved stories were checked under each folder's config as it is now (the cache refuses the others).
      const configOf = new Map<string, StarConfig>();
      for (const folder of vscode.workspace.workspaceFolders ?? [])
        configOf.set(folder.uri.toString(), await this.configs.configFor(folder.uri));
      for (const { uri, summary, hash } of stories) {
        if (token.isCancellationRequested) return;
        const known = this.store.get(uri.toString());
        // Only a head put in by applyHeads: a story read, opened or deleted since is newer than the file.
        if (known && !known.checked && known.documentVersion === undefined) {
          const config = hash !== undefined ? configOf.get(vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '') : undefined;
          this.store.put(uri, summary, undefined, true, true, config && fingerprintOf(hash!, config));
        }
        await slices.pause();
      }
    } finally {
      release();
    }
    this.finishApply();
    this.output.info(
      `Their findings decoded in ${Math.round(decoded - started)} ms, into the index in ${Math.round(performance.now() - decoded)} ms.`,
    );
  }

  private finishApply(): void {
    this.storiesApplied = true;
    this.opened = undefined; // not needed again: let it go
    this.unsaved = false;
  }

  /** The stores's stories as on disk have changed: save once changes pause (a running scan saves at its end). */
  markUnsaved(): void {
    this.unsaved = true;
    if (!this.state.scanning()) this.saveSoon();
  }

  /** True while a write is coming (changes not yet saved, a save scheduled or running). */
  get savePending(): boolean {
    return this.unsaved || this.saveTimer !== undefined || this.saving !== undefined;
  }

  /** Saves the index once changes have paused; not while a scan runs (its end saves). */
  saveSoon(): void {
    if (!this.cache || this.state.openFilesOnly()) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (this.state.scanning()) return;
      if (this.saving) {
        void this.saving.then(() => this.saveSoon());
        return;
      }
      this.saving = this.save().finally(() => (this.saving = undefined));
    }, SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    if (!this.cache || !this.unsaved) return;
    const scan = this.state.scans();
    this.unsaved = false;
    // The configs first: if one changed meanwhile, a rescan has started and the stories are not yet checked under it,
    // so they must not be saved as if they were (that rescan's end saves).
    const configs: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) configs.push(await this.configKey(folder));
    if (scan !== this.state.scans() || this.state.scanning()) {
      this.unsaved = true;
      return;
    }
    // Stories as on disk and fully checked: not one known by its front matter only, nor unsaved edits.
    const stories: CachedStory[] = [];
    for (const f of this.store.values())
      if (f.diskSummary) stories.push({ uri: f.uri, summary: f.diskSummary, hash: hashOf(f.diskFingerprint) });
    await this.cache.save(stories, configs);
  }

  /** A folder's resolved config as text: saved results are reused only under the same one. */
  private async configKey(folder: vscode.WorkspaceFolder): Promise<string> {
    return JSON.stringify(await this.configs.configFor(folder.uri));
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
  }
}
