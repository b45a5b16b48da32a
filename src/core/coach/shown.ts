import { PrincipleEvidence } from './evidence';
import { SHOWN_WEIGHTS } from './shownWeights';

/**
 * Whether a story shows a principle it declares, from what the coach read in it: the lexicon's evidence for the
 * principle, the evidence learned from the labelled stories (learned.ts), and how often stories declaring that
 * principle do not show it. A logistic model over those three, trained by scripts/train-suggestions.mjs on the
 * labelled sets (each set's learned evidence from a table trained without it), with its threshold set so that about
 * 3% of the principles the training stories do show are reported: precision first.
 */
export interface ShownWeights {
  /** Per built-in principle, the model's constant for it: higher where writers often declare it without showing it. */
  prior: Record<string, number>;
  /** Weight of log(1 + the lexicon's evidence). */
  score: number;
  /** Weight of the learned evidence, in tens. */
  learned: number;
  /** A declared principle whose sum is above this is reported as not shown. */
  threshold: number;
}

/**
 * At this much evidence from the lexicon a declared principle counts as shown whatever else the story says (two
 * strong terms and a weak one): the coach stops reading for it there. The model reports almost nothing above 2.75.
 */
export const CLEAR = 3;
/**
 * A principle the model has no weights for (a custom catalog's own terms) is reported below this much evidence: no
 * term of it in the Action or Result beyond one common word, and at most one common word in the Situation or Task.
 */
export const SHOWN_AT = 0.5;

/** True when the story shows the principle; `score` and `learned` are its tally's (evidence.ts). */
export function isShown(p: PrincipleEvidence, score: number, learned: number, weights: ShownWeights = SHOWN_WEIGHTS): boolean {
  if (score >= CLEAR) return true;
  const prior = p.builtIn ? weights.prior[p.name] : undefined;
  if (prior === undefined) return score >= SHOWN_AT;
  return prior + weights.score * Math.log1p(score) + (weights.learned * learned) / 10 <= weights.threshold;
}
