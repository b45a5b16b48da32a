import type * as vscode from 'vscode';
import { noteOwnWork } from './ownWork';

export interface IndexChange {
  changed: vscode.Uri[];
  removed: vscode.Uri[];
}

/** Files delivered to listeners (Problems, the tree, the status bar) in one event at most. */
export const MAX_BATCH = 250;
/**
 * What one delivery should take at most. Listeners' work per file varies with the findings (Problems serialises
 * every diagnostic), so the batch adapts: after each full batch, the next is sized to take about this long.
 * 250 stories with their findings took 90 ms in the benchmark's host.
 */
export const BATCH_TARGET_MS = 20;
const MIN_BATCH = 20;

/**
 * The pause between the batches of a burst (a scan, a saved index, a checkout). Every batch is a message to the
 * workbench, whose own work on it competes with ours for the CPU: a batch each turn of the event loop (50 files
 * at a time) made hundreds of messages at 10,000 stories and slowed the scan itself (measured in the benchmark).
 */
export const BURST_GAP_MS = 16;

/**
 * The changes of the index not yet told to its listeners, and their pacing: one entry per file (its latest
 * state), delivered in batches sized to the listeners' speed, held back while a scan asks.
 */
export class DeliveryQueue {
  /** Changes since the last delivery, keyed by URI string. */
  private readonly pending = new Map<string, { uri: vscode.Uri; removed: boolean }>();
  private flushScheduled = false;
  /** Files in the next delivery at most (see BATCH_TARGET_MS). */
  private batchSize = MAX_BATCH;
  private waiters: (() => void)[] = [];
  private holds = 0;

  constructor(private readonly deliver: (change: IndexChange) => void) {}

  add(uri: vscode.Uri, removed: boolean): void {
    // A file may change several times between deliveries (both scan passes, a burst of edits): listeners get it once,
    // as it is now. Listing it twice made the Problems panel show its findings twice (a batched set merges entries).
    this.pending.set(uri.toString(), { uri, removed });
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
   * Delivers a batch of files (at most MAX_BATCH, sized by BATCH_TARGET_MS), the rest a pause later that grows with
   * the batch (BURST_GAP_MS after a full one): each listener's work grows with the batch (Problems sends one message
   * with every file's diagnostics), and 2,000 stories from the saved index in one batch held the host for 88 ms. A
   * lone change (typing) goes out on the next turn.
   */
  private flush(): void {
    if (this.holds > 0) {
      this.flushScheduled = false; // the release schedules the next one
      return;
    }
    const change: IndexChange = { changed: [], removed: [] };
    let n = 0;
    const limit = this.batchSize;
    for (const [key, { uri, removed }] of this.pending) {
      if (n++ === limit) break;
      (removed ? change.removed : change.changed).push(uri);
      this.pending.delete(key);
    }
    const started = performance.now();
    try {
      this.deliver(change);
    } finally {
      const took = performance.now() - started;
      noteOwnWork(took);
      const delivered = change.changed.length + change.removed.length;
      if (delivered >= limit)
        this.batchSize = took > 0 ? Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.round((delivered * BATCH_TARGET_MS) / took))) : MAX_BATCH;
      if (this.pending.size > 0) setTimeout(() => this.flush(), Math.max(1, Math.round((BURST_GAP_MS * this.batchSize) / MAX_BATCH)));
      else this.flushScheduled = false;
      if (!this.hasUndelivered() && this.waiters.length > 0) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  }
}
