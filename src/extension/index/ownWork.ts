/**
 * The longest stretch of the extension's own synchronous work (a slice of a long loop, one delivery of index
 * changes to the features), for the benchmark: it tells how much of the longest block of the extension host was
 * ours and how much VS Code's own work in the same thread. A slice is timed from its start to the end of its last
 * piece of work, so it is an upper bound where a slice also waited on I/O.
 */
let longest = 0;

export function noteOwnWork(ms: number): void {
  if (ms > longest) longest = ms;
}

export const ownWork = {
  longestMs: (): number => longest,
  reset: (): void => {
    longest = 0;
  },
};
