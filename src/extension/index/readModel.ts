import type { Slices } from './slices';
import type { IndexedFile, StoryStore } from './store';

/** Below this many changed stories, the synchronous merge is quick enough (a few milliseconds). */
const SLICED_FROM = 1000;
/** Stories sorted in one step of `freshen`. */
const CHUNK = 1000;

/**
 * What the features share about the stories: the list sorted by title, the stories of each principle and their
 * counts. Built once per change of the store and only when asked, so the tree, Practice, coverage and completion
 * never count on their own.
 */
export class StoryReadModel {
  private builtAt = -1;
  private sorted: IndexedFile[] = [];
  private byPrinciple = new Map<string, IndexedFile[]>();
  /** Stories added, changed or removed since the last build. */
  private dirty = new Set<string>();
  /** Counts refreshes, so a sliced one that a synchronous one overtook drops its result. */
  private runs = 0;
  private inFlightDirty: Set<string> | undefined;
  private freshening: Promise<void> | undefined;

  constructor(private readonly store: StoryStore) {
    store.observe((key) => this.dirty.add(key));
  }

  /** Every story, ordered by title (case and accents folded), then by URI. */
  sortedStories(): readonly IndexedFile[] {
    this.refresh();
    return this.sorted;
  }

  /** The stories that name the principle (by its catalog name), in title order. */
  storiesFor(principle: string): readonly IndexedFile[] {
    this.refresh();
    return this.byPrinciple.get(principle) ?? [];
  }

  /** How many stories name the principle. */
  countFor(principle: string): number {
    return this.storiesFor(principle).length;
  }

  /** Stories per principle, for every principle at least one story names. */
  counts(): Record<string, number> {
    this.refresh();
    const out: Record<string, number> = {};
    for (const [p, files] of this.byPrinciple) out[p] = files.length;
    return out;
  }

  /**
   * Brings the model up to date in slices, so a first fill of thousands of stories does not hold the extension host
   * (one sort of 10,000 stories was its longest block, measured). Callers that can wait (the tree's build) call this
   * first; the synchronous accessors then find the model fresh.
   */
  async freshen(slices: Slices): Promise<void> {
    // Callers that come while a sliced run is on wait for it (a second run would find too few changes to slice, and
    // sort all 10,000 in one go): the scan freshens after the saved index, and the tree's build right after.
    while (this.freshening) await this.freshening;
    if (this.builtAt === this.store.version || this.dirty.size < SLICED_FROM) return;
    this.freshening = this.sortInSlices(slices).finally(() => (this.freshening = undefined));
    await this.freshening;
  }

  private async sortInSlices(slices: Slices): Promise<void> {
    const run = ++this.runs;
    const version = this.store.version;
    // Kept until this run lands: a synchronous refresh that overtakes it must still see these changes.
    this.inFlightDirty = this.dirty;
    this.dirty = new Set();
    const files = [...this.store.values()];
    // Bottom-up merge sort: runs of CHUNK sorted one at a time, then merged pairwise, with a pause between steps.
    let runs: IndexedFile[][] = [];
    for (let i = 0; i < files.length; i += CHUNK) {
      runs.push(files.slice(i, i + CHUNK).sort(bySortKey));
      await slices.pause();
    }
    while (runs.length > 1) {
      const next: IndexedFile[][] = [];
      for (let i = 0; i < runs.length; i += 2) {
        next.push(i + 1 < runs.length ? merge(runs[i], runs[i + 1]) : runs[i]);
        await slices.pause();
      }
      runs = next;
    }
    const byPrinciple = groupByPrinciple(runs[0] ?? []);
    // A synchronous refresh ran meanwhile: it is newer than this one.
    if (run !== this.runs) return;
    this.inFlightDirty = undefined;
    this.sorted = runs[0] ?? [];
    this.byPrinciple = byPrinciple;
    // Changes since the snapshot are in `dirty`; the next refresh merges them in.
    this.builtAt = version;
  }

  private refresh(): void {
    if (this.builtAt === this.store.version) return;
    this.runs++;
    this.builtAt = this.store.version;
    const dirty = this.dirty;
    this.dirty = new Set();
    if (this.inFlightDirty) for (const key of this.inFlightDirty) dirty.add(key);
    this.inFlightDirty = undefined;
    if (this.sorted.length === 0) this.sorted = [...this.store.values()].sort(bySortKey);
    else {
      // Only what changed is sorted, then merged into the rest (still in order): a full sort of 10,000 stories on
      // every rebuild of the tree during a scan was one of the longest blocks of the extension host (measured).
      const fresh: IndexedFile[] = [];
      for (const key of dirty) {
        const file = this.store.get(key);
        if (file) fresh.push(file);
      }
      fresh.sort(bySortKey);
      const merged: IndexedFile[] = [];
      let j = 0;
      for (const file of this.sorted) {
        if (dirty.has(file.key)) continue;
        while (j < fresh.length && fresh[j].sortKey < file.sortKey) merged.push(fresh[j++]);
        merged.push(file);
      }
      while (j < fresh.length) merged.push(fresh[j++]);
      this.sorted = merged;
    }
    this.byPrinciple = groupByPrinciple(this.sorted);
  }
}

/** Stories per principle, each list in the order given. */
function groupByPrinciple(sorted: readonly IndexedFile[]): Map<string, IndexedFile[]> {
  const out = new Map<string, IndexedFile[]>();
  for (const file of sorted) {
    const principles = file.summary.canonicalPrinciples;
    for (let i = 0; i < principles.length; i++) {
      const p = principles[i];
      if (principles.indexOf(p) !== i) continue; // named twice
      const list = out.get(p);
      if (list) list.push(file);
      else out.set(p, [file]);
    }
  }
  return out;
}

function merge(a: readonly IndexedFile[], b: readonly IndexedFile[]): IndexedFile[] {
  const out: IndexedFile[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i].sortKey <= b[j].sortKey ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function bySortKey(a: IndexedFile, b: IndexedFile): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}
