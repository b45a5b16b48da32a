import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { defaultConfig, StarConfig } from '../../core';
import { starPreviewPlugin } from '../../core/previewPlugin';
import { Settings } from '../constants';
import { StoryConfigProvider } from '../settings';

export interface PreviewApi {
  /** Called by VS Code's Markdown extension (through `activate`'s return value) with its markdown-it. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/**
 * The built-in Markdown preview shows a story's principles, STAR sections and measured results.
 * markdown-it parses synchronously and is never told which file it renders, so the config used is the
 * one of the active editor's folder (the file being previewed, in the usual case), kept ready here
 * because configs load asynchronously.
 */
export function activatePreview(context: vscode.ExtensionContext, configs: StoryConfigProvider): PreviewApi {
  let config: StarConfig = defaultConfig();
  let enabled = readEnabled();
  let generation = 0;

  const loadConfig = async (refresh: boolean) => {
    const gen = ++generation;
    const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const next = uri ? await configs.configFor(uri) : defaultConfig();
    if (gen !== generation) return;
    const changed = next !== config;
    config = next;
    if (changed && refresh) await refreshPreviews();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      // Switching to the preview (a webview) leaves no active text editor: keep the config of the file it shows.
      if (editor) void loadConfig(true);
    }),
    configs.onDidChange(() => void loadConfig(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${Settings.section}.${Settings.previewEnabled}`)) return;
      enabled = readEnabled();
      void refreshPreviews();
    }),
  );
  void loadConfig(false);

  return {
    extendMarkdownIt: (md) => starPreviewPlugin(md, { config: () => config, enabled: () => enabled }),
  };
}

function readEnabled(): boolean {
  return vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.previewEnabled) !== false;
}

/** Open previews keep their rendered HTML (and VS Code caches the tokens) until told to render again. */
async function refreshPreviews(): Promise<void> {
  const previewOpen = vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')),
  );
  if (!previewOpen) return;
  try {
    await vscode.commands.executeCommand('markdown.preview.refresh');
  } catch {
    // The Markdown extension is disabled or not loaded: there is no preview to refresh.
  }
}
