import type { Heading } from './sections';
import { BOLD_LINE_LABEL } from './sectionNames';
import { Section, SectionKind, TextBlock } from './types';

/**
 * Headings in a writer's own words ("## The lay of the land", "## Legwork", "## How it shook out") name no section
 * the parser knows, yet a reader takes them for the story's parts from where they stand: before the Action is the
 * scene, after it the outcome. In a file that declares principles (a story by its own say), headings of one level
 * that name no section are given the STAR parts left free around the ones that do, in order. Nothing is guessed
 * where the count does not fit: more unnamed headings than free parts, a long document, a story written with
 * labels rather than headings.
 */

const ORDER: readonly SectionKind[] = ['situation', 'task', 'action', 'result'];
/** When fewer headings than free parts: the Task is the part most often told with the scene, then the Result. */
const DROP_FIRST: readonly SectionKind[] = ['task', 'result', 'situation', 'action'];
/** A story of more headings than this at one level is a document, not a story's parts. */
const MAX_HEADINGS = 6;
/** Headings about the story rather than of it: never a STAR part. */
const ABOUT_THE_STORY =
  /\b(?:notes?|questions?|follow[- ]?ups?|todo|links?|references?|tags?|principles?|appendix|drafts?|practice|feedback|prompts?|lp|lps|keywords?|summary|tl;?dr)\b/i;

/**
 * The kinds to give headings that name no section, by line; undefined when none can be given. `sections` are those
 * found from known names; `title` the front matter's (a heading repeating it is the title, not a part).
 */
export function inferUnnamedHeadings(
  headings: readonly Heading[],
  sections: readonly Section[],
  title: string | undefined,
): Map<number, SectionKind[]> | undefined {
  if (sections.some((s) => s.form !== 'heading')) return undefined;
  const known = kindsByLine(sections);
  const level = partLevel(headings, sections);
  if (level === undefined) return undefined;
  return assignByPlace(
    headings.filter((h) => h.level === level && h.text && h.text !== title),
    known,
  );
}

/**
 * A paragraph that is one bold line (`**How the night went**`) is the heading of a story written without Markdown
 * headings: read by its place as headings are, when the story's named parts (if any) are such lines too.
 */
export function inferUnnamedBoldLines(
  lines: readonly string[],
  blocks: readonly TextBlock[],
  sections: readonly Section[],
  title: string | undefined,
): Map<number, SectionKind[]> | undefined {
  if (sections.some((s) => s.form === 'heading')) return undefined;
  const bold: Heading[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.startLine !== b.endLine) continue;
    const m = BOLD_LINE_LABEL.exec(lines[b.startLine]);
    if (m && m[2].trim() !== title) bold.push({ line: b.startLine, level: 7, text: m[2].trim() });
  }
  const onBold = new Set(bold.map((h) => h.line));
  if (sections.some((s) => !onBold.has(s.markerRange.start.line))) return undefined;
  return assignByPlace(bold, kindsByLine(sections));
}

/** The kinds the named sections give each marker line. */
function kindsByLine(sections: readonly Section[]): Map<number, SectionKind[]> {
  const known = new Map<number, SectionKind[]>();
  for (const s of sections) {
    const line = s.markerRange.start.line;
    known.set(line, [...(known.get(line) ?? []), s.kind]);
  }
  return known;
}

/** Gives the markers of `row` that name no part the parts left free around those that do, in order. */
function assignByPlace(markers: readonly Heading[], known: ReadonlyMap<number, SectionKind[]>): Map<number, SectionKind[]> | undefined {
  const learnings = markers.findIndex((h) => known.get(h.line)?.includes('learnings'));
  const row = learnings >= 0 ? markers.slice(0, learnings) : markers;
  if (row.length < 3 || row.length > MAX_HEADINGS || row.every((h) => known.has(h.line))) return undefined;
  const out = new Map<number, SectionKind[]>();
  let gap: Heading[] = [];
  let last = -1;
  const fill = (next: number) => {
    if (gap.length === 0) return;
    const chosen = choose(ORDER.slice(last + 1, Math.max(last + 1, next)), gap.length);
    if (chosen && gap.every((h) => !ABOUT_THE_STORY.test(h.text))) gap.forEach((h, i) => out.set(h.line, [chosen[i]]));
    gap = [];
  };
  for (const h of row) {
    const kinds = known.get(h.line);
    if (!kinds) {
      gap.push(h);
      continue;
    }
    const orders = kinds.map((k) => ORDER.indexOf(k)).filter((o) => o >= 0);
    if (orders.length === 0) continue;
    fill(Math.min(...orders));
    last = Math.max(last, ...orders);
  }
  fill(ORDER.length);
  return out.size > 0 ? out : undefined;
}

/** The level the story's parts are written at: that of its named sections, or the most used one (at least three). */
function partLevel(headings: readonly Heading[], sections: readonly Section[]): number | undefined {
  const levels = new Set(sections.map((s) => s.level));
  if (levels.size > 1) return undefined;
  if (levels.size === 1) return [...levels][0];
  const counts = new Map<number, number>();
  for (const h of headings) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  let best: number | undefined;
  for (const [level, n] of counts) if (n >= 3 && (best === undefined || n > (counts.get(best) ?? 0))) best = level;
  return best;
}

/** `n` of the free parts, in order, leaving out the ones least often written apart; undefined when n is too many. */
function choose(free: readonly SectionKind[], n: number): SectionKind[] | undefined {
  if (n > free.length) return undefined;
  const kept = [...free];
  for (const drop of DROP_FIRST) {
    if (kept.length === n) break;
    const i = kept.indexOf(drop);
    if (i >= 0) kept.splice(i, 1);
  }
  return kept;
}
