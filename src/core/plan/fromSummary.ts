import { checklist } from '../checklist';
import { StorySummary } from '../summary';
import { PlanStory } from './planner';

/** The checklist's fixed lines; the others are the story's principles, each shown or not. */
const CHECKS = new Set(['WHO', 'HOW MUCH', 'I', 'Clear']);

/** The planner's view of an indexed story: what it claims, what the coach suggests, how strong it is. */
export function planStoryFrom(id: string, summary: StorySummary, fallbackTitle = id): PlanStory {
  return {
    id,
    title: summary.title ?? fallbackTitle,
    claimed: summary.canonicalPrinciples,
    suggested: summary.coach.suggestions,
    // Warnings and errors: information (length, the coach's notes, already listed as `missing`) is not a problem.
    findings: summary.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length,
    missing: checklist(summary.health, summary.coach)
      .filter((item) => item.ok === false)
      .map((item) => (CHECKS.has(item.label) ? item.label : `${item.label} not shown`)),
  };
}
