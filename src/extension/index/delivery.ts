import type * as vscode from 'vscode';
import { noteOwnWork } from './ownWork';
import { whenNotUrgent } from './slices';

export interface IndexChange {
  changed: vscode.Uri[];
  removed: vscode.Uri[];
}

/**
 * Files with findings delivered to listeners (Problems, the tree, the status bar) in one event at most. A file known
 * by its front matter only is light, an eighth of one: Problems has nothing to send for it, and what is left is the
 * listeners' look-ups (10,000 of them in one event held the host for 80-270 ms on a busy next start).
 */
export const MAX_BATCH = 125;
export const LIGHT_SHARE = 8;
/**
 * The pause between the batches of a burst (a scan, a saved index, a checkout). Every batch is a message to the
 * workbench, whose own work on it competes with ours for the CPU: a batch each turn of the event loop (50 files
 * at a time) made hundreds of messages at 10,000 stories and slowed the scan itself (measured in the benchmark).
 */
export const BURST_GAP_MS = 8;

/**
 * The changes of the index not yet told to its listeners, and their pacing: one entry per file (its latest
 * state), delivered in batches sized to the listeners' speed, held back while a scan asks.
 */
export class DeliveryQueue {
  /** Changes since the last delivery, keyed by URI string. */
  private readonly pending = new Map<string, { uri: vscode.Uri; removed: boolean; light: boolean }>();
  private flushScheduled = false;
  private waiters: (() => void)[] = [];
  private holds = 0;

  constructor(private readonly deliver: (change: IndexChange) => void) {}

  add(uri: vscode.Uri, removed: boolean, light = false): void {
    // A file may change several times between deliveries (both scan passes, a burst of edits): listeners get it once,
    // as it is now. Listing it twice made the Problems panel show its findings twice (a batched set merges entries).
    this.pending.set(uri.toString(), { uri, removed, light });
    if (this.holds === 0) this.schedule();
  }

  /** Holds every event back until the returned function is called; then they go out in batches as usual. */
  hold(): () => void {
    // Counted: a scan that starts while an older one still holds keeps the events held until both let go.
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      if (this.holds === 0 && this.pending.size > 0) this.schedule();
    };
  }

  hasUndelivered(): boolean {
    return this.flushScheduled || this.pending.size > 0;
  }

  /** Resolves once every change so far has been delivered (at once when none waits). */
  whenDelivered(): Promise<void> {
    if (!this.hasUndelivered()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private schedule(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setTimeout(() => this.flush(), 0);
  }

  /**
   * Delivers a batch of at most MAX_BATCH files, the rest BURST_GAP_MS later: each listener's work grows with the
   * batch (Problems sends one message with every file's diagnostics), and 2,000 stories from the saved index in one
   * batch held the host for 88 ms. A lone change (typing) goes out on the next turn. (Batches sized to take 20 ms
   * each were tried: with the host as busy as at a first start they shrank, and the tree filled a second later.)
   */
  private flush(): void {
    if (this.holds > 0) {
      this.flushScheduled = false; // the release schedules the next one
      return;
    }
    // What a person waits to see (the view's build) goes first; the batch follows right after it.
    const urgent = whenNotUrgent();
    if (urgent) {
      void urgent.then(() => this.flush());
      return;
    }
    const change: IndexChange = { changed: [], removed: [] };
    let n = 0;
    for (const [key, { uri, removed, light }] of this.pending) {
      n += light ? 1 : LIGHT_SHARE;
      if (n > MAX_BATCH * LIGHT_SHARE) break;
      (removed ? change.removed : change.changed).push(uri);
      this.pending.delete(key);
    }
    const started = performance.now();
    try {
      this.deliver(change);
    } finally {
      noteOwnWork(performance.now() - started);
      if (this.pending.size > 0) setTimeout(() => this.flush(), BURST_GAP_MS);
      else this.flushScheduled = false;
      if (!this.hasUndelivered() && this.waiters.length > 0) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }
}
