/** How long synchronous work may run before it lets the event loop turn (typing, UI, other extensions). */
export const SLICE_MS = 8;

/**
 * Lets pending I/O and events run. setImmediate (Node hosts) runs after the I/O phase; a chain of zero-delay
 * timeouts can run back to back inside one timers phase. The web host has only setTimeout.
 */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  return new Promise((resolve) => (typeof g.setImmediate === 'function' ? g.setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** For one long loop of small steps: `await pacer.pause()` between steps yields once SLICE_MS have run. */
export class Pacer {
  private sliceStart = performance.now();

  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
