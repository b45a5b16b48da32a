import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { activateCodeActions } from './codeActions';
import { activateCoverage, CoverageApi } from './coverage';
import { activateDiagnostics } from './diagnostics';
import { activateNewStory } from './newStory';
import { activatePreview } from './preview';
import { activatePrincipleCompletion } from './principleCompletion';
import { activatePrincipleHover } from './principleHover';
import { activatePrincipleTree, PrincipleTreeApi } from './principleTree';
import { StoryConfigProvider } from './settings';
import { activateStatusBar, StatusBarApi } from './statusBar';
import { StoryIndex } from './storyIndex';

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
  /** Milliseconds `activate` took, measured inside it. */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): StarStoriesApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('STAR Stories', { log: true });
  const configs = new StoryConfigProvider(output);
  const index = new StoryIndex(configs, output);
  context.subscriptions.push(output, configs, index);

  activateDiagnostics(context, index);
  activateCodeActions(context, index);
  const tree = activatePrincipleTree(context, index, configs);
  activateNewStory(context, configs);
  const statusBar = activateStatusBar(context, index, configs);
  const coverage = activateCoverage(context, index, configs);

  const preview = activatePreview(context, configs);
  activatePrincipleHover(context, index, configs);
  activatePrincipleCompletion(context, index, configs);

  // The scan is asynchronous and works in slices: activation does not wait for the disk.
  void index.start();
  return { index, configs, tree, statusBar, coverage, activationMs: performance.now() - started, extendMarkdownIt: preview.extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
