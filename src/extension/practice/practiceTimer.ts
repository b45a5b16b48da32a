import * as vscode from 'vscode';
import { PracticeRun, StarConfig } from '../../core';
import { Commands, ContextKeys } from '../constants';

/** Long principle names would push everything else off the status bar; the tooltip has the full name. */
const MAX_STATUS_NAME = 28;
/** How long the "practised for m:ss" note stays in the status bar after a stop. */
const STOP_NOTE_MS = 8000;

export interface PracticeTimerState {
  principle: string;
  text: string;
  elapsedSeconds: number;
  /** 'ok' before the shortest target, 'warning' between the targets, 'error' past the longest. */
  state: 'ok' | 'warning' | 'error';
}

/** What one timed answer is about; the story is set once the person opens one. */
interface Running {
  principle: string;
  question: string;
  questionId: string;
  started: number;
  minSeconds: number;
  maxSeconds: number;
  story?: string;
}

/** "m:ss" for a number of seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function shortName(name: string): string {
  return name.length > MAX_STATUS_NAME ? `${name.slice(0, MAX_STATUS_NAME - 1).trimEnd()}…` : name;
}

/**
 * The practice timer in the status bar: it counts the spoken answer against the length targets, takes the
 * warning and error colours past them, and hands each finished run (question, principle, story, time) to `record`.
 */
export class PracticeTimer implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('starStories.practiceTimer', vscode.StatusBarAlignment.Left, 49);
  private running: Running | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private stopNote: vscode.Disposable | undefined;
  /** Closes the notification that shows the question: it stays for the whole answer and goes with the timer. */
  private endQuestion: (() => void) | undefined;
  /** What the item last showed: each change is a message to the window, so an unchanged second sends nothing. */
  private painted = '';

  constructor(private readonly record?: (run: PracticeRun) => Promise<void>) {
    this.item.name = 'STAR Stories: practice timer';
    this.item.command = Commands.stopPractice;
  }

  state(): PracticeTimerState | undefined {
    const running = this.running;
    if (!running) return undefined;
    const elapsedSeconds = (Date.now() - running.started) / 1000;
    const state = elapsedSeconds > running.maxSeconds ? 'error' : elapsedSeconds > running.minSeconds ? 'warning' : 'ok';
    return {
      principle: running.principle,
      text: `$(clock) ${clock(elapsedSeconds)} / ${clock(running.maxSeconds)} — ${shortName(running.principle)}`,
      elapsedSeconds,
      state,
    };
  }

  /** Starts timing a new answer; a run still timing ends first, so the log keeps it. */
  start(principle: string, question: { id: string; text: string }, config: StarConfig): void {
    this.logRun();
    clearInterval(this.ticker);
    this.painted = '';
    this.running = {
      principle,
      question: question.text,
      questionId: question.id,
      started: Date.now(),
      minSeconds: config.length.minMinutes * 60,
      maxSeconds: config.length.maxMinutes * 60,
    };
    this.paint();
    this.item.show();
    this.showQuestion(`${principle}: ${question.text}`);
    void vscode.commands.executeCommand('setContext', ContextKeys.practicing, true);
    // A quarter-second tick keeps the shown second close to the real one without much work.
    this.ticker = setInterval(() => this.paint(), 250);
  }

  /** The story opened for the answer timing now (a URI string). */
  setStory(story: string): void {
    if (this.running) this.running.story = story;
  }

  stop(): { principle: string; seconds: number } | undefined {
    const t = this.state();
    if (!this.running || !t) return undefined;
    this.logRun();
    clearInterval(this.ticker);
    this.ticker = undefined;
    this.running = undefined;
    this.item.hide();
    this.endQuestion?.();
    this.endQuestion = undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.practicing, false);
    this.stopNote?.dispose();
    this.stopNote = vscode.window.setStatusBarMessage(`$(check) Practised ${t.principle} for ${clock(t.elapsedSeconds)}`, STOP_NOTE_MS);
    return { principle: t.principle, seconds: Math.floor(t.elapsedSeconds) };
  }

  dispose(): void {
    clearInterval(this.ticker);
    this.endQuestion?.();
    this.stopNote?.dispose();
    this.item.dispose();
  }

  /** A message notification hides after a few seconds, mid-answer; a progress notification stays until closed. */
  private showQuestion(title: string): void {
    this.endQuestion?.();
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      (_progress, cancelled) =>
        new Promise<void>((resolve) => {
          this.endQuestion = resolve;
          cancelled.onCancellationRequested(() => {
            if (this.endQuestion === resolve) this.stop();
          });
        }),
    );
  }

  /** Puts the run timing now in the practice log: question, principle, story and spoken time. */
  private logRun(): void {
    const t = this.state();
    const running = this.running;
    if (!running || !t || !this.record) return;
    const { questionId, question, principle, story } = running;
    void this.record({ questionId, question, principle, story, seconds: Math.floor(t.elapsedSeconds), at: Date.now() });
  }

  private paint(): void {
    const t = this.state();
    const running = this.running;
    if (!t || !running) return;
    const key = `${t.text}|${t.state}`;
    if (key === this.painted) return;
    this.painted = key;
    const item = this.item;
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
  }
}
