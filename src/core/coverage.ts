import { activeCatalog, StarConfig } from './config';
import { analyse } from './analysis';
import { sectionWritten } from './sectionContent';
import { coachSummary, CoachSummary } from './summary';
import { Finding, REQUIRED_SECTIONS, SectionKind, Story } from './types';
import { visible } from './text';

/** What an interviewer would notice missing, per story: the four sections, a number, an "I". */
export interface StoryHealth {
  sections: Record<Exclude<SectionKind, 'learnings'>, boolean>;
  quantifiedResult: boolean;
  iContribution: boolean;
}

export function storyHealth(story: Story): StoryHealth {
  // A section counts once something is written in it: a bare heading or the template's prompts are still to do.
  const has = (k: SectionKind) => story.sections.some((s) => s.kind === k && sectionWritten(story, s));
  const a = analyse(story);
  return {
    sections: { situation: has('situation'), task: has('task'), action: has('action'), result: has('result') },
    quantifiedResult: a.resultHasMetric,
    iContribution: a.actionI > 0,
  };
}

export interface CoverageStory {
  /** Whatever identifies the file to the caller: a path or a URI string. */
  id: string;
  title: string;
  principles: string[];
  findings: number;
  health: StoryHealth;
  /** What the coach read in the story (role, hedges, principles shown, suggestions), when known. */
  coach?: CoachSummary;
}

export interface CoverageRow {
  principle: string;
  stories: string[];
}

export interface Coverage {
  catalog: string;
  rows: CoverageRow[];
  stories: CoverageStory[];
  /** Stories with no principle of the catalog. */
  unassigned: string[];
}

export interface CoverageInput {
  id: string;
  /** Shown when the story has no title. */
  fallbackTitle: string;
  story: Story;
  findings: readonly Finding[];
}

/** Principles × stories for the active catalog, in catalog order; only files that are stories count. */
export function buildCoverage(inputs: readonly CoverageInput[], config: StarConfig): Coverage {
  const catalog = activeCatalog(config);
  const rows: CoverageRow[] = catalog.principles.map((p) => ({ principle: p.name, stories: [] }));
  const byName = new Map(rows.map((r) => [r.principle, r]));
  const stories: CoverageStory[] = [];
  const unassigned: string[] = [];
  for (const input of inputs) {
    if (!input.story.isStory) continue;
    const principles = [...new Set(input.story.principles.map((p) => p.canonical).filter((c): c is string => !!c && byName.has(c)))];
    stories.push({
      id: input.id,
      title: input.story.title ?? input.fallbackTitle,
      principles,
      findings: input.findings.length,
      health: storyHealth(input.story),
      coach: coachSummary(input.story, config),
    });
    if (principles.length === 0) unassigned.push(input.id);
    for (const p of principles) byName.get(p)!.stories.push(input.id);
  }
  return { catalog: catalog.label, rows, stories, unassigned };
}

/** Table cells must not break the table: pipes and line breaks are escaped. */
function cell(s: string): string {
  return visible(
    s
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' ')
      .replace(/</g, '&lt;'),
  );
}

const MARK = (b: boolean) => (b ? '✓' : '✗');

/** The coverage as Markdown: a principle table (counts and gaps) and a story table (health). */
export function coverageMarkdown(coverage: Coverage): string {
  const title = new Map(coverage.stories.map((s) => [s.id, s.title]));
  const out: string[] = [];
  const gaps = coverage.rows.filter((r) => r.stories.length === 0).length;
  out.push(`# Story coverage: ${cell(coverage.catalog)}`, '');
  out.push(
    `${coverage.stories.length} ${coverage.stories.length === 1 ? 'story' : 'stories'}; ${coverage.rows.length - gaps} of ${coverage.rows.length} principles covered${gaps ? `, ${gaps} with no story yet` : ''}.`,
    '',
  );
  out.push('| Principle | Stories | Titles |', '| --- | ---: | --- |');
  for (const row of coverage.rows) {
    const names = row.stories.map((id) => cell(title.get(id) ?? id)).join('; ');
    out.push(`| ${cell(row.principle)} | ${row.stories.length === 0 ? '**0 (gap)**' : row.stories.length} | ${names} |`);
  }
  if (coverage.unassigned.length > 0) {
    out.push(`| _Unassigned_ | ${coverage.unassigned.length} | ${coverage.unassigned.map((id) => cell(title.get(id) ?? id)).join('; ')} |`);
  }
  out.push(
    '',
    '| Story | File | S | T | A | R | Number in Result | "I" in Action | Role (WHO) | Clear (no hedges) | Principles not shown | Suggested principles | Findings |',
    '| --- | --- | :-: | :-: | :-: | :-: | :-: | :-: | :-: | :-: | --- | --- | ---: |',
  );
  for (const s of coverage.stories) {
    const h = s.health;
    const secs = REQUIRED_SECTIONS.map((k) => MARK(h.sections[k as keyof StoryHealth['sections']])).join(' | ');
    const c = s.coach;
    // A story too short to judge gets a dash, not a cross: the coach has nothing to go on.
    const judged = (ok: boolean) => (c?.judged ? MARK(ok) : '–');
    const notShown = c ? Object.keys(c.shown).filter((p) => !c.shown[p]) : [];
    const coachCells = `${judged(!!c?.roleStated)} | ${judged((c?.hedges ?? 0) === 0)} | ${cell(notShown.join('; '))} | ${cell((c?.suggestions ?? []).join('; '))}`;
    out.push(
      `| ${cell(s.title)} | ${cell(s.id)} | ${secs} | ${MARK(h.quantifiedResult)} | ${MARK(h.iContribution)} | ${coachCells} | ${s.findings} |`,
    );
  }
  return out.join('\n') + '\n';
}
