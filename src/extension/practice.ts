import * as vscode from 'vscode';
import { activeCatalog, chooseQuestion, PracticeQuestion, PrincipleMatcher, StarConfig } from '../core';
import { Commands, ContextKeys } from './constants';
import type { PrincipleTreeApi } from './principleTree';
import { PracticeCounts } from './practiceCounts';
import { StoryConfigProvider } from './settings';
import { IndexedFile, StoryIndex } from './index/storyIndex';

/** workspaceState key: practice is about this story bank, so it is remembered per workspace. */
const LAST_QUESTION_KEY = 'starStories.practice.lastQuestion';
/** Long principle names would push everything else off the status bar; the tooltip has the full name. */
const MAX_STATUS_NAME = 28;
/** How long the "practised for m:ss" note stays in the status bar after a stop. */
const STOP_NOTE_MS = 8000;

/** What the Practice command accepts instead of asking, so scripts and tests can run it without UI. */
export interface PracticeArgs {
  /** A principle name (any spelling the catalog knows). Without it the chooser picks one. */
  principle?: string;
  /** Show the stories that fit in a Quick Pick (default true). */
  pickStory?: boolean;
  /** Open this story (a URI string among the offered ones) beside, as if picked. */
  story?: string;
  /** Show the question as a notification (default true). */
  notify?: boolean;
  /** A fixed value in [0, 1) in place of Math.random, so a surprise pick is repeatable. */
  random?: number;
}

export interface PracticeStory {
  title: string;
  uri: string;
}

/** What a practice run showed: the command returns it. */
export interface PracticeResult {
  principle: string;
  question: PracticeQuestion;
  /** Stories tagged with the principle, by title. */
  stories: PracticeStory[];
  /** Stories not tagged with it whose text shows it (the coach's suggestions): listed after those that claim it. */
  couldAnswer: PracticeStory[];
  /** The principle has no story yet. */
  gap: boolean;
  /** True when the chooser picked the principle ("Surprise me"). */
  surprise: boolean;
  /** Principles of the focus set the Principles view is filtered to, if any. */
  focus?: string[];
  /** The story opened beside, if one was picked. */
  opened?: string;
}

export interface PracticeTimerState {
  principle: string;
  text: string;
  elapsedSeconds: number;
  /** 'ok' before the shortest target, 'warning' between the targets, 'error' past the longest. */
  state: 'ok' | 'warning' | 'error';
}

export interface PracticeApi {
  /** How often each principle was practised in this workspace. */
  counts(): Record<string, number>;
  /** The running timer, or undefined when none runs. */
  timer(): PracticeTimerState | undefined;
}

/** "m:ss" for a number of seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function shortName(name: string): string {
  return name.length > MAX_STATUS_NAME ? `${name.slice(0, MAX_STATUS_NAME - 1).trimEnd()}…` : name;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function isArgs(value: unknown): value is PracticeArgs {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof vscode.Uri);
}

/**
 * Practice a Question: pick a principle (or let the chooser lean toward gaps), see a question, open a
 * story that fits beside it, and answer out loud against a status bar timer.
 */
