import type { IndexedFile, StoryStore } from './store';

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

  private refresh(): void {
    if (this.builtAt === this.store.version) return;
    this.builtAt = this.store.version;
    const dirty = this.dirty;
    this.dirty = new Set();
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
    this.byPrinciple = new Map();
    for (const file of this.sorted) {
      for (const p of new Set(file.summary.canonicalPrinciples)) {
        const list = this.byPrinciple.get(p);
        if (list) list.push(file);
        else this.byPrinciple.set(p, [file]);
      }
    }
  }
}

function bySortKey(a: IndexedFile, b: IndexedFile): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}
