import * as vscode from 'vscode';
import { activateDiagnostics } from './diagnostics';
import { StoryConfigProvider } from './settings';
import { StoryIndex } from './storyIndex';

/** What `activate` returns: the extension's own tests read the index through it. */
export interface StarStoriesApi {
  index: StoryIndex;
  configs: StoryConfigProvider;
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

  // The scan is asynchronous and works in slices: activation does not wait for the disk.
  void index.start();
  return { index, configs, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
