import * as vscode from 'vscode';
import { StarConfig } from '../../core';
import { PracticeCounts } from '../practice/practiceCounts';
import { StoryConfigProvider } from '../settings';
import { urgently } from '../index/slices';
import { StoryIndex } from '../index/storyIndex';
import { GAPS_WARN_FROM, principleItem, storyItem, unassignedItem } from './principleTreeItems';
import { buildPrincipleModel, Model, snapshotOf, StoryNode, TreeNode, TreeSnapshot } from './principleTreeModel';

/** Index changes arrive in bursts (a scan, typing): the tree redraws once per burst. */
const REFRESH_DEBOUNCE_MS = 100;
/** workspaceState key of the focus set the view is filtered to. */
const FILTER_STATE_KEY = 'starStories.principles.focusSet';

/**
 * Principles of the active catalog, each with the stories that claim it. The model is built once per
 * change and kept: `reveal` and `getParent` need the very objects `getChildren` handed out.
 */
export class PrincipleTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly built = new vscode.EventEmitter<void>();
  /** Fires after the model was rebuilt (and the view told). */
  readonly onDidBuild = this.built.event;
  private model: Model | undefined;
  /** The latest build started (what `current` waits for before the first model). */
  private building: Promise<Model> | undefined;
  /** The build that runs now, and the one that will run after it for the requests made meanwhile. */
  private running: Promise<Model> | undefined;
  private queued: Promise<Model> | undefined;
  private disposed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private filterId: string | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.built];

  constructor(
    private readonly index: StoryIndex,
    private readonly configs: StoryConfigProvider,
    private readonly state: vscode.Memento,
    private readonly practiceCounts: PracticeCounts,
  ) {
    this.filterId = state.get<string>(FILTER_STATE_KEY);
    this.disposables.push(
      index.onDidChange(() => this.scheduleRefresh()),
      // How often each principle was practised shows in its tooltip.
      practiceCounts.onDidChange(() => this.scheduleRefresh()),
      configs.onDidChange(() => this.scheduleRefresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleRefresh()),
    );
  }

  /** The config the tree's catalog and focus sets come from: the first workspace folder's. */
  config(): Promise<StarConfig> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    // Without a folder the provider falls back to defaults and user settings.
    return this.configs.configFor(folder ? folder.uri : vscode.Uri.parse('untitled:star-stories'));
  }

  scheduleRefresh(): void {
    // An empty view fills on the first change's schedule: a burst of thousands of stories (a saved index, a scan)
    // arrives in batches, and pushing the rebuild back with each batch left it empty until the last one.
    // An empty view is built on the next turn: stories arriving into it came all at once (the index holds a first
    // scan's and the saved index's back until all are in), and waiting out the debounce only delayed its first fill.
    const empty = !this.model?.storyCount;
    if (this.timer && empty) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.rebuild();
      },
      empty ? 0 : REFRESH_DEBOUNCE_MS,
    );
  }

  /**
   * Builds the model from what the index holds now; never reads the disk. One build runs at a time: a request
   * while one runs is served by one more build right after it, for every request made meanwhile. (A newer build
   * used to stop the running one: in a burst of index changes, each build under contention took longer than the
   * debounce, so none finished until the burst ended, and the view of a warm start stayed empty for 0.8 s.)
   */
  rebuild(): Promise<Model> {
    if (this.running) {
      this.queued ??= this.running.then(
        () => this.startBuild(),
        () => this.startBuild(),
      );
      return this.queued;
    }
    return this.startBuild();
  }

  private startBuild(): Promise<Model> {
    this.queued = undefined;
    const run = this.build().then((model) => {
      // Closed meanwhile (the build stopped): nothing to show any more.
      if (!model) return this.model!;
      this.model = model;
      this.changed.fire(undefined);
      this.built.fire();
      return model;
    });
    const done = () => {
      if (this.running === run) this.running = undefined;
    };
    run.then(done, done);
    this.running = run;
    this.building = run;
    return run;
  }

  private build(): Promise<Model | undefined> {
    const build = async () => buildPrincipleModel(await this.config(), this.filterId, this.index, () => this.disposed);
    // An empty view filling is what a person waits for: diagnostics still to deliver wait for that build (slices.ts).
    // Later builds are not: during a first scan's full check they ran often, and held diagnostics back each time.
    return this.model?.storyCount ? build() : urgently(build);
  }

  /** The model, building it the first time (after the first scan). */
  async current(): Promise<Model> {
    if (this.model) return this.model;
    if (!this.building) {
      // First look: wait for the first scan so the view does not flash its empty-state text.
      await this.index.whenReady();
      if (!this.building) void this.rebuild();
    }
    return this.building!;
  }

  async getChildren(element?: TreeNode): Promise<TreeNode[]> {
    if (!element) return (await this.current()).roots;
    if (element.kind === 'story') return [];
    return element.stories;
  }

  getParent(element: TreeNode): TreeNode | undefined {
    return element.kind === 'story' ? element.parent : undefined;
  }

  getTreeItem(element: TreeNode): vscode.TreeItem {
    if (element.kind === 'principle')
      return principleItem(
        element,
        this.practiceCounts.countFor(element.principle.name),
        (this.snapshotModel?.storyCount ?? 0) >= GAPS_WARN_FROM,
      );
    if (element.kind === 'unassigned') return unassignedItem(element);
    return storyItem(element);
  }

  /** The current model, or undefined before the first build. */
  get snapshotModel(): Model | undefined {
    return this.model;
  }

  snapshot(): TreeSnapshot | undefined {
    const m = this.model;
    return m ? snapshotOf(m) : undefined;
  }

  nodeFor(uri: vscode.Uri): StoryNode | undefined {
    return this.model?.firstNode.get(uri.toString());
  }

  get filter(): string | undefined {
    return this.filterId;
  }

  async setFilter(id: string | undefined): Promise<Model> {
    this.filterId = id;
    await this.state.update(FILTER_STATE_KEY, id);
    return this.rebuild();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
