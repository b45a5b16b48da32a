import { CostFlow } from './costFlow';

/** What the planner needs to know of one story. */
export interface PlanStory {
  /** The file path (CLI) or URI (extension): ties are broken by it, so plans do not depend on input order. */
  id: string;
  title: string;
  /** Canonical principles the story's front matter lists. */
  claimed: readonly string[];
  /** Principles the coach reads in its text that it does not claim. */
  suggested: readonly string[];
  findings: number;
  /** Labels of the checklist lines (WHO, HOW MUCH, I, Clear, a principle not shown) the story does not meet. */
  missing: readonly string[];
}

export interface PlanOptions {
  /** The principles to prepare, in the order the plan lists them. */
  principles: readonly string[];
  /** The most times a story may appear in the plan, as primary or backup (default 2). */
  maxUses?: number;
  /** Whether a story may stand for a principle the coach suggests but it does not claim (default true). */
  allowSuggested?: boolean;
}

export type PlanSource = 'claimed' | 'suggested';

export interface PlanAssignment {
  principle: string;
  story: string;
  source: PlanSource;
  backup?: string;
  backupSource?: PlanSource;
}

export interface Plan {
  principles: string[];
  maxUses: number;
  allowSuggested: boolean;
  /** One per principle that got a story, in the order of `principles`. */
  assignments: PlanAssignment[];
  /** Principles no story can take within the limits. */
  gaps: string[];
  /** Story id → times it appears in the plan (primary or backup); stories not used are left out. */
  uses: Record<string, number>;
}

export const DEFAULT_MAX_USES = 2;

/** A story's weakness: its findings plus the checklist lines it misses (lower is stronger). */
export function weakness(story: PlanStory): number {
  return Math.max(0, Math.floor(story.findings)) + story.missing.length;
}

/**
 * Assigns each principle a primary story and a backup, exactly optimal for these goals, each one only
 * breaking ties of those before it:
 * 1. as many principles with a primary as possible;
 * 2. as few primaries that are only suggested;
 * 3. as many backups; 4. as few suggested backups;
 * 5. the least weakness, a primary's counting twice a backup's;
 * 6. the earliest file paths (a primary's rank twice a backup's).
 * No story appears more than `maxUses` times, and never as both primary and backup of one principle.
 * Solved as a min-cost flow: source → story (capacity maxUses) → (story, principle) (capacity 1) →
 * primary or backup slot of the principle (capacity 1) → sink.
 */
export function planLoop(stories: readonly PlanStory[], options: PlanOptions): Plan {
  const maxUses = Math.max(0, Math.floor(options.maxUses ?? DEFAULT_MAX_USES));
  const allowSuggested = options.allowSuggested ?? true;
  const principles = [...new Set(options.principles)];
  const sorted = [...stories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const P = principles.length;
  const slot = new Map(principles.map((p, i) => [p, i]));

  const pairs: { story: number; principle: number; source: PlanSource }[] = [];
  sorted.forEach((s, i) => {
    const claimed = new Set(s.claimed.filter((p) => slot.has(p)));
    for (const p of claimed) pairs.push({ story: i, principle: slot.get(p)!, source: 'claimed' });
    if (!allowSuggested) return;
    for (const p of new Set(s.suggested))
      if (slot.has(p) && !claimed.has(p)) pairs.push({ story: i, principle: slot.get(p)!, source: 'suggested' });
  });

  // Counts per goal never exceed P, so a unit of one goal outweighs all of those below it together.
  const U = 2 * P + 1;
  const source = 0;
  const storyNode = (i: number) => 1 + i;
  const pairNode = (k: number) => 1 + sorted.length + k;
  const primaryNode = (p: number) => 1 + sorted.length + pairs.length + p;
  const backupNode = (p: number) => 1 + sorted.length + pairs.length + P + p;
  const sink = 1 + sorted.length + pairs.length + 2 * P;
  const flow = new CostFlow(sink + 1, 3);
  const used = new Set(pairs.map((x) => x.story));
  sorted.forEach((_, i) => {
    if (used.has(i)) flow.addEdge(source, storyNode(i), maxUses, [0, 0, 0]);
  });
  const edges = pairs.map((pair, k) => {
    const suggested = pair.source === 'suggested' ? 1 : 0;
    const w = weakness(sorted[pair.story]);
    flow.addEdge(storyNode(pair.story), pairNode(k), 1, [0, 0, 0]);
    return {
      primary: flow.addEdge(pairNode(k), primaryNode(pair.principle), 1, [-(U ** 3) + suggested * U ** 2, 2 * w, 2 * pair.story]),
      backup: flow.addEdge(pairNode(k), backupNode(pair.principle), 1, [-U + suggested, w, pair.story]),
    };
  });
  for (let p = 0; p < P; p++) {
    flow.addEdge(primaryNode(p), sink, 1, [0, 0, 0]);
    flow.addEdge(backupNode(p), sink, 1, [0, 0, 0]);
  }
  flow.minimize(source, sink);

  const primary: (PlanAssignment | undefined)[] = new Array(P).fill(undefined);
  const backup: { story: string; source: PlanSource }[] = [];
  const uses: Record<string, number> = {};
  pairs.forEach((pair, k) => {
    const id = sorted[pair.story].id;
    if (flow.flowOn(edges[k].primary) > 0) {
      primary[pair.principle] = { principle: principles[pair.principle], story: id, source: pair.source };
      uses[id] = (uses[id] ?? 0) + 1;
    }
    if (flow.flowOn(edges[k].backup) > 0) {
      backup[pair.principle] = { story: id, source: pair.source };
      uses[id] = (uses[id] ?? 0) + 1;
    }
  });
  const assignments: PlanAssignment[] = [];
  const gaps: string[] = [];
  principles.forEach((name, p) => {
    const a = primary[p];
    if (!a) {
      gaps.push(name);
      return;
    }
    const b = backup[p];
    assignments.push(b ? { ...a, backup: b.story, backupSource: b.source } : a);
  });
  return { principles, maxUses, allowSuggested, assignments, gaps, uses: sortedUses(uses) };
}

/** Most used first, then by id, so printed plans read the same every time. */
function sortedUses(uses: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, n] of Object.entries(uses).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) out[id] = n;
  return out;
}
