/**
 * Diagnostics per `set` call at most. VS Code passes no more than 1,100 of one call on to the workbench and drops the
 * files after them without a word (its ExtHostDiagnostics' total limit; the extension host still lists them): a next
 * start publishing 125 saved drafts of fifteen findings each showed two thirds of them in Problems.
 */
export const MAX_DIAGNOSTICS_PER_SET = 1000;

/**
 * Files with their diagnostics, in runs of at most `max` diagnostics, in order: one `set` call each. A file with more
 * than `max` goes alone (VS Code keeps the first 1,000 of one file and says how many it left out).
 */
export function* diagnosticBatches<U, D>(entries: Iterable<[U, D[]]>, max = MAX_DIAGNOSTICS_PER_SET): Generator<[U, D[]][]> {
  let batch: [U, D[]][] = [];
  let size = 0;
  for (const entry of entries) {
    if (size > 0 && size + entry[1].length > max) {
      yield batch;
      [batch, size] = [[], 0];
    }
    batch.push(entry);
    size += entry[1].length;
  }
  if (batch.length > 0) yield batch;
}