export function activatePractice(
  context: vscode.ExtensionContext,
  index: StoryIndex,
  configs: StoryConfigProvider,
  tree: PrincipleTreeApi,
  practiceCounts: PracticeCounts,
): PracticeApi {
  const state = context.workspaceState;
  const counts = (): Record<string, number> => practiceCounts.all();

  const item = vscode.window.createStatusBarItem('starStories.practiceTimer', vscode.StatusBarAlignment.Left, 49);
  item.name = 'STAR Stories: practice timer';
  item.command = Commands.stopPractice;
  let running: { principle: string; question: string; started: number; minSeconds: number; maxSeconds: number } | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let stopNote: vscode.Disposable | undefined;

  const timerState = (): PracticeTimerState | undefined => {
    if (!running) return undefined;
    const elapsedSeconds = (Date.now() - running.started) / 1000;
    const state = elapsedSeconds > running.maxSeconds ? 'error' : elapsedSeconds > running.minSeconds ? 'warning' : 'ok';
    return {
      principle: running.principle,
      text: `$(clock) ${clock(elapsedSeconds)} / ${clock(running.maxSeconds)} — ${shortName(running.principle)}`,
      elapsedSeconds,
      state,
    };
  };

  /** What the item last showed: each change is a message to the window, so an unchanged second sends nothing. */
  let painted = '';
  const paint = () => {
    const t = timerState();
    if (!t || !running) return;
    const key = `${t.text}|${t.state}`;
    if (key === painted) return;
    painted = key;
    item.text = t.text;
    // Only these two theme colours are honoured for a status bar item's background.
    item.backgroundColor =
      t.state === 'ok'
        ? undefined
        : new vscode.ThemeColor(t.state === 'error' ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground');
    const aim = `Aim for ${clock(running.minSeconds)}–${clock(running.maxSeconds)} (starStories.length settings).`;
    const where =
      t.state === 'ok'
        ? 'Keep going.'
        : t.state === 'warning'
          ? 'Inside the target: time to land the Result.'
          : 'Past the longest target: wrap up.';
    item.tooltip = `Practising ${running.principle}: "${running.question}"\n\n${aim} ${where}\n\nClick to stop.`;
    item.accessibilityInformation = {
      label: `Practice timer, ${clock(t.elapsedSeconds)} of ${clock(running.maxSeconds)}, ${running.principle}`,
    };
  };

  const stop = () => {
    const t = timerState();
    if (!running || !t) return undefined;
    clearInterval(ticker);
    ticker = undefined;
    running = undefined;
    item.hide();
    void vscode.commands.executeCommand('setContext', ContextKeys.practicing, false);
    stopNote?.dispose();
    stopNote = vscode.window.setStatusBarMessage(`$(check) Practised ${t.principle} for ${clock(t.elapsedSeconds)}`, STOP_NOTE_MS);
    return { principle: t.principle, seconds: Math.floor(t.elapsedSeconds) };
  };

  const start = (principle: string, question: string, config: StarConfig) => {
    clearInterval(ticker);
    painted = '';
    running = {
      principle,
      question,
      started: Date.now(),
      minSeconds: config.length.minMinutes * 60,
      maxSeconds: config.length.maxMinutes * 60,
    };
    paint();
    item.show();
    void vscode.commands.executeCommand('setContext', ContextKeys.practicing, true);
    // A quarter-second tick keeps the shown second close to the real one without much work.
    ticker = setInterval(paint, 250);
  };

  const config = (): Promise<StarConfig> => tree.provider.config();

  /** Canonical names of the focus set the Principles view is filtered to (the view resolves and checks it). */
  const focusOf = async (): Promise<{ label: string; principles: string[] } | undefined> => {
    const model = await tree.provider.current();
    if (!model.filter) return undefined;
    const matcher = new PrincipleMatcher(model.catalog);
    const principles = model.filter.principles.map((p) => matcher.match(p).canonical).filter((p): p is string => !!p);
    return { label: model.filter.label, principles: [...new Set(principles)] };
  };

  // In title order, from the read model the features share.
  const storiesFor = (principle: string): readonly IndexedFile[] => index.model.storiesFor(principle);
  const couldAnswer = (principle: string): IndexedFile[] =>
    index.stories().filter((f) => !f.summary.canonicalPrinciples.includes(principle) && f.summary.coach?.suggestions.includes(principle));
  const coverage = (): Record<string, number> => index.model.counts();

  const openBeside = async (uri: vscode.Uri) => {
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: false });
  };

  const SURPRISE = Symbol('surprise');

  /** The principle Quick Pick: catalog order, story counts, gaps marked, "Surprise me" first. */
  const askPrinciple = async (
    names: string[],
    cover: Record<string, number>,
    focus: { label: string; principles: string[] } | undefined,
  ) => {
    const practised = counts();
    type Item = vscode.QuickPickItem & { value?: string | typeof SURPRISE };
    const lean = focus
      ? `gaps, the ${focus.label} focus set and what you have practised least`
      : 'gaps (principles with no or one story) and what you have practised least';
    const items: Item[] = [
      { label: '$(sparkle) Surprise me', detail: `A question weighted toward ${lean}`, value: SURPRISE },
      { label: 'Principles', kind: vscode.QuickPickItemKind.Separator },
    ];
    for (const name of names) {
      const n = cover[name] ?? 0;
      const parts = [n === 0 ? 'gap: no story yet' : plural(n, 'story', 'stories')];
      if (practised[name]) parts.push(`practised ${practised[name] === 1 ? 'once' : `${practised[name]} times`}`);
      if (focus?.principles.includes(name)) parts.push('in focus');
      items.push({ label: n === 0 ? `$(warning) ${name}` : name, description: parts.join(' · '), value: name });
    }
    const pick = await vscode.window.showQuickPick(items, {
      title: 'Practice a Question',
      placeHolder: 'Which principle do you want a question for?',
      matchOnDescription: true,
    });
    return pick?.value;
  };

  const showQuestion = (result: PracticeResult, again: PracticeArgs) => {
    const openStory = 'Open a Story…';
    const newStory = 'New Story';
    const another = 'Another Question';
    const stopLabel = 'Stop Timer';
    const buttons = [result.gap && result.couldAnswer.length === 0 ? newStory : openStory, another, stopLabel];
    void vscode.window.showInformationMessage(`${result.principle}: ${result.question.text}`, ...buttons).then(async (choice) => {
      if (choice === openStory) await pickStory(result);
      else if (choice === newStory) await vscode.commands.executeCommand(Commands.newStoryForPrinciple, result.principle);
      else if (choice === another) await vscode.commands.executeCommand(Commands.practice, again);
      else if (choice === stopLabel) stop();
    });
  };

  const pickStory = async (result: PracticeResult): Promise<string | undefined> => {
    if (result.stories.length === 0 && result.couldAnswer.length === 0) return undefined;
    const item = (s: PracticeStory, could: boolean) => ({
      label: s.title,
      description: vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri)),
      detail: could ? `Could answer it: its text shows ${result.principle}, though it does not list it` : undefined,
      uri: s.uri,
    });
    const pick = await vscode.window.showQuickPick(
      [...result.stories.map((s) => item(s, false)), ...result.couldAnswer.map((s) => item(s, true))],
      {
        title: `Stories for ${result.principle}: open one beside while you answer (Esc to answer without notes)`,
        placeHolder: result.question.text,
        matchOnDescription: true,
        // Started from the walkthrough, the Welcome page takes focus back as it ticks the step off;
        // the pick must outlast that, and Esc still closes it.
        ignoreFocusOut: true,
      },
    );
    if (!pick) return undefined;
    await openBeside(vscode.Uri.parse(pick.uri));
    return pick.uri;
  };

  const practice = async (arg?: unknown): Promise<PracticeResult | undefined> => {
    const args: PracticeArgs = isArgs(arg) ? arg : {};
    const scripted = isArgs(arg);
    await index.whenReady();
    const cfg = await config();
    const catalog = activeCatalog(cfg);
    const names = catalog.principles.map((p) => p.name);
    const cover = coverage();
    const focus = await focusOf();

    let principle: string | undefined;
    if (typeof args.principle === 'string') {
      principle = new PrincipleMatcher(catalog).match(args.principle).canonical;
      if (!principle) {
        void vscode.window.showWarningMessage(`"${args.principle}" is not a principle of the ${catalog.label} catalog.`);
        return undefined;
      }
    } else if (!scripted) {
      const picked = await askPrinciple(names, cover, focus);
      if (picked === undefined) return undefined;
      if (picked !== SURPRISE) principle = picked as string;
    }

    const fixed = typeof args.random === 'number' ? args.random : undefined;
    const chosen = chooseQuestion({
      principle,
      principles: names,
      coverage: cover,
      focus: focus?.principles,
      practiceCounts: counts(),
      avoid: [state.get<string>(LAST_QUESTION_KEY, '')].filter(Boolean),
      random: fixed === undefined ? Math.random : () => fixed,
    });
    if (!chosen) return undefined;

    await practiceCounts.add(chosen.principle); // the Principles view hears of it (tooltips)
    await state.update(LAST_QUESTION_KEY, chosen.question.id);

    const stories = storiesFor(chosen.principle).map((f) => ({ title: f.displayTitle, uri: f.uri.toString() }));
    const result: PracticeResult = {
      principle: chosen.principle,
      question: chosen.question,
      stories,
      couldAnswer: couldAnswer(chosen.principle).map((f) => ({ title: f.displayTitle, uri: f.uri.toString() })),
      gap: stories.length === 0,
      surprise: principle === undefined,
      focus: focus?.principles,
    };
    start(chosen.principle, chosen.question.text, cfg);
    if (args.notify !== false)
      showQuestion(result, result.surprise ? { pickStory: args.pickStory } : { principle: result.principle, pickStory: args.pickStory });

    if (typeof args.story === 'string') {
      const wanted = [...stories, ...result.couldAnswer].find((s) => s.uri === args.story);
      if (wanted) {
        await openBeside(vscode.Uri.parse(wanted.uri));
        result.opened = wanted.uri;
      }
    } else if (args.pickStory !== false) {
      result.opened = await pickStory(result);
    }
    return result;
  };

  context.subscriptions.push(
    item,
    { dispose: () => clearInterval(ticker) },
    { dispose: () => stopNote?.dispose() },
    vscode.commands.registerCommand(Commands.practice, practice),
    vscode.commands.registerCommand(Commands.stopPractice, () => stop()),
  );

  return { counts, timer: timerState };
}
