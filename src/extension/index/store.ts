import type * as vscode from 'vscode';
import type { StorySummary } from '../../core';
import { DeliveryQueue, IndexChange } from './delivery';

/** One story as the index knows it (the index keeps no other file). */
export interface IndexedFile {
  uri: vscode.Uri;
  /** `uri.toString()`, the store's key. */
  key: string;
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
  /** What `diskSummary` was checked from (fingerprint.ts): a scan that finds the same keeps it without a new check. */
  diskFingerprint?: string;
  /**
   * False while only the front matter has been read (the first pass of a scan): title and principles are
   * right, findings and health are not known yet.
   */
  checked: boolean;
}

const MARKDOWN_NAME = /\.(md|markdown)$/i;

/**
 * The stories, each file's read generation, and the changes not yet delivered. No vscode at run time: only
 * `uri.toString()` and `uri.path` are used, so plain mocha tests it.
 */
export class StoryStore {
  private readonly files = new Map<string, IndexedFile>();
  /** Bumped on every new read of a file, so an older read that finishes late is dropped. */
  private readonly generation = new Map<string, number>();
  private readonly delivery: DeliveryQueue;
  private readonly observers: ((key: string) => void)[] = [];
  /** Moves on every change of the stories: the read model rebuilds its views when it has moved. */
  version = 0;

  /**
   * @param deliver hears the changes, in batches paced by the DeliveryQueue.
   * @param diskChanged told when what the saved index keeps (a story as on disk) has changed.
   */
  constructor(
    deliver: (change: IndexChange) => void,
    private readonly diskChanged: () => void = () => undefined,
  ) {
    this.delivery = new DeliveryQueue(deliver);
  }

  get(key: string): IndexedFile | undefined {
    return this.files.get(key);
  }

  has(key: string): boolean {
    return this.files.has(key);
  }

  get size(): number {
    return this.files.size;
  }

  values(): IterableIterator<IndexedFile> {
    return this.files.values();
  }

  keys(): IterableIterator<string> {
    return this.files.keys();
  }

  /** A new read of the file starts: any read before it is now out of date. */
  bump(key: string): number {
    const g = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, g);
    return g;
  }

  isCurrent(key: string, gen: number): boolean {
    return this.generation.get(key) === gen;
  }

  generationOf(key: string): number {
    return this.generation.get(key) ?? 0;
  }

  /**
   * Keeps a summary of the file. A file that is not a story leaves; one read again and found as it was (the scan
   * after a saved index, mostly) makes no event, so the tree and Problems are not rebuilt for unchanged stories.
   * `onDisk`: the summary is what the file on disk holds (no unsaved edits).
   */
  put(
    uri: vscode.Uri,
    summary: StorySummary,
    documentVersion: number | undefined,
    checked: boolean,
    onDisk: boolean,
    fingerprint?: string,
  ): void {
    const key = uri.toString();
    if (!summary.isStory) return this.remove(uri);
    const known = this.files.get(key);
    if (
      known?.checked &&
      checked &&
      known.documentVersion === undefined &&
      documentVersion === undefined &&
      sameSummary(known.summary, summary)
    ) {
      known.diskFingerprint = fingerprint;
      return;
    }
    const displayTitle = summary.title || fileTitle(uri);
    const diskSummary = onDisk ? (checked ? summary : undefined) : known?.diskSummary;
    const diskFingerprint = onDisk ? (checked ? fingerprint : undefined) : known?.diskFingerprint;
    this.files.set(key, {
      uri,
      key,
      summary,
      displayTitle,
      sortKey: sortKeyOf(displayTitle, key),
      documentVersion,
      checked,
      diskSummary,
      diskFingerprint,
    });
    this.touched(key);
    // The saved index keeps stories as on disk: typing, or opening a story as it is, gives it nothing new to save.
    const diskMoved =
      diskSummary !== known?.diskSummary && !(diskSummary && known?.diskSummary && sameSummary(diskSummary, known.diskSummary));
    this.queue(uri, false, diskMoved, !checked);
  }

  /** The open document's text is now saved: the story as it is is the one on disk. */
  markSaved(key: string, documentVersion: number): void {
    const file = this.files.get(key);
    if (!file || !file.checked || file.documentVersion !== documentVersion || file.diskSummary === file.summary) return;
    file.diskSummary = file.summary;
    file.diskFingerprint = undefined; // the saved text is not known here: the next scan checks it again
    this.diskChanged();
  }

  remove(uri: vscode.Uri): void {
    const key = uri.toString();
    this.bump(key);
    if (this.files.delete(key)) {
      this.touched(key);
      this.queue(uri, true);
    }
  }

  /** Hears the key of every story added, changed or removed (the read model keeps its order up to date with it). */
  observe(listener: (key: string) => void): void {
    this.observers.push(listener);
  }

  private touched(key: string): void {
    for (const o of this.observers) o(key);
  }

  /** Removes a file, or every file under a folder; reads in flight under it are out of date. */
  removeUnder(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : key + '/';
    // A read still in flight for a file not indexed yet (its change event came just before the delete) would
    // otherwise land after the delete and bring it back.
    for (const k of this.generation.keys()) if (k === key || k.startsWith(prefix)) this.bump(k);
    for (const [k, f] of this.files) if (k === key || k.startsWith(prefix)) this.remove(f.uri);
  }

  /** The files under a folder, with the generation each is at. */
  under(uri: vscode.Uri): Map<string, number> {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : key + '/';
    const out = new Map<string, number>();
    for (const k of this.files.keys()) if (k.startsWith(prefix)) out.set(k, this.generationOf(k));
    return out;
  }

  /** Holds every event back until the returned function is called; then they go out in batches as usual. */
  hold(): () => void {
    return this.delivery.hold();
  }

  /** True while changes wait to be delivered (for tests: a signal to wait on). */
  hasUndelivered(): boolean {
    return this.delivery.hasUndelivered();
  }

  /** Resolves once every change so far has been delivered (at once when none waits). */
  whenDelivered(): Promise<void> {
    return this.delivery.whenDelivered();
  }

  private queue(uri: vscode.Uri, removed: boolean, onDisk = true, light = false): void {
    this.version++;
    if (onDisk) this.diskChanged();
    this.delivery.add(uri, removed, light);
  }
}

/** Summaries are plain data written in one key order (summarize, decodeSummary), so their JSON compares them. */
function sameSummary(a: StorySummary, b: StorySummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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

export function fileTitle(uri: { path: string }): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name.replace(MARKDOWN_NAME, '');
}
