/**
 * The practice log's pure half: what one practice run is, and what the plan, Story Coverage and Practice read
 * from a list of them. The extension keeps the list (in workspace state); nothing here stores anything.
 */

export interface PracticeRun {
  /** The question's id and text, as asked. */
  questionId: string;
  question: string;
  principle: string;
  /** The story opened while answering (URI string), if one was. */
  story?: string;
  /** How long the answer took, in whole seconds. */
  seconds: number;
  /** When the run ended, in ms since the epoch. */
  at: number;
}

export interface StoryPractice {
  times: number;
  /** When the story was last practised, in ms since the epoch. */
  last: number;
}

/** Runs per story: how many, and the latest. Runs without a story are not counted here. */
export function practiceByStory(runs: readonly PracticeRun[]): Map<string, StoryPractice> {
  const out = new Map<string, StoryPractice>();
  for (const run of runs) {
    if (!run.story) continue;
    const seen = out.get(run.story);
    if (seen) {
      seen.times++;
      seen.last = Math.max(seen.last, run.at);
    } else out.set(run.story, { times: 1, last: run.at });
  }
  return out;
}

/** A story practised within this long counts as recent: Practice offers others first. */
export const RECENT_PRACTICE_MS = 24 * 60 * 60 * 1000;

/**
 * The order Practice offers stories for a principle: those the plan gives the principle first, and among them
 * one not practised in the last day before one that was, then primary before backup; then the others, the
 * least recently practised first; ties keep the order given. Pure, so the rule can be tested without an editor.
 */
export function orderForPractice<T>(
  stories: readonly T[],
  idOf: (story: T) => string,
  options: { planned?: readonly string[]; practice: ReadonlyMap<string, StoryPractice>; now: number },
): T[] {
  const planned = options.planned ?? [];
  const rank = (s: T) => {
    const at = planned.indexOf(idOf(s));
    return at === -1 ? planned.length : at;
  };
  const inPlan = (s: T) => (rank(s) < planned.length ? 0 : 1);
  const last = (s: T) => options.practice.get(idOf(s))?.last ?? 0;
  const recent = (s: T) => (options.now - last(s) < RECENT_PRACTICE_MS ? 1 : 0);
  return stories
    .map((story, at) => ({ story, at }))
    .sort(
      (a, b) =>
        inPlan(a.story) - inPlan(b.story) ||
        recent(a.story) - recent(b.story) ||
        rank(a.story) - rank(b.story) ||
        last(a.story) - last(b.story) ||
        a.at - b.at,
    )
    .map((x) => x.story);
}

/** "today", "yesterday", "3 days ago", "5 weeks ago": how long ago, in the words a person uses. */
export function whenPractised(at: number, now: number): string {
  const day = 24 * 60 * 60 * 1000;
  const startOfToday = now - (now % day);
  if (at >= startOfToday) return 'today';
  const days = Math.ceil((startOfToday - at) / day);
  if (days <= 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  return `${Math.round(days / 30)} months ago`;
}

/** "practised twice, last today" for a story, or "not practised yet". */
export function practiceNote(practice: StoryPractice | undefined, now: number): string {
  if (!practice) return 'not practised yet';
  const times = practice.times === 1 ? 'once' : practice.times === 2 ? 'twice' : `${practice.times} times`;
  return `practised ${times}, last ${whenPractised(practice.last, now)}`;
}

/** Entries kept at most: the newest win, so workspace state stays small after months of practice. */
export const PRACTICE_LOG_LIMIT = 1000;

/** Runs read back from storage: anything malformed is dropped rather than trusted. */
export function validRuns(value: unknown): PracticeRun[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (r): r is PracticeRun =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.questionId === 'string' &&
        typeof r.question === 'string' &&
        typeof r.principle === 'string' &&
        (r.story === undefined || typeof r.story === 'string') &&
        Number.isFinite(r.seconds) &&
        Number.isFinite(r.at),
    )
    .slice(-PRACTICE_LOG_LIMIT);
}
