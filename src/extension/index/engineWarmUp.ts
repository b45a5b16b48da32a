import { defaultConfig, prepareCoachStep } from '../../core';
import { Slices } from './slices';

let warming: Promise<void> | undefined;

/**
 * Readies the coach's evidence for the default catalog in slices, once, ahead of the first full check. Compiled on
 * first use, in the middle of the first scan, it held the extension host for over 100 ms (the benchmark's longest
 * block). The scan asks for it when its full checks start: run at activation, it shared the thread with what fills
 * the Principles view (a first pass, a saved index), which needs none of it.
 */
export function warmUpEngine(): Promise<void> {
  warming ??= (async () => {
    const slices = new Slices();
    const config = defaultConfig();
    while (await slices.inTurn(() => prepareCoachStep(config)));
  })();
  return warming;
}
