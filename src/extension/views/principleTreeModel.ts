import { activeCatalog, Catalog, countProblems, FocusSet, Principle, PrincipleMatcher, StarConfig } from '../../core';
import { Slices } from '../index/slices';
import { IndexedFile, StoryIndex } from '../index/storyIndex';

// The Principles view as data: built from the index's read model, with no VS Code UI, so the provider only keeps it
// and hands its nodes out.

/** A rebuild yields after this much work, so a big story bank never blocks the extension host for long. */
const BUILD_SLICE_MS = 8;
/** A gap's tooltip names at most this many stories that could cover it. */
const COULD_COVER_SHOWN = 5;

export interface PrincipleNode {
  kind: 'principle';
  principle: Principle;
  stories: StoryNode[];
  /** Titles of stories that do not claim the principle but whose text shows it (the coach's suggestions). */
  couldCover: string[];
}

export interface UnassignedNode {
  kind: 'unassigned';
  stories: StoryNode[];
}

export interface StoryNode {
  kind: 'story';
  file: IndexedFile;
  parent: PrincipleNode | UnassignedNode;
}

export type TreeNode = PrincipleNode | UnassignedNode | StoryNode;

/** The tree as plain data, for tests and anything else that wants to read what the view shows. */
export interface TreeSnapshot {
  catalog: string;
  filter?: string;
  principles: { principle: string; count: number; gap: boolean; stories: SnapshotStory[]; couldCover: string[] }[];
  unassigned: SnapshotStory[];
}

export interface SnapshotStory {
  title: string;
  uri: string;
  findings: number;
}

export interface Model {
  catalog: Catalog;
  filter?: FocusSet;
  roots: (PrincipleNode | UnassignedNode)[];
  /** First node of each story (by URI), so the active editor's story can be revealed. */
  firstNode: Map<string, StoryNode>;
  storiesWithProblems: number;
  storyCount: number;
}

/**
 * The Principles view's model from what the index holds now (never the disk): each principle of the active catalog
 * with the stories that claim it, under the focus set `filterId` names if it fits the catalog. Undefined once
 * `stale()` says the build is no longer wanted (checked at each slice).
 */
export async function buildPrincipleModel(
  config: StarConfig,
  filterId: string | undefined,
  index: StoryIndex,
  stale: () => boolean,
): Promise<Model | undefined> {
  const catalog = activeCatalog(config);
  let filter = filterId ? config.focusSets.find((f) => f.id === filterId) : undefined;
  if (filter && !focusSetFits(filter, catalog)) filter = undefined;
  const shown = filter ? principlesOf(filter, catalog) : undefined;

  // The shared read model sorts and groups thousands of stories in slices of its own before the build reads it.
  const slices = new Slices(BUILD_SLICE_MS);
  await index.model.freshen(slices);
  if (stale()) return undefined;
  const stories = index.stories(); // in title order (the shared read model)
  const nodes = new Map<string, PrincipleNode>();
  /** Each principle's story nodes by URI: a story's first visible node is found without a search. */
  const nodesOf = new Map<string, Map<string, StoryNode>>();
  for (const principle of catalog.principles) {
    const node: PrincipleNode = { kind: 'principle', principle, stories: [], couldCover: [] };
    const byUri = new Map<string, StoryNode>();
    // Grouped and in title order by the read model: the view does not count on its own.
    for (const file of index.model.storiesFor(principle.name)) {
      const story: StoryNode = { kind: 'story', file, parent: node };
      node.stories.push(story);
      byUri.set(file.key, story);
    }
    nodes.set(principle.name, node);
    nodesOf.set(principle.name, byUri);
  }
  const unassigned: UnassignedNode = { kind: 'unassigned', stories: [] };
  const firstNode = new Map<string, StoryNode>();
  let storiesWithProblems = 0;
  for (let i = 0; i < stories.length; i++) {
    // Thousands of stories take longer than a frame: hand the event loop back now and then.
    if ((i & 63) === 63) {
      await slices.pause();
      if (stale()) return undefined;
    }
    const file = stories[i];
    const key = file.key;
    if (countProblems(file.summary.findings) > 0) storiesWithProblems++;
    // Reveal picks a node the view shows: under the filter, the first visible principle of the story's own order.
    let first: StoryNode | undefined;
    let claimed = false;
    for (const name of file.summary.canonicalPrinciples) {
      const node = nodesOf.get(name)?.get(key);
      if (!node) continue;
      claimed = true;
      if (!first && (!shown || shown.has(name))) first = node;
    }
    if (!claimed) {
      const node: StoryNode = { kind: 'story', file, parent: unassigned };
      unassigned.stories.push(node);
      if (!shown) first = node;
    }
    if (first) firstNode.set(key, first);
    for (const name of file.summary.coach?.suggestions ?? []) {
      const node = nodes.get(name);
      if (node && !nodesOf.get(name)?.has(key) && node.couldCover.length < COULD_COVER_SHOWN) node.couldCover.push(file.displayTitle);
    }
  }
  const roots: (PrincipleNode | UnassignedNode)[] = [];
  // With no story at all the view is left empty, so its welcome text (with a New Story button) shows.
  if (stories.length > 0) {
    for (const node of nodes.values()) if (!shown || shown.has(node.principle.name)) roots.push(node);
    if (!shown && unassigned.stories.length > 0) roots.push(unassigned);
  }
  return { catalog, filter, roots, firstNode, storiesWithProblems, storyCount: stories.length };
}

/** The tree as plain data. */
export function snapshotOf(m: Model): TreeSnapshot {
  const plain = (s: StoryNode): SnapshotStory => ({
    title: s.file.displayTitle,
    uri: s.file.uri.toString(),
    findings: s.file.summary.findings.length,
  });
  const principles: TreeSnapshot['principles'] = [];
  let unassigned: SnapshotStory[] = [];
  for (const r of m.roots) {
    if (r.kind === 'principle')
      principles.push({
        principle: r.principle.name,
        count: r.stories.length,
        gap: r.stories.length === 0,
        stories: r.stories.map(plain),
        couldCover: r.couldCover,
      });
    else unassigned = r.stories.map(plain);
  }
  return { catalog: m.catalog.id, filter: m.filter?.id, principles, unassigned };
}

/** A focus set applies to the catalog it names; one written for another catalog would show nothing. */
export function focusSetFits(set: FocusSet, catalog: Catalog): boolean {
  return set.catalog === catalog.id && principlesOf(set, catalog).size > 0;
}

/** Canonical names of a focus set's principles, so "Bias to Action" in a set still finds its principle. */
export function principlesOf(set: FocusSet, catalog: Catalog): Set<string> {
  const matcher = new PrincipleMatcher(catalog);
  const out = new Set<string>();
  for (const name of set.principles) {
    const canonical = matcher.match(name).canonical;
    if (canonical) out.add(canonical);
  }
  return out;
}
