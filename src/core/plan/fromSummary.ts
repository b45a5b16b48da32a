import { checklist } from '../checklist';
import { StorySummary } from '../summary';
import { PlanStory } from './planner';

/** The planner's view of an indexed story: what it claims, what the coach suggests, how strong it is. */
export function planStoryFrom(id: string, summary: StorySummary, fallbackTitle = id): PlanStory {
  return {
    id,
    title: summary.title ?? fallbackTitle,
    claimed: summary.canonicalPrinciples,
    suggested: summary.coach.suggestions,
    findings: summary.findings.length,
    unmet: checklist(summary.health, summary.coach).filter((item) => item.ok === false).length,
  };
}
