import { defaultConfig, prepareCoachStep } from '../../core';
import { Slices } from './slices';

/**
 * Readies the coach's evidence for the default catalog in slices, ahead of the first story. Compiled on first use,
 * in the middle of the first scan, it held the extension host for over 100 ms (the benchmark's longest block).
 */
export async function warmUpEngine(): Promise<void> {
  const slices = new Slices();
  const config = defaultConfig();
  while (await slices.inTurn(() => prepareCoachStep(config)));
}
