import * as vscode from 'vscode';
import { isIgnored, lintStory, StarConfig, StorySummary, summarize } from '../../core';
import { Settings } from '../constants';
import { StoryConfigProvider } from '../settings';
import { decodeText, FileRead, maxBytesOf, StoryFileReader } from './fileReader';
import { fingerprintOf, textHash } from './fingerprint';
import { oncePerTurn, Slices } from './slices';
import { StoryStore } from './store';

/** What readTextNow says of a file its reader can only read asynchronously (use readText). */
export const READ_LATER = Symbol('read later');

/**
 * Checks one file into the store: from the disk (through the reader) or from its open document, which is the
 * source of truth for its file while it is open. Every check is one synchronous run of the engine, taken in turns
 * (see Slices) so a burst of file events does not hold the extension host.
 */
export class FileChecks {
  private readonly reported = new Set<string>();
  /** File events come by the hundred (a checkout, an unzip), and their reads finish together. */
  private readonly turns = new Slices();
  private readonly checkedDocuments = new Map<string, number>();

  constructor(
    private readonly store: StoryStore,
    private readonly configs: StoryConfigProvider,
    private readonly reader: StoryFileReader,
    private readonly output: vscode.LogOutputChannel,
    /** The exclusions as the settings are now (workspaceFiles.ts). */
    private readonly isExcluded: (uri: vscode.Uri) => boolean = () => false,
  ) {}

  /**
   * Reads a file as text, or nothing: a folder, a file over the size limit (reported once), a binary file, a
   * file gone meanwhile, or a file now open in an editor (whose text wins). `gen` tells a later read apart.
   */
  async readText(uri: vscode.Uri): Promise<{ text: string; gen: number } | undefined> {
    const key = uri.toString();
    if (openDocument(key)) return undefined;
    const gen = this.store.bump(key);
    const read = await this.reader.read(uri, this.maxBytes());
    return this.textOf(uri, key, gen, read);
  }

  /** readText done synchronously where the reader can (a local file in the desktop host); READ_LATER where it cannot. */
  readTextNow(uri: vscode.Uri): { text: string; gen: number } | undefined | typeof READ_LATER {
    const key = uri.toString();
    if (openDocument(key)) return undefined;
    const read = this.reader.readNow?.(uri, this.maxBytes());
    if (!read) return READ_LATER;
    return this.textOf(uri, key, this.store.bump(key), read);
  }

  private textOf(uri: vscode.Uri, key: string, gen: number, read: FileRead): { text: string; gen: number } | undefined {
    if (!this.store.isCurrent(key, gen) || openDocument(key)) return undefined;
    if (!('bytes' in read)) {
      // Gone between the event and the read: the delete event (or the next scan) removes it.
      if ('missing' in read) this.store.remove(uri);
      else if ('tooLarge' in read) this.skipTooLarge(uri, read.tooLarge);
      else if ('skipped' in read) this.skipUnsafe(uri, read.skipped);
      return undefined;
    }
    const text = decodeText(read.bytes);
    if (text === undefined) {
      this.store.remove(uri); // binary: not a story
      return undefined;
    }
    return { text, gen };
  }

  async fromDisk(uri: vscode.Uri): Promise<void> {
    const doc = openDocument(uri.toString());
    if (doc) {
      // The open document speaks for the file, but a file deleted and restored unchanged (git stash and pop, mv
      // away and back) changes nothing in it, so no document event brings back the story its deletion removed.
      if (!this.store.has(uri.toString())) await this.fromDocument(doc);
      return;
    }
    const config = await this.configs.configFor(uri);
    if (this.ignoredByConfig(uri, config)) return this.store.remove(uri);
    const read = await this.readText(uri);
    if (!read) return;
    const key = uri.toString();
    await this.turns.inTurn(() => {
      // A file event read before the exclusions changed can land after the rescan that applied them.
      if (this.isExcluded(uri)) return this.store.remove(uri);
      if (this.store.isCurrent(key, read.gen) && !openDocument(key)) this.check(uri, read.text, config, undefined, textHash(read.text));
    });
  }

