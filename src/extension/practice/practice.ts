import * as vscode from 'vscode';
import { activeCatalog, chooseQuestion, PracticeQuestion, PrincipleMatcher, StarConfig } from '../../core';
import { Commands } from '../constants';
import type { PrincipleTreeApi } from '../views/principleTree';
import { PracticeCounts } from './practiceCounts';
import { StoryConfigProvider } from '../settings';
import { IndexedFile, StoryIndex } from '../index/storyIndex';
import type { PracticeLog } from './practiceLog';
import { PracticeTimer, PracticeTimerState } from './practiceTimer';

/** workspaceState key: practice is about this story bank, so it is remembered per workspace. */
const LAST_QUESTION_KEY = 'starStories.practice.lastQuestion';
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

export interface PracticeApi {
  /** How often each principle was practised in this workspace. */
  counts(): Record<string, number>;
  /** The running timer, or undefined when none runs. */
  timer(): PracticeTimerState | undefined;
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
  log?: { runs: PracticeLog; storyOrder(principle: string, files: IndexedFile[]): Promise<IndexedFile[]> },
): PracticeApi {
  const state = context.workspaceState;
  const counts = (): Record<string, number> => practiceCounts.all();

  const timer = new PracticeTimer(log ? (run) => log.runs.record(run) : undefined);

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
    // Beside the editor the user has open; with none, in the editor area itself, not in a narrow column beside an empty one.
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    await vscode.window.showTextDocument(uri, { viewColumn: column, preview: false, preserveFocus: false });
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
    // No Stop button here: this message outlives the timer, and the question's own notification stops it.
    const buttons = [result.gap && result.couldAnswer.length === 0 ? newStory : openStory, another];
    void vscode.window
      .showInformationMessage(`Stories for ${result.principle}: open one, or take another question.`, ...buttons)
      .then(async (choice) => {
        if (choice === openStory) await pickStory(result);
        else if (choice === newStory) await vscode.commands.executeCommand(Commands.newStoryForPrinciple, result.principle);
        else if (choice === another) await vscode.commands.executeCommand(Commands.practice, again);
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

    // Planned stories first (a suggested one the plan chose leads the "could answer" list), not practised recently first.
    const order = (files: IndexedFile[]) => (log ? log.storyOrder(chosen.principle, files) : Promise.resolve(files));
    const asStory = (f: IndexedFile): PracticeStory => ({ title: f.displayTitle, uri: f.uri.toString() });
    const stories = (await order([...storiesFor(chosen.principle)])).map(asStory);
    const result: PracticeResult = {
      principle: chosen.principle,
      question: chosen.question,
      stories,
      couldAnswer: (await order(couldAnswer(chosen.principle))).map(asStory),
      gap: stories.length === 0,
      surprise: principle === undefined,
      focus: focus?.principles,
    };
    timer.start(chosen.principle, chosen.question, cfg);
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
    if (result.opened) timer.setStory(result.opened);
    return result;
  };

  context.subscriptions.push(
    timer,
    vscode.commands.registerCommand(Commands.practice, practice),
    vscode.commands.registerCommand(Commands.stopPractice, () => timer.stop()),
  );

  return { counts, timer: () => timer.state() };
}
