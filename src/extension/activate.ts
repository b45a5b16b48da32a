import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { activateActionHelp } from './problems/actionHelp';
import { orderForPractice } from '../core';
import { activateCodeActions } from './problems/codeActions';
import { activateInsertTemplate } from './editing/insertTemplate';
import { activateCoverage, CoverageApi } from './views/coverage';
import { activateDiagnostics } from './problems/diagnostics';
import { activateNewStory } from './editing/newStory';
import { activateOpenConfigFile } from './editing/openConfigFile';
import { activateCheatSheet } from './views/cheatSheet';
import { activateLoopPlan, LoopPlanApi } from './views/loopPlan';
import { LoopPlanner } from './views/loopPlanModel';
import { activatePractice, PracticeApi } from './practice/practice';
import { activatePracticeLog, PracticeLog } from './practice/practiceLog';
import { activatePreview } from './views/preview';
import { activatePrincipleCompletion } from './editing/principleCompletion';
import { activatePrincipleHover } from './editing/principleHover';
import { activateStoryHover } from './editing/storyHover';
import { activatePrincipleTree, PrincipleTreeApi } from './views/principleTree';
import { PracticeCounts } from './practice/practiceCounts';
import { StoryConfigProvider } from './settings';
import { activateStatusBar, StatusBarApi } from './problems/statusBar';
import { IndexCache } from './index/indexCache';
import { StoryIndex } from './index/storyIndex';
import { StoryFileReader } from './index/fileReader';
import type { FileReplacer } from './index/fileReplace';
import type { FolderLister } from './index/workspaceFiles';
import { ownWork } from './index/ownWork';

/** What `activate` returns: the extension's own tests read the index through it. */
export interface StarStoriesApi {
  index: StoryIndex;
  configs: StoryConfigProvider;
  /** The Principles view: its model as plain data, its badge, its provider. */
  tree: PrincipleTreeApi;
  /** The story status bar item's current text. */
  statusBar: StatusBarApi;
  /** The Story Coverage panel: open it, read its HTML, send it the webview's messages. */
  coverage: CoverageApi;
  /** VS Code's Markdown extension calls this with its markdown-it (`markdown.markdownItPlugins` in the manifest). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /** Practice a Question: how often each principle was practised, and the running timer. */
  practice: PracticeApi;
  /** Plan Interview Loop: the planner and its panel. */
  plan: LoopPlanApi;
  /** Every practice run of this workspace. */
  practiceLog: PracticeLog;
  /** The index saved for the next start (see indexCache.ts); undefined without a workspace. */
  savedIndexUri: vscode.Uri | undefined;
  /** The longest stretch of our own synchronous work since the last reset (for the benchmark). */
  ownWork: { longestMs(): number; reset(): void };
  /** Milliseconds from the host starting to load the bundle to the end of `activate`. */
  activationMs: number;
  /** Time spent inside `activate`. */
  activateBodyMs: number;
  /** Time spent evaluating the bundle (undefined when the sources run unbundled). */
  loadMs: number | undefined;
}

/** Set by the bundle's first line (scripts/bundle.js); absent when the sources run unbundled. */
declare const __starStoriesLoadStart: number | undefined;
declare const __starStoriesLoadEnd: number | undefined;

/** What differs between the desktop (Node) and the web host; everything else is the same activation. */
export interface PlatformServices {
  reader: StoryFileReader;
  /** Lists workspace folders without the search service where it can (the desktop host: Node's fs). */
  lister?: FolderLister;
  /** Replaces the saved index's file (the desktop host: Node's rename, one step); workspace.fs otherwise. */
  replaceFile?: FileReplacer;
}

export function activateShared(context: vscode.ExtensionContext, services: PlatformServices): StarStoriesApi {
  const started = typeof __starStoriesLoadStart === 'number' ? __starStoriesLoadStart : performance.now();
  const activateStarted = performance.now();
  const output = vscode.window.createOutputChannel('STAR Stories', { log: true });
  const configs = new StoryConfigProvider(output, services.reader);
  const cache = new IndexCache(
    context.storageUri,
    String(context.extension.packageJSON.version ?? ''),
    output,
    services.reader,
    services.replaceFile,
  );
  const index = new StoryIndex(configs, output, services.reader, cache, services.lister);
  context.subscriptions.push(output, configs, index);

  activateDiagnostics(context, index);
  activateCodeActions(context, index);
  activateActionHelp(context);
  activateInsertTemplate(context);
  // Practice writes how often each principle was practised; the Principles view shows it.
  const practiceCounts = new PracticeCounts(context.workspaceState);
  context.subscriptions.push(practiceCounts);
  const tree = activatePrincipleTree(context, index, configs, practiceCounts);
  activateNewStory(context, configs);
  activateOpenConfigFile(context);
  const statusBar = activateStatusBar(context, index, configs);
  const practiceLog = activatePracticeLog(context, () => practiceCounts.clear());
  const planner = new LoopPlanner(context.workspaceState, index, configs, practiceLog);
  const practice = activatePractice(context, index, configs, tree, practiceCounts, {
    runs: practiceLog,
    storyOrder: async (principle, files) =>
      orderForPractice(files, (f) => f.uri.toString(), {
        planned: await planner.plannedFor(principle),
        practice: practiceLog.byStory(),
        now: Date.now(),
      }),
  });
  const coverage = activateCoverage(context, index, configs, practiceLog);
  const plan = activateLoopPlan(context, index, configs, planner);
  activateCheatSheet(context, planner);

  const preview = activatePreview(context, configs);
  activatePrincipleHover(context, index, configs);
  activateStoryHover(context, index);
  activatePrincipleCompletion(context, index, configs);

  // The scan is asynchronous and works in slices: activation does not wait for the disk.
  void index.start();
  return {
    index,
    configs,
    savedIndexUri: cache.file,
    tree,
    statusBar,
    practice,
    plan,
    practiceLog,
    coverage,
    ownWork,
    activationMs: performance.now() - started,
    activateBodyMs: performance.now() - activateStarted,
    loadMs: loadMs(),
    extendMarkdownIt: preview.extendMarkdownIt,
  };
}

function loadMs(): number | undefined {
  return typeof __starStoriesLoadStart === 'number' && typeof __starStoriesLoadEnd === 'number'
    ? __starStoriesLoadEnd - __starStoriesLoadStart
    : undefined;
}
