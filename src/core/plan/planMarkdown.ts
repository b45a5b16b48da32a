import { mdCode, mdText, times } from './markdownText';
import { Plan, PlanSource, PlanStory } from './planner';

/** Why a story stands for a principle, in a few words: claimed or suggested, and its checklist. */
export function planReason(source: PlanSource, story: PlanStory | undefined): string {
  const why = source === 'claimed' ? 'claimed' : 'suggested by the coach';
  if (!story) return why;
  const checks = story.missing.length === 0 ? 'checklist met' : `misses ${story.missing.join(', ')}`;
  const findings = story.findings === 0 ? '' : ` · ${story.findings} ${story.findings === 1 ? 'problem' : 'problems'}`;
  return `${why} · ${checks}${findings}`;
}

/** The plan as Markdown: a table of principle → story, backup and why, then the gaps and the stories used most. */
export function planMarkdown(plan: Plan, stories: readonly PlanStory[]): string {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const name = (id: string) => {
    const s = byId.get(id);
    return s && s.title !== id ? `${mdText(s.title)} (${mdCode(id)})` : mdCode(id);
  };
  const out: string[] = ['# Interview loop plan', ''];
  out.push(
    `${plan.principles.length} ${plan.principles.length === 1 ? 'principle' : 'principles'} · ` +
      `${plan.assignments.length} with a story · a story appears at most ${times(plan.maxUses)} (as primary or backup) · ` +
      `suggested principles ${plan.allowSuggested ? 'allowed' : 'not used'}`,
    '',
  );
  if (plan.assignments.length > 0) {
    out.push('| Principle | Story | Backup | Why |', '| --- | --- | --- | --- |');
    for (const a of plan.assignments) {
      const backup = a.backup ? `${name(a.backup)}${a.backupSource === 'suggested' ? ' (suggested)' : ''}` : 'none';
      out.push(`| ${mdText(a.principle)} | ${name(a.story)} | ${backup} | ${planReason(a.source, byId.get(a.story))} |`);
    }
    out.push('');
  }
  out.push('## Gaps', '');
  if (plan.gaps.length === 0) out.push('None: every principle has a story.');
  else {
    const hint = plan.allowSuggested ? 'no story can take it within the limit' : 'no story claims it within the limit';
    for (const g of plan.gaps) out.push(`- ${mdText(g)}: ${hint}`);
  }
  out.push('', '## Stories used most', '');
  const used = Object.entries(plan.uses);
  if (used.length === 0) out.push('None yet.');
  for (const [id, n] of used) out.push(`- ${name(id)}: ${times(n)}`);
  return out.join('\n') + '\n';
}

/** The plan in the shape `star-lint --plan --format json` prints. */
export function planJson(plan: Plan): {
  assignments: { principle: string; story: string; backup: string | null; source: PlanSource }[];
  gaps: string[];
  uses: Record<string, number>;
} {
  return {
    assignments: plan.assignments.map((a) => ({ principle: a.principle, story: a.story, backup: a.backup ?? null, source: a.source })),
    gaps: plan.gaps,
    uses: plan.uses,
  };
}
