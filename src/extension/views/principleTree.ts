import * as vscode from 'vscode';
import { appendChecklist, untrustedMarkdown } from '../checklistMarkdown';
import { activeCatalog, Catalog, countProblems, FocusSet, Principle, PrincipleMatcher, StarConfig } from '../../core';
import { Commands, ContextKeys, Views } from '../constants';
import { PracticeCounts } from '../practice/practiceCounts';
import { StoryConfigProvider } from '../settings';
import { noteOwnWork } from '../index/ownWork';
import { IndexedFile, StoryIndex } from '../index/storyIndex';

/** Index changes arrive in bursts (a scan, typing): the tree redraws once per burst. */
const REFRESH_DEBOUNCE_MS = 100;
/** A rebuild yields after this much work, so a big story bank never blocks the extension host for long. */
const BUILD_SLICE_MS = 8;
/** workspaceState key of the focus set the view is filtered to. */
const FILTER_STATE_KEY = 'starStories.principles.focusSet';
/** A gap's tooltip names at most this many stories that could cover it. */
const COULD_COVER_SHOWN = 5;
/** A tooltip lists at most this many findings; the Problems panel has the rest. */
const TOOLTIP_FINDINGS = 10;

export interface PrincipleNode {
  kind: 'principle';
  principle: Principle;
  stories: StoryNode[];
  /** Titles of stories that do not claim the principle but whose text shows it (the coach's suggestions). */
  couldCover: string[];
}

export interface UnassignedNode {
  kind: 'unassigned';
  stories: StoryNode[];
}

export interface StoryNode {
  kind: 'story';
  file: IndexedFile;
  parent: PrincipleNode | UnassignedNode;
}

export type TreeNode = PrincipleNode | UnassignedNode | StoryNode;

/** The tree as plain data, for tests and anything else that wants to read what the view shows. */
export interface TreeSnapshot {
  catalog: string;
  filter?: string;
  principles: { principle: string; count: number; gap: boolean; stories: SnapshotStory[]; couldCover: string[] }[];
  unassigned: SnapshotStory[];
}

export interface SnapshotStory {
  title: string;
  uri: string;
  findings: number;
}

