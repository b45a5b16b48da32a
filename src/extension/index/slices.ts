import { noteOwnWork } from './ownWork';

/** How long synchronous work may run before it lets the event loop turn (typing, UI, other extensions). */
export const SLICE_MS = 8;

/** Anything that can say a piece of work is no longer wanted (a vscode.CancellationToken is one). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/**
 * Runs `callback` once the current task has ended and pending I/O has run. setImmediate (Node hosts) runs after the
 * I/O phase; a chain of zero-delay timeouts can run back to back inside one timers phase. The web host has only
 * setTimeout.
 */
function afterThisTask(callback: () => void): void {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  if (typeof g.setImmediate === 'function') g.setImmediate(callback);
  else setTimeout(callback, 0);
}

/** Lets pending I/O and events run. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => afterThisTask(resolve));
}

/**
 * A value costly to read (a setting: each getConfiguration takes tens of microseconds, and a scan asks for every
 * file) read at most once per turn of the event loop. A change is seen from the next turn on.
 */
export function oncePerTurn<T>(read: () => T): () => T {
  let value: T;
  let fresh = false;
  return () => {
    if (!fresh) {
      value = read();
      fresh = true;
      setTimeout(() => (fresh = false), 0);
    }
    return value;
  };
}

interface SliceState {
  sliceStart: number;
  pausing: Promise<void> | undefined;
}

const shared: SliceState = { sliceStart: 0, pausing: undefined };

/**
 * Our own synchronous stretch, for noteOwnWork: from the first piece of sliced work in a task to the last piece before
 * a callback queued at its start runs (afterThisTask), which cannot happen before that task and its microtasks end.
 * An upper bound still: a stretch that starts in the timers phase also spans the I/O callbacks run before that
 * callback. A slice timed from its start counted every wait for I/O too, and said our work held the thread 180 ms
 * where the longest block was 55.
 */
let stretchStart = -1;
let stretchEnd = 0;
/** Counts the stretches ended: work that saw it move waited on something between its start and its end. */
let stretches = 0;
function noteStretch(start: number, end: number): void {
  if (stretchStart < 0) {
    stretchStart = start;
    afterThisTask(() => {
      noteOwnWork(stretchEnd - stretchStart);
      stretchStart = -1;
      stretches++;
    });
  }
  stretchEnd = end;
}

/**
 * The one way long work in the extension shares the thread: work runs in slices of at most `sliceMs`, and between
 * slices the event loop turns once. Everyone waiting when a slice ends waits on the same turn: a caller that merely
 * awaited a resolved promise would keep the others running in microtasks, and the event loop would never turn.
 */
export class Slices {
  private readonly state: SliceState;
  private readonly now: () => number;
  /** On the real clock: its work counts toward noteOwnWork. */
  private readonly measured: boolean;

  /**
   * Every Slices on the real clock shares one slice: the scan, the saved index, file events and the tree's build
   * each kept a budget of their own, and in one turn of the event loop they ran one after the other (blocks of
   * 100 ms in the benchmark). A test's own clock gets a slice of its own.
   */
  constructor(
    private readonly sliceMs = SLICE_MS,
    now?: () => number,
  ) {
    this.now = now ?? (() => performance.now());
    this.state = now ? { sliceStart: now(), pausing: undefined } : shared;
    this.measured = !now;
  }

  private get sliceStart(): number {
    return this.state.sliceStart;
  }
  private set sliceStart(value: number) {
    this.state.sliceStart = value;
  }
  private get pausing(): Promise<void> | undefined {
    return this.state.pausing;
  }
  private set pausing(value: Promise<void> | undefined) {
    this.state.pausing = value;
  }

  /**
   * Runs `work` (synchronous) once the current slice has time left. The clock is read right before the work, in the
   * same turn, so callers resumed together cannot all pass on one reading.
   */
  async inTurn<T>(work: () => T): Promise<T> {
    for (;;) {
      const now = this.now();
      if (this.pausing) await this.pausing;
      else if (now - this.sliceStart > this.sliceMs) {
        this.pausing = yieldToEventLoop().then(() => {
          this.pausing = undefined;
          this.sliceStart = this.now();
        });
      } else {
        const result = work();
        if (this.measured) noteStretch(now, this.now());
        return result;
      }
    }
  }

  /** Between the steps of one long loop: yields once the slice is spent. */
  pause(): Promise<void> {
    return this.inTurn(() => undefined);
  }

  /**
   * Runs synchronous `work` over the items, as many in a row as the slice has time for, until done or cancelled.
   * Cheaper per item than forEach (no promise per item): at 20,000 files of a first start the promises and turns of
   * forEach cost a third of the reading itself. Work a person waits to see (see urgently) goes first: taking whole
   * slices, a scan's full check left the view's first build one step per turn, and the view filled 1.7 s late.
   */
  async forEachNow<T>(items: readonly T[], work: (item: T) => void, options: { cancel?: Cancellation } = {}): Promise<void> {
    let next = 0;
    const more = () => next < items.length && options.cancel?.isCancellationRequested !== true;
    while (more()) {
      const urgent = whenNotUrgent();
      if (urgent) {
        await urgent;
        continue;
      }
      await this.inTurn(() => {
        do work(items[next++]);
        while (more() && this.now() - this.sliceStart <= this.sliceMs);
      });
    }
  }

  /**
   * Runs `work` over the items, `concurrency` at a time (reads overlap), until done or cancelled. The synchronous
   * part of each item's work starts within a slice.
   */
  async forEach<T>(
    items: readonly T[],
    work: (item: T) => Promise<void> | void,
    options: { concurrency?: number; cancel?: Cancellation } = {},
  ): Promise<void> {
    let next = 0;
    const cancelled = () => options.cancel?.isCancellationRequested === true;
    const worker = async () => {
      while (next < items.length && !cancelled()) {
        const item = await this.inTurn(() => (next < items.length && !cancelled() ? { value: items[next++] } : undefined));
        if (!item) return;
        const [started, stretch] = [this.measured ? this.now() : 0, stretches];
        await work(item.value);
        // Only work that ran in one task is one stretch; work that awaited I/O ended in a later task.
        if (this.measured && stretch === stretches) noteStretch(started, this.now());
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 1, items.length) }, worker));
  }
}

let urgentRuns = 0;
let afterUrgent: (() => void)[] = [];

/**
 * Runs work a person is waiting to see (the Principles view's build) ahead of work that can wait (delivering
 * diagnostics, see delivery.ts): while it runs, `whenNotUrgent` holds the latter back. On a warm start the view's
 * build shared the thread with forty batches of diagnostics and took 475 ms instead of 40 (the benchmark). Keep it
 * to bounded work: what waits on it waits for all of it.
 */
export async function urgently<T>(work: () => Promise<T>): Promise<T> {
  urgentRuns++;
  try {
    return await work();
  } finally {
    if (--urgentRuns === 0) {
      const waiting = afterUrgent;
      afterUrgent = [];
      for (const resolve of waiting) resolve();
    }
  }
}

/** Undefined when no urgent work runs; otherwise resolves once none does. */
export function whenNotUrgent(): Promise<void> | undefined {
  return urgentRuns === 0 ? undefined : new Promise((resolve) => afterUrgent.push(resolve));
}
