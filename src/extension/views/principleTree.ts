import * as vscode from 'vscode';
import { activeCatalog, FocusSet } from '../../core';
import { Commands, ContextKeys, Views } from '../constants';
import { PracticeCounts } from '../practice/practiceCounts';
import { StoryConfigProvider } from '../settings';
import { StoryIndex } from '../index/storyIndex';
import { plural } from './principleTreeItems';
import { focusSetFits, principlesOf, TreeNode, TreeSnapshot } from './principleTreeModel';
import { PrincipleTreeProvider } from './principleTreeProvider';

// The Principles view's registration: its badge and context keys, selecting the active editor's story, and its
// commands (refresh, collapse, focus-set filter).

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
