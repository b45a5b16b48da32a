import * as vscode from 'vscode';
import { activeCatalog, DEFAULT_MAX_USES, planReason, practiceNote, StoryPractice } from '../../core';
import { Commands, Panels } from '../constants';
import { makeNonce } from './coverage';
import { renderPage } from './coverageHtml';
import { PlanView, PlanViewStory, renderPlanBody } from './loopPlanHtml';
import { CurrentPlan, LoopPlanner, PlanChoice } from './loopPlanModel';
import { StoryIndex } from '../index/storyIndex';
import { StoryConfigProvider } from '../settings';

/** Edits arrive in bursts (typing, a scan): the panel redraws once per pause. */
const RENDER_DEBOUNCE_MS = 200;

/** What Plan Interview Loop accepts instead of asking, so scripts and tests can run it without UI. */
export interface PlanArgs {
  /** A focus set's id, or principle names; absent: the whole catalog. */
  principles?: string | string[];
  maxUses?: number;
  allowSuggested?: boolean;
}

export interface LoopPlanApi {
  planner: LoopPlanner;
  /** The HTML the panel holds now, or undefined while it is closed. */
  html(): string | undefined;
  handleMessage(message: unknown): Promise<boolean>;
  refreshNow(): Promise<string | undefined>;
  panel(): vscode.WebviewPanel | undefined;
}

/** The plan as the page shows it: titles, paths, why, and each story's practice. */
export function planView(current: CurrentPlan, practice: Map<string, StoryPractice>, now: number): PlanView {
  const story = (id: string): PlanViewStory => {
    const file = current.files.get(id);
    return {
      id,
      title: file?.displayTitle ?? id,
      file: file ? vscode.workspace.asRelativePath(file.uri) : id,
      practice: practiceNote(practice.get(id), now),
    };
  };
  const { plan } = current;
  return {
    chosen: current.chosen,
    principleCount: plan.principles.length,
    maxUses: plan.maxUses,
    allowSuggested: plan.allowSuggested,
    storyCount: current.files.size,
    rows: plan.assignments.map((a) => ({
      principle: a.principle,
      primary: { story: story(a.story), source: a.source, why: planReason(a.source, current.stories.get(a.story)) },
      backup: a.backup
        ? {
            story: story(a.backup),
            source: a.backupSource ?? 'claimed',
            why: planReason(a.backupSource ?? 'claimed', current.stories.get(a.backup)),
          }
        : undefined,
    })),
    gaps: plan.gaps,
    used: Object.entries(plan.uses).map(([id, uses]) => ({ story: story(id), uses })),
  };
}

/**
 * "Plan Interview Loop": asks which principles (a focus set, the whole catalog, or picked by hand), how often a
 * story may be told and whether suggestions count, then shows the plan in a panel that follows the stories.
 */
export function activateLoopPlan(
  context: vscode.ExtensionContext,
  index: StoryIndex,
  configs: StoryConfigProvider,
  planner: LoopPlanner,
): LoopPlanApi {
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');
  let panel: vscode.WebviewPanel | undefined;
  let listeners: vscode.Disposable[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastBody: string | undefined;
  let generation = 0;
  let gaps: string[] = [];

  const render = async (): Promise<string | undefined> => {
    clearTimeout(timer);
    timer = undefined;
    const gen = ++generation;
    const current = await planner.current();
    const target = panel;
    if (!target || gen !== generation) return target?.webview.html;
    gaps = current.plan.gaps;
    const body = renderPlanBody(planView(current, planner.log.byStory(), Date.now()));
    if (body === lastBody) return target.webview.html;
    lastBody = body;
    const webview = target.webview;
    webview.html = renderPage(body, {
      nonce: makeNonce(),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'plan.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'plan.js')).toString(),
      title: 'Interview Loop Plan',
    });
    return webview.html;
  };

  const schedule = () => {
    if (!panel) return;
    clearTimeout(timer);
    timer = setTimeout(() => void render(), RENDER_DEBOUNCE_MS);
  };

  const handleMessage = async (message: unknown): Promise<boolean> => {
    if (!message || typeof message !== 'object') return false;
    const { type, id, principle } = message as { type?: unknown; id?: unknown; principle?: unknown };
    if (type === 'open' && typeof id === 'string') {
      // Only a story the index holds may be opened: the id is compared, never parsed into a new URI.
      const file = index.stories().find((f) => f.uri.toString() === id);
      if (!file) return false;
      await vscode.window.showTextDocument(file.uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return true;
    }
    if (type === 'newStory' && typeof principle === 'string' && gaps.includes(principle)) {
      await vscode.commands.executeCommand(Commands.newStoryForPrinciple, principle);
      return true;
    }
    return false;
  };

  const closed = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const d of listeners) d.dispose();
    listeners = [];
    panel = undefined;
    lastBody = undefined;
  };

  const show = async (): Promise<void> => {
    if (panel) {
      panel.reveal();
      await render();
      return;
    }
    const created = vscode.window.createWebviewPanel(Panels.plan, 'Interview Loop Plan', vscode.ViewColumn.Active, {
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
      planner.onDidChangeChoice(schedule),
      planner.log.onDidChange(schedule),
      created.webview.onDidReceiveMessage((m) => void handleMessage(m)),
      created.onDidDispose(closed),
    ];
    await render();
    void index.whenReady().then(schedule);
  };

  const command = async (arg?: unknown): Promise<boolean> => {
    const choice = isArgs(arg) ? fromArgs(arg, planner.choice()) : await ask(planner);
    if (!choice) return false;
    await planner.choose(choice);
    await show();
    return true;
  };

  context.subscriptions.push(planner, vscode.commands.registerCommand(Commands.planLoop, command), { dispose: () => panel?.dispose() });
  return { planner, html: () => panel?.webview.html, handleMessage, refreshNow: render, panel: () => panel };
}

function isArgs(value: unknown): value is PlanArgs {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof vscode.Uri);
}

