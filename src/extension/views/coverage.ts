import * as vscode from 'vscode';
import { activeCatalog, countProblems, practiceNote } from '../../core';
import { Commands, Panels } from '../constants';
import { CoverageView, CoverageViewStory, renderCoverageBody, renderPage } from './coverageHtml';
import type { PracticeLog } from '../practice/practiceLog';
import { StoryConfigProvider } from '../settings';
import { StoryIndex } from '../index/storyIndex';

/** Edits arrive in bursts (typing, a scan): the panel redraws once per pause. */
const RENDER_DEBOUNCE_MS = 200;

export interface CoverageApi {
  /** Opens the panel, or brings the open one forward; resolves once it shows the current stories. */
  open(): Promise<void>;
  /** The HTML the panel holds now, or undefined while it is closed. */
  html(): string | undefined;
  /** What the panel does with a message from its webview; true when a story was opened. */
  handleMessage(message: unknown): Promise<boolean>;
  /** Renders now instead of after the debounce; resolves with the new HTML. */
  refreshNow(): Promise<string | undefined>;
  /** The open panel, for tests that check its options. */
  panel(): vscode.WebviewPanel | undefined;
}

/**
 * The "Story Coverage" panel: principles × stories with each story's health. One panel at a time; it
 * follows the index while open and lets go of every listener when closed. The webview can only ask to
 * open a story the index knows; any other id it sends is ignored.
 */
export function activateCoverage(
  context: vscode.ExtensionContext,
  index: StoryIndex,
  configs: StoryConfigProvider,
  log?: PracticeLog,
): CoverageApi {
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');
  let panel: vscode.WebviewPanel | undefined;
  let listeners: vscode.Disposable[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastBody: string | undefined;
  /** Bumped per render, so a slow config read cannot paint an older state over a newer one. */
  let generation = 0;

  const model = async (): Promise<CoverageView> => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    // The catalog comes from the first folder's config, as in the Principles view.
    const config = await configs.configFor(folder ? folder.uri : vscode.Uri.parse('untitled:star-stories'));
    const catalog = activeCatalog(config);
    // Each principle's stories, in title order, from the read model the features share.
    const rows = catalog.principles.map((p) => ({
      principle: p.name,
      description: p.description,
      stories: index.model.storiesFor(p.name).map((f) => f.uri.toString()),
    }));
    const byName = new Map(rows.map((r) => [r.principle, r]));
    const stories: CoverageViewStory[] = [];
    const unassigned: string[] = [];
    const practised = log?.byStory();
    for (const file of index.stories()) {
      const id = file.uri.toString();
      const principles = file.summary.canonicalPrinciples.filter((p) => byName.has(p));
      const unknown = new Set<string>();
      for (const p of file.summary.principles) if (!p.canonical || !byName.has(p.canonical)) unknown.add(p.raw);
      stories.push({
        id,
        title: file.displayTitle,
        file: vscode.workspace.asRelativePath(file.uri),
        principles,
        unknownPrinciples: [...unknown],
        // Warnings and errors: notes (length, the coach) are not problems.
        findings: countProblems(file.summary.findings),
        health: file.summary.health,
        coach: file.summary.coach,
        practice: practised?.has(id) ? practiceNote(practised.get(id), Date.now()) : undefined,
      });
      if (principles.length === 0) unassigned.push(id);
    }
    return { catalog: catalog.label, rows, stories, unassigned };
  };

  const render = async (): Promise<string | undefined> => {
    clearTimeout(timer);
    timer = undefined;
    const gen = ++generation;
    const view = await model();
    const target = panel;
    if (!target || gen !== generation) return target?.webview.html;
    const body = renderCoverageBody(view);
    // Setting the HTML reloads the page; when nothing shown changed, leave it alone.
    if (body === lastBody) return target.webview.html;
    lastBody = body;
    const webview = target.webview;
    target.webview.html = renderPage(body, {
      nonce: makeNonce(),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'coverage.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'coverage.js')).toString(),
    });
    return target.webview.html;
  };

  const schedule = () => {
    if (!panel) return;
    clearTimeout(timer);
    timer = setTimeout(() => void render(), RENDER_DEBOUNCE_MS);
  };

  const handleMessage = async (message: unknown): Promise<boolean> => {
    if (!message || typeof message !== 'object') return false;
    const { type, id } = message as { type?: unknown; id?: unknown };
    if (type !== 'open' || typeof id !== 'string') return false;
    // Only a story the index holds may be opened: the id is compared, never parsed into a new URI.
    const file = index.stories().find((f) => f.uri.toString() === id);
    if (!file) return false;
    // Beside the panel, so the coverage stays in view while the story is edited.
    await vscode.window.showTextDocument(file.uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    return true;
  };

  const closed = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const d of listeners) d.dispose();
    listeners = [];
    panel = undefined;
    lastBody = undefined;
  };

  const open = async (): Promise<void> => {
    if (panel) {
      panel.reveal();
      await render();
      return;
    }
    const created = vscode.window.createWebviewPanel(Panels.coverage, 'Story Coverage', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [media],
    });
    created.iconPath = vscode.Uri.joinPath(media, 'star.svg');
    panel = created;
    listeners = [
      index.onDidChange(schedule),
      configs.onDidChange(schedule),
      ...(log ? [log.onDidChange(schedule)] : []),
      created.webview.onDidReceiveMessage((m) => void handleMessage(m)),
      created.onDidDispose(closed),
    ];
    await render();
    // Opened while the first scan still runs: draw again once every file has been read.
    void index.whenReady().then(schedule);
  };

  context.subscriptions.push(vscode.commands.registerCommand(Commands.showCoverage, open), { dispose: () => panel?.dispose() });

  return {
    open,
    html: () => panel?.webview.html,
    handleMessage,
    refreshNow: render,
    panel: () => panel,
  };
}

/** A fresh nonce per render; Web Crypto works in the Node host and in vscode.dev alike. */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
