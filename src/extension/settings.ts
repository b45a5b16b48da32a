import * as vscode from 'vscode';
import {
  CONFIG_FILE_NAMES,
  MAX_CONFIG_BYTES,
  parseConfigText,
  unreadConfigReason,
  parseSeverity,
  resolveConfig,
  RULE_IDS,
  StarConfig,
  UserConfig,
} from '../core';
import { Settings } from './constants';
import { StoryFileReader } from './index/fileReader';

/**
 * The engine's config for a file: defaults, then the workspace folder's `.starlintrc` (shared with the CLI
 * and CI), then VS Code settings the user has set explicitly. Settings win so that a person can quiet a
 * rule in their own editor without editing the file the team shares.
 */
export class StoryConfigProvider implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<StarConfig>>();
  /** The same configs once loaded, for callers that work synchronously (the first pass of a scan). */
  private readonly loaded = new Map<string, StarConfig>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when settings or a config file change; every story must then be checked again. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Problems in a config file or the settings, per folder, so each is shown once. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly reader: StoryFileReader,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(Settings.section)) this.invalidate();
      }),
    );
    const pattern = `**/{${CONFIG_FILE_NAMES.join(',')}}`;
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    this.disposables.push(
      watcher,
      watcher.onDidChange(() => this.invalidate()),
      watcher.onDidCreate(() => this.invalidate()),
      watcher.onDidDelete(() => this.invalidate()),
    );
  }

  private invalidate(): void {
    this.byFolder.clear();
    this.loaded.clear();
    this.reported.clear();
    this.changed.fire();
  }

  configFor(uri: vscode.Uri): Promise<StarConfig> {
    const { folder, key } = folderOf(uri);
    const known = this.byFolder.get(key);
    if (known) return known;
    const loading = this.load(folder);
    this.byFolder.set(key, loading);
    // Kept only while it is still the folder's current load: an invalidation meanwhile starts a newer one.
    void loading.then(
      (c) => this.byFolder.get(key) === loading && this.loaded.set(key, c),
      () => undefined,
    );
    return loading;
  }

  /** The config of the file's folder if it is loaded already, else undefined (then ask configFor). */
  loadedConfigFor(uri: vscode.Uri): StarConfig | undefined {
    return this.loaded.get(folderOf(uri).key);
  }

  private async load(folder: vscode.WorkspaceFolder | undefined): Promise<StarConfig> {
    const fromFile = folder ? await this.readConfigFile(folder.uri) : undefined;
    const user: UserConfig = fromFile?.config ? { ...fromFile.config } : {};
    const settings = vscode.workspace.getConfiguration(Settings.section, folder?.uri);

    // Where the file and a setting both set a value, the setting wins: said once in the log, so "why is my
    // .starlintrc ignored?" has an answer.
    const overridden: string[] = [];
    const fileRules = isObject(user.rules) ? user.rules : {};
    const ruleSetting = explicit<Record<string, unknown>>(settings, Settings.rules);
    if (ruleSetting && typeof ruleSetting === 'object') {
      const rules: Record<string, unknown> = { ...fileRules };
      for (const [id, value] of Object.entries(ruleSetting)) {
        if (id in fileRules)
          overridden.push(`rules.${id}: the setting (${String(value)}) wins over ${fromFile?.name} (${String(fileRules[id])})`);
        // VS Code calls it "information"; the engine's word is "info".
        rules[id] = parseSeverity(value) ?? value;
      }
      user.rules = rules;
    }
    const catalog = explicit(settings, Settings.catalog);
    if (catalog !== undefined && user.catalog !== undefined && catalog !== user.catalog)
      overridden.push(`catalog: the setting (${String(catalog)}) wins over ${fromFile?.name} (${String(user.catalog)})`);
    if (catalog !== undefined) user.catalog = catalog;
    const catalogs = explicit<unknown[]>(settings, Settings.catalogs);
    if (Array.isArray(catalogs)) user.catalogs = [...(Array.isArray(user.catalogs) ? user.catalogs : []), ...catalogs];
    const focusSets = explicit<unknown[]>(settings, Settings.focusSets);
    if (Array.isArray(focusSets)) user.focusSets = [...(Array.isArray(user.focusSets) ? user.focusSets : []), ...focusSets];
    const length: Record<string, unknown> = { ...(isObject(user.length) ? user.length : {}) };
    for (const [key, name] of [
      [Settings.lengthMinMinutes, 'minMinutes'],
      [Settings.lengthMaxMinutes, 'maxMinutes'],
      [Settings.lengthWordsPerMinute, 'wordsPerMinute'],
    ] as const) {
      const v = explicit(settings, key);
      if (v !== undefined && length[name] !== undefined && length[name] !== v)
        overridden.push(`length.${name}: the setting (${String(v)}) wins over ${fromFile?.name} (${String(length[name])})`);
      if (v !== undefined) length[name] = v;
    }
    if (Object.keys(length).length > 0) user.length = length;
    // The settings' phrases join the file's, so a person can add their own without editing the shared file.
    const hedges: Record<string, unknown> = { ...(isObject(user.hedges) ? user.hedges : {}) };
    for (const [key, name] of [
      [Settings.hedgesAdd, 'add'],
      [Settings.hedgesAllow, 'allow'],
    ] as const) {
      const v = explicit<unknown[]>(settings, key);
      if (Array.isArray(v)) hedges[name] = [...(Array.isArray(hedges[name]) ? (hedges[name] as unknown[]) : []), ...v];
    }
    if (Object.keys(hedges).length > 0) user.hedges = hedges;

    for (const line of overridden) this.note(`${folder?.name ?? 'no folder'}: ${line}.`);
    const { config, problems } = resolveConfig(user, RULE_IDS);
    const where = fromFile?.name ? `${fromFile.name} or the starStories settings` : 'the starStories settings';
    for (const p of [...(fromFile?.error ? [fromFile.error] : []), ...problems]) this.report(`${where}: ${p}`);
    return config;
  }

  private async readConfigFile(folderUri: vscode.Uri): Promise<{ name: string; config?: UserConfig; error?: string } | undefined> {
    // All names at once, the first in this order that exists wins. The reader never opens a device or follows a
    // link out of the folder: a config came with the repository, and a refused one is named, never dropped unseen.
    const reads = await Promise.all(
      CONFIG_FILE_NAMES.map(async (name) => ({
        name,
        read: await this.reader.read(vscode.Uri.joinPath(folderUri, name), MAX_CONFIG_BYTES),
      })),
    );
    const found = reads.find((r) => !('missing' in r.read));
    if (!found) return undefined;
    const { name, read } = found;
    if ('missing' in read) return undefined; // never: `found` is the first that exists
    if ('bytes' in read) return { name, ...parseConfigText(new TextDecoder().decode(read.bytes), name) };
    return { name, error: `${name} cannot be read (${unreadConfigReason(read)}), so the defaults apply.` };
  }

  /** Which source won, once per fact (a config change may repeat it; a repeat says nothing new). */
  private note(line: string): void {
    if (this.reported.has(line)) return;
    this.reported.add(line);
    this.output.info(line);
  }

  /** Config mistakes go to the output channel once, with one quiet status message; never a modal. */
  private report(problem: string): void {
    if (this.reported.has(problem)) return;
    this.reported.add(problem);
    this.output.warn(problem);
    vscode.window.setStatusBarMessage(`$(warning) STAR Stories: a setting was ignored (see Output › STAR Stories)`, 8000);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A setting's value only when someone set it (user, workspace or folder), so defaults don't override the config file. */
function explicit<T = unknown>(settings: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const i = settings.inspect<T>(key);
  if (!i) return undefined;
  return i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The workspace folder of a file and the key its config is kept under ('' outside every folder). */
function folderOf(uri: vscode.Uri): { folder: vscode.WorkspaceFolder | undefined; key: string } {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return { folder, key: folder ? folder.uri.toString() : '' };
}
