import { countFirstPersonPlural, findFirstPersonSingular } from './firstPerson';
import { hasMetric } from './metrics';
import { proseOf, SectionText, sectionsOf } from './sectionText';
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
  /** First-person singular mentions in the Action. */
  actionI: number;
  /** "we", "our", "us" in the Action. */
  actionWe: number;
}

const cache = new WeakMap<Story, StoryAnalysis>();

export function analyse(story: Story): StoryAnalysis {
  let a = cache.get(story);
  if (!a) {
    const result = proseOf(story, sectionsOf(story, 'result'));
    const action = proseOf(story, sectionsOf(story, 'action'), { withoutQuotes: true });
    const actionI = findFirstPersonSingular(action.text).length;
    a = {
      result,
      action,
      resultHasMetric: hasMetric(result.text),
      actionI,
      actionWe: actionI > 0 ? countFirstPersonPlural(action.text) : 0,
    };
    cache.set(story, a);
  }
  return a;
}
