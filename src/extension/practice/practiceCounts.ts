import * as vscode from 'vscode';

/** workspaceState key: practice is about this story bank, so it is remembered per workspace. */
const COUNTS_KEY = 'starStories.practice.counts';

/**
 * How often each principle was practised. Practice writes it; the Principles view shows it in tooltips and hears
 * when it changes, so neither feature reaches into the other.
 */
export class PracticeCounts implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  /** A copy: callers may change it. */
  all(): Record<string, number> {
    return { ...this.state.get<Record<string, number>>(COUNTS_KEY, {}) };
  }

  countFor(principle: string): number {
    return this.all()[principle] ?? 0;
  }

  async add(principle: string): Promise<void> {
    const next = this.all();
    next[principle] = (next[principle] ?? 0) + 1;
    await this.state.update(COUNTS_KEY, next);
    this.changed.fire();
  }

  /** Forgets every count (Clear Practice Log). */
  async clear(): Promise<void> {
    await this.state.update(COUNTS_KEY, undefined);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