  async fromDocument(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const gen = this.store.bump(key);
    const config = await this.configs.configFor(doc.uri);
    if (!this.store.isCurrent(key, gen) || doc.isClosed) return;
    if (this.ignoredByConfig(doc.uri, config)) return this.store.remove(doc.uri);
    const text = doc.getText();
    if (text.length > this.maxBytes()) this.skipTooLarge(doc.uri, text.length);
    else this.check(doc.uri, text, config, doc.version);
    this.checkedDocuments.set(key, doc.version);
  }

  /** The version of an open document last checked, story or not (for tests: a positive signal to wait on). */
  checkedDocumentVersion(key: string): number | undefined {
    return this.checkedDocuments.get(key);
  }

  forgetDocument(key: string): void {
    this.checkedDocuments.delete(key);
  }

  configFor(uri: vscode.Uri): Promise<StarConfig> {
    return this.configs.configFor(uri);
  }

  loadedConfigFor(uri: vscode.Uri): StarConfig | undefined {
    return this.configs.loadedConfigFor(uri);
  }

  /** Runs the engine on the text and keeps what it found. */
  check(uri: vscode.Uri, text: string, config: StarConfig, documentVersion: number | undefined, hash?: string): void {
    let summary: StorySummary;
    try {
      summary = summarize(lintStory(text, config), config);
    } catch (e) {
      this.output.error(`Could not check ${uri.fsPath || uri.toString()}: ${(e as Error)?.stack ?? e}`);
      return;
    }
    this.put(uri, summary, documentVersion, true, hash !== undefined ? fingerprintOf(hash, config) : undefined);
  }

  /**
   * Whether the index already holds this file checked from this very text under this config (a scan after the
   * saved index, or after a change of the exclusions): then its findings stand.
   */
  unchanged(key: string, hash: string, config: StarConfig): boolean {
    const known = this.store.get(key);
    return !!known?.checked && known.documentVersion === undefined && known.diskFingerprint === fingerprintOf(hash, config);
  }

  put(uri: vscode.Uri, summary: StorySummary, documentVersion: number | undefined, checked: boolean, fingerprint?: string): void {
    const onDisk = documentVersion === undefined || openDocument(uri.toString())?.isDirty === false;
    this.store.put(uri, summary, documentVersion, checked, onDisk, fingerprint);
  }

  /** The `ignores` of the folder's config file, relative to the folder (where the file is). */
  ignoredByConfig(uri: vscode.Uri, config: StarConfig): boolean {
    if (config.ignores.length === 0) return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
    return uri.path.startsWith(base) && isIgnored(config, uri.path.slice(base.length));
  }

  private readonly maxBytes = oncePerTurn(() =>
    maxBytesOf(vscode.workspace.getConfiguration(Settings.section).get<number>(Settings.maxFileSizeKB)),
  );

  private skipTooLarge(uri: vscode.Uri, size: number): void {
    this.store.remove(uri);
    if (!this.firstReport(uri)) return;
    const limitKB = Math.round(this.maxBytes() / 1024);
    void vscode.window.showInformationMessage(
      `STAR Stories skipped ${vscode.workspace.asRelativePath(uri)} (${Math.round(size / 1024)} KB): it is larger than the ${limitKB} KB limit (setting starStories.maxFileSizeKB).`,
    );
  }

  /** A link out of the workspace or a device: never read, said once in the log (not a notification: it is no mistake of the user's). */
  private skipUnsafe(uri: vscode.Uri, reason: string): void {
    this.store.remove(uri);
    if (this.firstReport(uri)) this.output.info(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}.`);
  }

  private firstReport(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (this.reported.has(key)) return false;
    this.reported.add(key);
    return true;
  }
}

export function openDocument(key: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}
