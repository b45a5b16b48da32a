import * as vscode from 'vscode';
import { activeCatalog, choosePrinciples, DEFAULT_MAX_USES, Plan, planLoop, PlanStory, planStoryFrom, StarConfig } from '../../core';
import type { PracticeLog } from '../practice/practiceLog';
import { StoryConfigProvider } from '../settings';
import { IndexedFile, StoryIndex } from '../index/storyIndex';

/** workspaceState key of the last choice made with Plan Interview Loop: the plan belongs to this story bank. */
const CHOICE_KEY = 'starStories.plan.choice';

/** What the person chose: a focus set's id or names (undefined: the whole catalog), the limit, suggestions. */
export interface PlanChoice {
  principles?: string | string[];
  maxUses: number;
  allowSuggested: boolean;
}

export interface CurrentPlan {
  plan: Plan;
  /** The label of what was chosen: "all of Amazon Leadership Principles", "focus set AWS roles", "5 principles". */
  chosen: string;
  config: StarConfig;
  /** Planner input per story id (the URI string). */
  stories: Map<string, PlanStory>;
  files: Map<string, IndexedFile>;
}

/**
 * The plan as the index holds the stories now, for the choice last made. The panel, the cheat sheet and Practice
 * all read it from here, so they agree on which story goes with which principle.
 */
export class LoopPlanner implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the choice changes; the stories' own changes come from the index. */
  readonly onDidChangeChoice = this.emitter.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly index: StoryIndex,
    private readonly configs: StoryConfigProvider,
    readonly log: PracticeLog,
  ) {}

  choice(): PlanChoice {
    const saved = this.state.get<Partial<PlanChoice>>(CHOICE_KEY) ?? {};
    const principles =
      typeof saved.principles === 'string' || (Array.isArray(saved.principles) && saved.principles.every((p) => typeof p === 'string'))
        ? saved.principles
        : undefined;
    return {
      principles,
      maxUses: Number.isInteger(saved.maxUses) && saved.maxUses! >= 1 ? saved.maxUses! : DEFAULT_MAX_USES,
      allowSuggested: saved.allowSuggested !== false,
    };
  }

  async choose(choice: PlanChoice): Promise<void> {
    await this.state.update(CHOICE_KEY, choice);
    this.emitter.fire();
  }

  async config(): Promise<StarConfig> {
    // The catalog comes from the first folder's config, as in the Principles view and Story Coverage.
    const folder = vscode.workspace.workspaceFolders?.[0];
    return this.configs.configFor(folder ? folder.uri : vscode.Uri.parse('untitled:star-stories'));
  }

  async current(): Promise<CurrentPlan> {
    const config = await this.config();
    const choice = this.choice();
    let principles = choosePrinciples(choice.principles, config).principles;
    // A choice made under another catalog names nothing here: plan the whole catalog rather than nothing.
    if (principles.length === 0) principles = choosePrinciples(undefined, config).principles;
    const stories = new Map<string, PlanStory>();
    const files = new Map<string, IndexedFile>();
    for (const file of this.index.stories()) {
      const id = file.uri.toString();
      stories.set(id, planStoryFrom(id, file.summary, file.displayTitle));
      files.set(id, file);
    }
    const plan = planLoop([...stories.values()], { principles, maxUses: choice.maxUses, allowSuggested: choice.allowSuggested });
    return { plan, chosen: describeChoice(choice, config, principles.length), config, stories, files };
  }

  /** Forgets the choice (the plan falls back to the whole catalog and Practice to its own order). */
  async forget(): Promise<void> {
    await this.state.update(CHOICE_KEY, undefined);
    this.emitter.fire();
  }

  /**
   * For Practice: the stories the plan gives a principle, primary first; none before a plan was ever made, so
   * Practice keeps its own order until the person plans.
   */
  async plannedFor(principle: string): Promise<string[]> {
    if (this.state.get(CHOICE_KEY) === undefined) return [];
    const a = (await this.current()).plan.assignments.find((x) => x.principle === principle);
    return a ? [a.story, ...(a.backup ? [a.backup] : [])] : [];
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function describeChoice(choice: PlanChoice, config: StarConfig, count: number): string {
  const catalog = activeCatalog(config);
  if (choice.principles === undefined) return `all of ${catalog.label}`;
  const set = typeof choice.principles === 'string' ? config.focusSets.find((f) => f.id === choice.principles) : undefined;
  if (set) return `focus set ${set.label ?? set.id}`;
  return `${count} ${count === 1 ? 'principle' : 'principles'} of ${catalog.label}`;
}
