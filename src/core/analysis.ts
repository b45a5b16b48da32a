import { countFirstPersonPlural, findFirstPersonSingular } from './firstPerson';
import { hasMetric } from './metrics';
import { isQuoted, proseOf, SectionText, sectionsOf } from './sectionText';
import { Story } from './types';

/**
 * What several rules and the story's health all need from the Action and the Result, computed once per
 * parsed story and shared (rules, coverage and the index summary would otherwise scan the same text again).
 */
export interface StoryAnalysis {
  /** The Result's prose; empty when there is no Result. */
  result: SectionText;
  /** The Action's prose without quoted speech. */
  action: SectionText;
  resultHasMetric: boolean;
  /** First-person singular mentions in the Action, counted up to what decides the rules (at least 1, and past half the "we"). */
  actionI: number;
  /** "we", "our", "us" in the Action. */
  actionWe: number;
}

export function analyse(story: Story): StoryAnalysis {
  let a = story.derived.analysis as StoryAnalysis | undefined;
  if (!a) {
    const result = proseOf(story, sectionsOf(story, 'result'));
    const actions = sectionsOf(story, 'action');
    // An Action whose own label sits in a block quote is the writer's answer pasted as a quote, not someone else's.
    const keepBlockQuotes = actions.length > 0 && actions.every((s) => isQuoted(story, s.markerRange.start.line));
    const action = proseOf(story, actions, { withoutQuotes: true, keepBlockQuotes });
    const actionWe = countFirstPersonPlural(action.text);
    // Counting every "I" only matters while "we" could still outnumber it (we-over-i): stop once it cannot.
    const actionI = findFirstPersonSingular(action.text, Math.max(1, Math.floor(actionWe / 2) + 1), true).length;
    a = { result, action, resultHasMetric: hasMetric(result.text), actionI, actionWe };
    story.derived.analysis = a;
  }
  return a;
}