export interface Model {
  catalog: Catalog;
  filter?: FocusSet;
  roots: (PrincipleNode | UnassignedNode)[];
  /** First node of each story (by URI), so the active editor's story can be revealed. */
  firstNode: Map<string, StoryNode>;
  storiesWithProblems: number;
  storyCount: number;
}

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
  private building: Promise<Model> | undefined;
  /** Bumped by each rebuild; a build that sees it move stops. */
  private buildGeneration = 0;
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
    if (this.timer && !this.model?.storyCount) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.rebuild();
    }, REFRESH_DEBOUNCE_MS);
  }

  /** Builds the model from what the index holds now; never reads the disk. */
  rebuild(): Promise<Model> {
    const generation = ++this.buildGeneration;
    const next: Promise<Model> = this.build(generation).then((model) => {
      // A later rebuild started meanwhile: this one stopped where it was, and the newest answers for it.
      if (!model || generation !== this.buildGeneration) return this.building!;
      this.model = model;
      this.changed.fire(undefined);
      this.built.fire();
      return model;
    });
    this.building = next;
    return next;
  }

  /** The model as the index holds it now, or undefined when a newer build has started (it stops at its next slice). */
  private async build(generation: number): Promise<Model | undefined> {
    const config = await this.config();
    const catalog = activeCatalog(config);
    let filter = this.filterId ? config.focusSets.find((f) => f.id === this.filterId) : undefined;
    if (filter && !focusSetFits(filter, catalog)) filter = undefined;
    const shown = filter ? principlesOf(filter, catalog) : undefined;

    let sliceStart = performance.now();
    const stories = this.index.stories(); // in title order (the shared read model)
    const nodes = new Map<string, PrincipleNode>();
    /** Each principle's story nodes by URI: a story's first visible node is found without a search. */
    const nodesOf = new Map<string, Map<string, StoryNode>>();
    for (const principle of catalog.principles) {
      const node: PrincipleNode = { kind: 'principle', principle, stories: [], couldCover: [] };
      const byUri = new Map<string, StoryNode>();
      // Grouped and in title order by the read model: the view does not count on its own.
      for (const file of this.index.model.storiesFor(principle.name)) {
        const story: StoryNode = { kind: 'story', file, parent: node };
        node.stories.push(story);
        byUri.set(file.uri.toString(), story);
      }
      nodes.set(principle.name, node);
      nodesOf.set(principle.name, byUri);
    }
    const unassigned: UnassignedNode = { kind: 'unassigned', stories: [] };
    const firstNode = new Map<string, StoryNode>();
    let storiesWithProblems = 0;
    for (let i = 0; i < stories.length; i++) {
      // Thousands of stories take longer than a frame: hand the event loop back now and then.
      if ((i & 255) === 255 && performance.now() - sliceStart > BUILD_SLICE_MS) {
        noteOwnWork(performance.now() - sliceStart);
        await new Promise((resolve) => setTimeout(resolve, 0));
        // Builds that went on after a newer one started ran their slices back to back: 50 ms blocks at 10,000 stories.
        if (generation !== this.buildGeneration) return undefined;
        sliceStart = performance.now();
      }
      const file = stories[i];
      const key = file.uri.toString();
      if (countProblems(file.summary.findings) > 0) storiesWithProblems++;
      // Reveal picks a node the view shows: under the filter, the first visible principle of the story's own order.
      let first: StoryNode | undefined;
      let claimed = false;
      for (const name of file.summary.canonicalPrinciples) {
        const node = nodesOf.get(name)?.get(key);
        if (!node) continue;
        claimed = true;
        if (!first && (!shown || shown.has(name))) first = node;
      }
      if (!claimed) {
        const node: StoryNode = { kind: 'story', file, parent: unassigned };
        unassigned.stories.push(node);
        if (!shown) first = node;
      }
      if (first) firstNode.set(key, first);
      for (const name of file.summary.coach?.suggestions ?? []) {
        const node = nodes.get(name);
        if (node && !nodesOf.get(name)?.has(key) && node.couldCover.length < COULD_COVER_SHOWN) node.couldCover.push(file.displayTitle);
      }
    }
    noteOwnWork(performance.now() - sliceStart);
    const roots: (PrincipleNode | UnassignedNode)[] = [];
    // With no story at all the view is left empty, so its welcome text (with a New Story button) shows.
    if (stories.length > 0) {
      for (const node of nodes.values()) if (!shown || shown.has(node.principle.name)) roots.push(node);
      if (!shown && unassigned.stories.length > 0) roots.push(unassigned);
    }
    return { catalog, filter, roots, firstNode, storiesWithProblems, storyCount: stories.length };
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
    if (!m) return undefined;
    const plain = (s: StoryNode): SnapshotStory => ({
      title: s.file.displayTitle,
      uri: s.file.uri.toString(),
      findings: s.file.summary.findings.length,
    });
    const principles: TreeSnapshot['principles'] = [];
    let unassigned: SnapshotStory[] = [];
    for (const r of m.roots) {
      if (r.kind === 'principle')
        principles.push({
          principle: r.principle.name,
          count: r.stories.length,
          gap: r.stories.length === 0,
          stories: r.stories.map(plain),
          couldCover: r.couldCover,
        });
      else unassigned = r.stories.map(plain);
    }
    return { catalog: m.catalog.id, filter: m.filter?.id, principles, unassigned };
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
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** A focus set applies to the catalog it names; one written for another catalog would show nothing. */
function focusSetFits(set: FocusSet, catalog: Catalog): boolean {
  return set.catalog === catalog.id && principlesOf(set, catalog).size > 0;
}

/** Canonical names of a focus set's principles, so "Bias to Action" in a set still finds its principle. */
function principlesOf(set: FocusSet, catalog: Catalog): Set<string> {
  const matcher = new PrincipleMatcher(catalog);
  const out = new Set<string>();
  for (const name of set.principles) {
    const canonical = matcher.match(name).canonical;
    if (canonical) out.add(canonical);
  }
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A gap is a to-do, not an error: in a bank of a few stories most principles have none yet, and a wall of warning
 * triangles says the bank is broken. From this many stories on, a gap is marked as one.
 */
const GAPS_WARN_FROM = 5;

function principleItem(node: PrincipleNode, practised = 0, warnGaps = true): vscode.TreeItem {
  const { principle, stories } = node;
  const gap = stories.length === 0;
  const item = new vscode.TreeItem(principle.name, gap ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `principle:${principle.name}`;
  item.description = gap ? 'no story' : plural(stories.length, 'story', 'stories');
  item.contextValue = gap ? 'principle.gap' : 'principle';
  item.iconPath = !gap
    ? new vscode.ThemeIcon('star-full')
    : warnGaps
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : new vscode.ThemeIcon('circle-large-outline');
  const tip = untrustedMarkdown();
  if (gap && node.couldCover.length > 0)
    item.description = `no story · ${plural(node.couldCover.length, 'could cover it', 'could cover it')}`;
  if (gap) {
    tip.appendText(`No story yet for ${principle.name}.`);
    if (node.couldCover.length > 0) {
      tip.appendMarkdown('\n\n');
      tip.appendText('Stories whose text shows it, though they do not list it:');
      for (const title of node.couldCover) {
        tip.appendMarkdown('\n- ');
        tip.appendText(title);
      }
    }
  } else {
    tip.appendMarkdown('**');
    tip.appendText(principle.name);
    tip.appendMarkdown('**: ');
    tip.appendText(plural(stories.length, 'story', 'stories') + '.');
  }
  if (principle.description) {
    tip.appendMarkdown('\n\n');
    tip.appendText(principle.description);
  }
  if (practised > 0) {
    tip.appendMarkdown('\n\n');
    tip.appendText(`Practised ${practised === 1 ? 'once' : `${practised} times`}.`);
  }
  item.tooltip = tip;
  item.accessibilityInformation = { label: gap ? `${principle.name}, no story yet` : `${principle.name}, ${item.description}` };
  return item;
}

function unassignedItem(node: UnassignedNode): vscode.TreeItem {
  const item = new vscode.TreeItem('Unassigned', vscode.TreeItemCollapsibleState.Collapsed);
  item.id = 'unassigned';
  item.description = plural(node.stories.length, 'story', 'stories');
  item.contextValue = 'unassigned';
  item.iconPath = new vscode.ThemeIcon('question');
  item.tooltip = 'Stories without a principle of the active catalog. Add one to the principles list at the top of the story.';
  return item;
}

function storyItem(node: StoryNode): vscode.TreeItem {
  const { file } = node;
  const findings = file.summary.findings;
  const problems = countProblems(findings);
  const item = new vscode.TreeItem(file.displayTitle, vscode.TreeItemCollapsibleState.None);
  const parentId = node.parent.kind === 'principle' ? `principle:${node.parent.principle.name}` : 'unassigned';
  item.id = `${parentId}/${file.uri.toString()}`;
  item.resourceUri = file.uri;
  item.iconPath = vscode.ThemeIcon.File;
  item.description = problems > 0 ? plural(problems, 'problem', 'problems') : undefined;
  item.contextValue = 'story';
  item.command = { command: 'vscode.open', title: 'Open Story', arguments: [file.uri] };

  const tip = untrustedMarkdown();
  tip.appendMarkdown('**');
  tip.appendText(file.displayTitle);
  tip.appendMarkdown('**\n\n');
  tip.appendText(vscode.workspace.asRelativePath(file.uri));
  const principles = file.summary.principles.map((p) => p.canonical ?? p.raw);
  tip.appendMarkdown('\n\n');
  tip.appendText(principles.length > 0 ? `Principles: ${[...new Set(principles)].join(', ')}` : 'No principle listed.');
  tip.appendMarkdown('\n\n');
  tip.appendText('Checklist:');
  appendChecklist(tip, file.summary);
  tip.appendMarkdown('\n\n');
  if (findings.length === 0) tip.appendText('No problems found.');
  else {
    const notes = findings.length - problems;
    tip.appendText(
      [problems > 0 ? plural(problems, 'problem', 'problems') : '', notes > 0 ? plural(notes, 'note', 'notes') : '']
        .filter(Boolean)
        .join(' and ') + ':',
    );
    for (const f of findings.slice(0, TOOLTIP_FINDINGS)) {
      tip.appendMarkdown('\n- ');
      tip.appendText(`Line ${f.range.start.line + 1}: ${f.message}`);
    }
    if (findings.length > TOOLTIP_FINDINGS) {
      tip.appendMarkdown('\n- ');
      tip.appendText(`and ${findings.length - TOOLTIP_FINDINGS} more in the Problems panel`);
    }
  }
  item.tooltip = tip;
  return item;
}

export interface PrincipleTreeApi {
  provider: PrincipleTreeProvider;
  view: vscode.TreeView<TreeNode>;
  snapshot(): TreeSnapshot | undefined;
  /** Number shown on the view's badge, or undefined when it shows none. */
  badge(): number | undefined;
  /** Resolves once the model reflects everything the index has told so far. */
  refreshNow(): Promise<TreeSnapshot | undefined>;
}

export function activatePrincipleTree(
  context: vscode.ExtensionContext,
  index: StoryIndex,
  configs: StoryConfigProvider,
  practiceCounts: PracticeCounts,
): PrincipleTreeApi {
  const provider = new PrincipleTreeProvider(index, configs, context.workspaceState, practiceCounts);
  const view = vscode.window.createTreeView(Views.principles, {
    treeDataProvider: provider,
    // VS Code's own Collapse All button and command (the workbench registers it only with this option).
    showCollapseAll: true,
  });
  context.subscriptions.push(provider, view);

  /** The active story the view still has to select: set when the editor or the view's visibility changes, cleared once shown. */
  let owed: string | undefined = vscode.window.activeTextEditor?.document.uri.toString();
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const revealActive = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !view.visible || owed !== editor.document.uri.toString()) return;
    const key = owed;
    const node = provider.nodeFor(editor.document.uri);
    if (!node) return; // not in the tree yet: the build that adds it tries again
    view.reveal(node, { select: true, focus: false }).then(
      () => {
        if (owed === key) owed = undefined;
        retries = 0;
      },
      () => {
        // The tree was redrawn during the reveal: try again shortly, a few times.
        if (retries++ < 5) retryTimer = setTimeout(revealActive, 200);
      },
    );
  };
  const owe = (editor: vscode.TextEditor | undefined) => {
    owed = editor?.document.uri.toString();
    retries = 0;
    clearTimeout(retryTimer);
    revealActive();
  };

  const decorate = () => {
    const m = provider.snapshotModel;
    if (!m) return;
    view.badge =
      m.storiesWithProblems > 0
        ? { value: m.storiesWithProblems, tooltip: `${plural(m.storiesWithProblems, 'story', 'stories')} with problems` }
        : undefined;
    view.description = m.filter ? m.filter.label : undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasStories, m.storyCount > 0);
    void vscode.commands.executeCommand('setContext', ContextKeys.filtered, !!m.filter);
  };

  context.subscriptions.push(
    { dispose: () => clearTimeout(retryTimer) },
    provider.onDidBuild(() => {
      decorate();
      // A story that just entered the index (a new file) is selected once it is in the tree.
      revealActive();
    }),
    vscode.window.onDidChangeActiveTextEditor(owe),
    view.onDidChangeVisibility((e) => {
      if (e.visible) owe(vscode.window.activeTextEditor);
    }),
    vscode.commands.registerCommand(Commands.refresh, async () => {
      await index.rescan();
      await provider.rebuild();
    }),
    vscode.commands.registerCommand(Commands.collapseAll, async () => {
      // The workbench registers the view's own collapse command once the view has been shown; a hidden view has nothing to collapse.
      if (view.visible) await vscode.commands.executeCommand(`workbench.actions.treeView.${Views.principles}.collapseAll`);
    }),
    vscode.commands.registerCommand(Commands.filterFocusSet, async (id?: unknown) => {
      const config = await provider.config();
      const catalog = activeCatalog(config);
      const sets = config.focusSets.filter((f) => focusSetFits(f, catalog));
      let chosen: FocusSet | undefined;
      if (typeof id === 'string') chosen = sets.find((f) => f.id === id);
      else {
        if (sets.length === 0) {
          void vscode.window.showInformationMessage(
            `No focus set fits the ${catalog.label} catalog. Add one in the setting starStories.focusSets.`,
          );
          return undefined;
        }
        const pick = await vscode.window.showQuickPick(
          // The set's id is for settings files; people read its label and its principles.
          sets.map((f) => ({ label: f.label, detail: [...principlesOf(f, catalog)].join(' · '), set: f })),
          { title: 'Filter the Principles view to a focus set', placeHolder: 'Show only the principles of…' },
        );
        chosen = pick?.set;
      }
      if (!chosen) return undefined;
      await provider.setFilter(chosen.id);
      return chosen.id;
    }),
    vscode.commands.registerCommand(Commands.clearFilter, async () => {
      await provider.setFilter(undefined);
    }),
  );

  // Built once after activate has started the index's scan (it runs after every feature is wired),
  // so the badge and context keys are right even before the view is first opened.
  setTimeout(() => void provider.current(), 0);

  return {
    provider,
    view,
    snapshot: () => provider.snapshot(),
    badge: () => (typeof view.badge?.value === 'number' ? view.badge.value : undefined),
    refreshNow: async () => {
      await provider.rebuild();
      return provider.snapshot();
    },
  };
}
