import * as vscode from 'vscode';
import { Settings } from '../constants';
import { Exclusions } from './exclusions';
import { Cancellation, Slices } from './slices';

const MARKDOWN_GLOB = '**/*.{md,markdown,MD,Markdown}';
const MARKDOWN_TOP_LEVEL_GLOB = '*.{md,markdown,MD,Markdown}';
export const MARKDOWN_NAME = /\.(md|markdown)$/i;

/**
 * Lists a workspace folder's Markdown files without the search service (the desktop host walks `file:` folders
 * with Node); undefined for a folder it cannot list, which then goes through findFiles. `excluded` takes paths
 * relative to the folder.
 */
export type FolderLister = (
  folder: vscode.Uri,
  excluded: (relativePath: string) => boolean,
  slices: Slices,
  cancel: Cancellation,
) => Promise<vscode.Uri[]> | undefined;

/**
 * The workspace's Markdown files: finds them, watches them, applies the exclusions, and tells the index what
 * happened to them. A folder created, renamed or deleted outside VS Code (git checkout, mv, rm -r) is reported
 * by the watcher as the folder only, never the Markdown files in it: those come as `onDidArrive` / `onDidDelete`.
 */
export class WorkspaceFiles implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly deleted = new vscode.EventEmitter<vscode.Uri>();
  private readonly arrived = new vscode.EventEmitter<vscode.Uri>();
  /** A Markdown file not excluded was created or changed on disk. */
  readonly onDidChange = this.changed.event;
  /** A file or a folder is gone (everything under it with it). */
  readonly onDidDelete = this.deleted.event;
  /** A file or folder arrived by rename or move, or a folder was replaced: whatever Markdown is in it is new. */
  readonly onDidArrive = this.arrived.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.deleted, this.arrived];
  private exclusions: Exclusions | undefined;
  private exclusionsKey: string | undefined;

  constructor(private readonly lister?: FolderLister) {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    const folderWatcher = vscode.workspace.createFileSystemWatcher('**');
    const onMarkdown = (uri: vscode.Uri) => {
      if (MARKDOWN_NAME.test(uri.path) && !this.isExcluded(uri)) this.changed.fire(uri);
    };
    const onFolder = (uri: vscode.Uri) => {
      if (mayHoldStories(uri)) this.arrived.fire(uri);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onMarkdown),
      watcher.onDidChange(onMarkdown),
      watcher.onDidDelete((uri) => this.deleted.fire(uri)),
      folderWatcher,
      folderWatcher.onDidCreate(onFolder),
      // A folder deleted and created again at once (a branch switch) is reported as changed.
      folderWatcher.onDidChange(onFolder),
      folderWatcher.onDidDelete((uri) => {
        if (!MARKDOWN_NAME.test(uri.path)) this.deleted.fire(uri);
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.deleted.fire(oldUri);
          this.arrived.fire(newUri);
        }
      }),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.deleted.fire(uri))),
    );
  }

  /**
   * The exclusions as the settings are now, read on every use: a scan started right after a settings update may run
   * before the configuration event, and exclusions kept until that event let an excluded story in (a host test saw it).
   */
  private current(): Exclusions {
    const ours = vscode.workspace.getConfiguration(Settings.section).get<unknown[]>(Settings.exclude) ?? [];
    const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
    const key = JSON.stringify([ours, filesExclude]);
    if (!this.exclusions || key !== this.exclusionsKey) {
      this.exclusions = new Exclusions(ours, filesExclude);
      this.exclusionsKey = key;
    }
    return this.exclusions;
  }

  /**
   * Whether the exclusions cover this file. File events do not go through findFiles, so a story written into an
   * excluded folder came into the tree and Problems anyway (a host test caught it).
   */
  isExcluded(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
    return uri.path.startsWith(base) && this.current().matches(uri.path.slice(base.length));
  }

  /**
   * Every Markdown file of the workspace: one search per top-level folder (and one for the files beside them),
   * all at once. One search for the whole workspace came back as a single message of 20,000 URIs, whose
   * decoding held the extension host for 45 ms (measured); folder by folder, the replies come apart.
   */
  async findAll(token: vscode.CancellationToken, onFound: (uris: vscode.Uri[]) => void = () => undefined): Promise<vscode.Uri[]> {
    const exclusions = this.current();
    const exclude = exclusions.searchGlob();
    // A search below the top level matches the exclusions against paths from its own folder, so a pattern means the
    // same there only if it names a file or folder at any depth, and a top-level folder of that name must not be
    // searched at all. Any other pattern: one search.
    const excludedNames = exclusions.anyDepthNames();
    const searches: Thenable<vscode.Uri[]>[] = [];
    const search = (base: vscode.WorkspaceFolder | vscode.Uri, glob: string) =>
      searches.push(vscode.workspace.findFiles(new vscode.RelativePattern(base, glob), exclude, undefined, token));
    const slices = new Slices();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const listed = this.lister?.(folder.uri, (relativePath) => exclusions.matches(relativePath), slices, token);
      if (listed) {
        searches.push(listed);
        continue;
      }
      let entries: [string, vscode.FileType][] = [];
      if (excludedNames) {
        try {
          entries = await vscode.workspace.fs.readDirectory(folder.uri);
        } catch {
          // not listable (a virtual file system without it): one search for the folder below
        }
      }
      if (entries.length === 0) {
        search(folder, MARKDOWN_GLOB);
        continue;
      }
      search(folder, MARKDOWN_TOP_LEVEL_GLOB);
      for (const [name, type] of entries)
        if (type & vscode.FileType.Directory && !excludedNames?.has(name)) search(vscode.Uri.joinPath(folder.uri, name), MARKDOWN_GLOB);
    }
    // The searches of one folder never overlap; only nested workspace folders can find a file twice. Keys are built
    // only then: URI strings for 20,000 files held the extension host for 50 ms in one go (measured).
    const needsFilter = exclusions.needsFilter;
    const nested = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const seen = new Set<string>();
    const out: vscode.Uri[] = [];
    // Each search's files go to `onFound` as soon as it answers: the index reads them while the others search.
    const take = async (found: vscode.Uri[]) => {
      const batch: vscode.Uri[] = [];
      for (const uri of found) {
        await slices.pause();
        if (needsFilter && this.isExcluded(uri)) continue;
        if (nested) {
          const key = uri.toString();
          if (seen.has(key)) continue;
          seen.add(key);
        }
        batch.push(uri);
      }
      out.push(...batch);
      if (!token.isCancellationRequested) onFound(batch);
    };
    await Promise.all(searches.map((s) => Promise.resolve(s).then(take)));
    return out;
  }

  /** The Markdown files under a folder, or undefined when the path is no folder (any more). */
  async findUnder(uri: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    if (!(await isFolder(uri))) return undefined;
    // The desktop host lists the folder itself: no search service, and no ripgrep started in a folder that may be
    // deleted again before it runs (the search then fails with "spawn rg ENOENT", shown to the user as an error).
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const listed = folder && this.listUnder(folder.uri, uri);
    try {
      // findFiles matches the exclusions from the folder searched, not the workspace's root: check them here too.
      const found = listed
        ? await listed
        : await vscode.workspace.findFiles(new vscode.RelativePattern(uri, MARKDOWN_GLOB), this.current().searchGlob());
      return found.filter((f) => !this.isExcluded(f));
    } catch (e) {
      // Gone meanwhile (a folder created and deleted at once): nothing arrived. Anything else is a real failure.
      if (!(await isFolder(uri))) return undefined;
      throw e;
    }
  }

  /** The lister's files under `uri`, a folder inside the workspace folder `root` (exclusions are from the root). */
  private listUnder(root: vscode.Uri, uri: vscode.Uri): Promise<vscode.Uri[]> | undefined {
    const prefix = uri.path.slice(root.path.replace(/\/$/, '').length + 1);
    if (!this.lister || prefix === '') return undefined;
    const exclusions = this.current();
    return this.lister(uri, (relativePath) => exclusions.matches(`${prefix}/${relativePath}`), new Slices(), {
      isCancellationRequested: false,
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * A path the folder watcher should look into: not a Markdown file (the Markdown watcher has those), and not
 * inside node_modules or .git, where an install or a fetch creates folders by the thousand and no story lives.
 */
function mayHoldStories(uri: vscode.Uri): boolean {
  return !MARKDOWN_NAME.test(uri.path) && !/\/(?:node_modules|\.git)(?:\/|$)/.test(uri.path);
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}
