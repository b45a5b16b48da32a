import { analyse } from '../analysis';
import { lineStartsOf, proseOf, sectionsOf } from '../sectionText';
import { Section, SectionKind, Story } from '../types';

// The parts of a story as the coach reads them: which text counts as the Situation, Task, Action and Result when a
// story names its parts in ways the parser does not know, or not at all.

/** The parts of a story the coach reads, with how much each counts as evidence. */
export const PARTS = ['situation', 'task', 'action', 'result'] as const;

/** A part's prose as the coach reads it (exported for the suggestions' trainer, which must read the same). */
export function proseFor(story: Story, kind: (typeof PARTS)[number], sections = sectionsOf(story, kind)) {
  if (kind === 'action') {
    const unnamed = narrativeOf(story);
    // The Action without quotations is already computed for the other rules.
    return unnamed ? proseOf(story, unnamed, { withoutQuotes: true }) : analyse(story).action;
  }
  return proseOf(story, sections, { withoutQuotes: true });
}

/** Where a story with no Action the parser can name narrates (see unsectioned); undefined when it has an Action. */
export function narrativeOf(story: Story): Section[] | undefined {
  return hasNamedAction(story) ? undefined : unsectioned(story);
}

export function hasNamedAction(story: Story): boolean {
  return story.sections.some((s) => s.kind === 'action');
}

/**
 * The text before a story's first section (after its front matter): where notes often state the role on a line of
 * its own ("- night-fill team leader, 24h superstore"). Undefined when there is none.
 */
export function preambleOf(story: Story): Section | undefined {
  if (story.sections.length === 0) return undefined;
  const from = story.frontMatter?.bodyStartLine ?? 0;
  const first = story.sections[0].markerRange.start.line;
  return first <= from ? undefined : linesAsSection('situation', from, first - 1);
}

/** Lines `first` to `last` read as a section of the given kind, with no marker of their own. */
function linesAsSection(kind: SectionKind, first: number, last: number): Section {
  return {
    kind,
    form: 'heading',
    markerRange: { start: { line: first, character: 0 }, end: { line: first, character: 0 } },
    markerText: '',
    level: 1,
    contentStart: { line: first, character: 0 },
    endLine: last,
    combined: false,
  };
}

/**
 * A story with neither Situation nor Task under a name the parser knows ("## What I was looking at", "📍 Where we
 * were") sets the scene in its preamble: that text is read for the role as its Situation. Not for evidence: on the
 * blind sets its setting words made principles the story does not show look shown.
 */
export function sceneBeforeSections(story: Story, preamble: Section | undefined): Section[] | undefined {
  if (!preamble || story.sections.some((s) => s.kind === 'situation' || s.kind === 'task')) return undefined;
  return [preamble];
}

/**
 * The body's lines outside every section the parser knows, as sections of their own (undefined when none). A story
 * with no Action the parser can name ("# The carry-out") narrates under headings it does not know: that text is read
 * as the Action is for evidence and the role (not for hedges, which the definitions count in the Action and Result).
 */
function unsectioned(story: Story): Section[] | undefined {
  const covered = story.sections.map((s) => [s.markerRange.start.line, s.endLine]).sort((a, b) => a[0] - b[0]);
  const gaps: Section[] = [];
  let from = story.frontMatter?.bodyStartLine ?? 0;
  const gap = (first: number, last: number) => {
    if (last >= first) gaps.push(linesAsSection('action', first, last));
  };
  for (const [start, end] of covered) {
    gap(from, start - 1);
    from = Math.max(from, end + 1);
  }
  gap(from, story.lines.length - 1);
  return gaps.length > 0 ? gaps : undefined;
}

/** For a section that is not read into words, its length in words is estimated from its characters. */
export const CHARS_PER_WORD = 6;

/** How many characters a story's sections of one kind hold, markup and all. */
export function rawLength(story: Story, kind: SectionKind, scene: Section[] | undefined): number {
  const starts = lineStartsOf(story);
  let length = 0;
  for (const s of (kind === 'situation' && scene) || sectionsOf(story, kind)) {
    const from = starts[s.contentStart.line] ?? story.text.length;
    const to = s.endLine + 1 < starts.length ? starts[s.endLine + 1] : story.text.length;
    if (to > from) length += to - from;
  }
  return length;
}

/**
 * What a Situation or Task heading says besides the part's name: "### Situation (me: payroll officer, three resorts)",
 * "## Situation — me, tanker driver, Gaborone to Maun". Writers of notes put the role there. A leading "me," is read
 * as the notes label "me:" it stands for. One string per such heading (a combined "Situation & Task" heading is one).
 */
export function headingNotes(story: Story): string[] {
  const notes: string[] = [];
  let lastLine = -1;
  for (const s of story.sections) {
    if (s.form !== 'heading' || (s.kind !== 'situation' && s.kind !== 'task') || s.markerRange.start.line === lastLine) continue;
    lastLine = s.markerRange.start.line;
    const at = s.markerText.search(/[(:—–]| - /);
    if (at === -1) continue;
    const rest = s.markerText
      .slice(at)
      .replace(/^[(:—–\s-]+/, '')
      .replace(/\)\s*$/, '')
      .replace(/^me\s*,\s*/i, 'me: ');
    if (/[\p{L}]/u.test(rest)) notes.push(rest);
  }
  return notes;
}