function fromArgs(args: PlanArgs, last: PlanChoice): PlanChoice {
  const maxUses = typeof args.maxUses === 'number' && Number.isInteger(args.maxUses) && args.maxUses >= 1 ? args.maxUses : last.maxUses;
  return {
    principles: typeof args.principles === 'string' || Array.isArray(args.principles) ? args.principles : undefined,
    maxUses,
    allowSuggested: typeof args.allowSuggested === 'boolean' ? args.allowSuggested : last.allowSuggested,
  };
}

/** The three questions, each defaulting to the last answer; Esc at any of them cancels. */
async function ask(planner: LoopPlanner): Promise<PlanChoice | undefined> {
  const config = await planner.config();
  const catalog = activeCatalog(config);
  const last = planner.choice();
  type Which = vscode.QuickPickItem & { value: string | undefined | null };
  const sets = config.focusSets.filter((f) => !f.catalog || f.catalog === catalog.id);
  const which = await vscode.window.showQuickPick<Which>(
    [
      { label: `All of ${catalog.label}`, description: `${catalog.principles.length} principles`, value: undefined },
      ...sets.map((f) => ({ label: `Focus set: ${f.label ?? f.id}`, description: f.principles.join(' · '), value: f.id })),
      { label: 'Pick Principles by Hand…', value: null },
    ],
    { title: 'Plan Interview Loop (1/3)', placeHolder: 'Which principles will the loop ask about?' },
  );
  if (!which) return undefined;
  let principles: string | string[] | undefined = which.value ?? undefined;
  if (which.value === null) {
    const before = new Set(Array.isArray(last.principles) ? last.principles : []);
    const picked = await vscode.window.showQuickPick(
      catalog.principles.map((p) => ({ label: p.name, picked: before.has(p.name) })),
      { title: 'Plan Interview Loop (1/3)', placeHolder: 'Tick the principles to prepare', canPickMany: true },
    );
    if (!picked || picked.length === 0) return undefined;
    principles = picked.map((p) => p.label);
  }
  // The last answer first, so Enter keeps it.
  const counts = [last.maxUses, ...[1, 2, 3, 4].filter((n) => n !== last.maxUses)];
  const uses = await vscode.window.showQuickPick(
    counts.map((n) => ({ label: String(n), description: n === DEFAULT_MAX_USES ? 'default' : undefined })),
    { title: 'Plan Interview Loop (2/3)', placeHolder: 'The most times one story may appear in the plan (as primary or backup)' },
  );
  if (!uses) return undefined;
  const yes = 'Yes: use a story the coach reads a principle in';
  const no = 'No: only principles a story lists';
  const suggested = await vscode.window.showQuickPick(last.allowSuggested ? [yes, no] : [no, yes], {
    title: 'Plan Interview Loop (3/3)',
    placeHolder: 'When no story lists a principle, may a story that shows it stand in?',
  });
  if (!suggested) return undefined;
  return { principles, maxUses: Number(uses.label), allowSuggested: suggested === yes };
}
