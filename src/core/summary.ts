import { coach, suggestPrinciples } from './coach';
import { activeCatalog, StarConfig } from './config';
import { storyHealth, StoryHealth } from './coverage';
import { LintResult } from './lint';
import { StoryHeader } from './story';
import { Finding, PrincipleRef, Range, SectionKind, Story } from './types';

/**
 * What a long-lived index keeps of a story: small and plain (no text, no lines, no tokens), so a
 * workspace of thousands of stories stays light, and enough for the tree, the status bar, coverage
 * and quick fixes.
 */
export interface StorySummary {
  isStory: boolean;
  title?: string;
  principles: PrincipleRef[];
  /** Canonical names of the active catalog, without duplicates, in the order written. */
  canonicalPrinciples: string[];
  findings: Finding[];
  health: StoryHealth;
  sections: { kind: SectionKind; form: 'heading' | 'label'; markerRange: Range; level: number; endLine: number }[];
  /** Last line of the front matter (its closing `---`), or -1 when there is none. */
  frontMatterEndLine: number;
  /** Line of the `principles:` key, or -1. */
  principlesKeyLine: number;
  lineCount: number;
  spokenWordCount: number;
  minutes: number;
  /** What the story coach read in it (see coach/): the checklist and the suggested principles. */
  coach: CoachSummary;
}

export interface CoachSummary {
  /** False when the story was too thin to judge; the checks below are then empty. */
  judged: boolean;
  roleStated: boolean;
  hedges: number;
  /** Declared principle (canonical) → shown; principles the coach cannot judge are left out. */
  shown: Record<string, boolean>;
  suggestions: string[];
}

const NOT_JUDGED: CoachSummary = { judged: false, roleStated: false, hedges: 0, shown: {}, suggestions: [] };

export function coachSummary(story: Story, config: StarConfig): CoachSummary {
  if (!story.isStory) return NOT_JUDGED;
  const c = coach(story, config);
  return {
    judged: c.judged,
    roleStated: c.roleStated,
    hedges: c.hedges.length,
    shown: c.shown,
    suggestions: suggestPrinciples(story, config),
  };
}

export function summarize(result: LintResult, config: StarConfig): StorySummary {
  const { story, findings } = result;
  const catalog = activeCatalog(config);
  const known = new Set(catalog.principles.map((p) => p.name));
  const canonical: string[] = [];
  for (const p of story.principles)
    if (p.canonical && known.has(p.canonical) && !canonical.includes(p.canonical)) canonical.push(p.canonical);
  const fm = story.frontMatter;
  return {
    isStory: story.isStory,
    title: story.title,
    principles: story.principles,
    canonicalPrinciples: canonical,
    findings,
    health: storyHealth(story),
    sections: story.sections.map((s) => ({ kind: s.kind, form: s.form, markerRange: s.markerRange, level: s.level, endLine: s.endLine })),
    frontMatterEndLine: fm && !fm.unclosed ? fm.range.end.line : -1,
    principlesKeyLine: story.hasPrinciplesKey && fm ? story.principlesRange.start.line : -1,
    lineCount: story.lines.length,
    spokenWordCount: story.spokenWordCount,
    minutes: story.spokenWordCount / config.length.wordsPerMinute,
    coach: coachSummary(story, config),
  };
}

/** What the front matter and the lines of a story tell before its full check: a summary's first fields. */
export type StoryHead = Pick<
  StorySummary,
  'title' | 'principles' | 'canonicalPrinciples' | 'frontMatterEndLine' | 'principlesKeyLine' | 'lineCount'
>;

/**
 * A first summary from the front matter alone, for a story whose full check has not run yet: its title and
 * principles are right, its findings and health are empty until `summarize` replaces it.
 */
export function summarizeHeader(header: StoryHeader, config: StarConfig): StorySummary {
  const known = new Set(activeCatalog(config).principles.map((p) => p.name));
  const canonical: string[] = [];
  for (const p of header.principles)
    if (p.canonical && known.has(p.canonical) && !canonical.includes(p.canonical)) canonical.push(p.canonical);
  const fm = header.frontMatter;
  return summaryOfHead({
    title: header.title,
    principles: header.principles,
    canonicalPrinciples: canonical,
    frontMatterEndLine: fm && !fm.unclosed ? fm.range.end.line : -1,
    principlesKeyLine: header.hasPrinciplesKey && fm ? header.principlesRange.start.line : -1,
    lineCount: header.lines.length,
  });
}

/** The summary of a story known by its head only (summarizeHeader, the saved index's first part). */
export function summaryOfHead(head: StoryHead): StorySummary {
  return {
    isStory: true,
    title: head.title,
    principles: head.principles,
    canonicalPrinciples: head.canonicalPrinciples,
    findings: [],
    health: { sections: { situation: false, task: false, action: false, result: false }, quantifiedResult: false, iContribution: false },
    sections: [],
    frontMatterEndLine: head.frontMatterEndLine,
    principlesKeyLine: head.principlesKeyLine,
    lineCount: head.lineCount,
    spokenWordCount: 0,
    minutes: 0,
    coach: NOT_JUDGED,
  };
}
