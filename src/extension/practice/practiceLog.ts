import * as vscode from 'vscode';
import { PRACTICE_LOG_LIMIT, PracticeRun, practiceByStory, StoryPractice, validRuns } from '../../core';
import { Commands } from '../constants';

/** workspaceState key: practice belongs to this story bank, and workspace state never leaves the machine. */
const LOG_KEY = 'starStories.practice.log';

export interface ClearLogArgs {
  /** Ask before clearing (default true); scripts and tests pass false. */
  confirm?: boolean;
}

/**
 * The practice log: each practice run (question, story, principle, spoken time), kept in workspace state.
 * Practice writes to it; the plan, Story Coverage and Practice read per-story tallies and hear of changes.
 */
export class PracticeLog implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento) {}

  runs(): PracticeRun[] {
    return validRuns(this.state.get<unknown>(LOG_KEY, []));
  }

  async record(run: PracticeRun): Promise<void> {
    await this.state.update(LOG_KEY, [...this.runs(), run].slice(-PRACTICE_LOG_LIMIT));
    this.emitter.fire();
  }

  byStory(): Map<string, StoryPractice> {
    return practiceByStory(this.runs());
  }

  async clear(): Promise<void> {
    await this.state.update(LOG_KEY, undefined);
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The log and its "Clear Practice Log" command; clearing asks first, since it cannot be undone. */
export function activatePracticeLog(context: vscode.ExtensionContext, resetCounts: () => Promise<void>): PracticeLog {
  const log = new PracticeLog(context.workspaceState);
  const clear = async (arg?: unknown): Promise<boolean> => {
    const confirm = !(typeof arg === 'object' && arg !== null && (arg as ClearLogArgs).confirm === false);
    if (confirm) {
      const n = log.runs().length;
      const yes = 'Clear Practice Log';
      const answer = await vscode.window.showWarningMessage(
        `Forget ${n === 1 ? 'the 1 practice run' : `all ${n} practice runs`} of this workspace (and how often each principle was practised)?`,
        { modal: true },
        yes,
      );
      if (answer !== yes) return false;
    }
    await log.clear();
    await resetCounts();
    return true;
  };
  context.subscriptions.push(log, vscode.commands.registerCommand(Commands.clearPracticeLog, clear));
  return log;
}
