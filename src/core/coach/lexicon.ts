import { customerObsession } from './lexicon/customerObsession';
import { ownership } from './lexicon/ownership';
import { inventAndSimplify } from './lexicon/inventAndSimplify';
import { areRightALot } from './lexicon/areRightALot';
import { learnAndBeCurious } from './lexicon/learnAndBeCurious';
import { hireAndDevelopTheBest } from './lexicon/hireAndDevelopTheBest';
import { insistOnTheHighestStandards } from './lexicon/insistOnTheHighestStandards';
import { thinkBig } from './lexicon/thinkBig';
import { biasForAction } from './lexicon/biasForAction';
import { frugality } from './lexicon/frugality';
import { earnTrust } from './lexicon/earnTrust';
import { diveDeep } from './lexicon/diveDeep';
import { haveBackboneDisagreeAndCommit } from './lexicon/haveBackboneDisagreeAndCommit';
import { deliverResults } from './lexicon/deliverResults';
import { striveToBeEarthsBestEmployer } from './lexicon/striveToBeEarthsBestEmployer';
import { successAndScaleBringBroadResponsibility } from './lexicon/successAndScaleBringBroadResponsibility';

/**
 * Evidence for the built-in catalog, in our own words: phrases a story uses when its author's actions show a
 * principle. `strong` phrases name the behaviour itself; `weak` ones only make it likely and count for half;
 * `hint` words are so common in any story that they only tip a close call.
 * Words are stemmed before matching (see words.ts), so one form of a word covers its inflections; `_` stands
 * for any one word.
 */
export interface Lexicon {
  strong: string[];
  /** Words that say the story is about the principle more than that the author showed it: strong for "shown", weak for ranking. */
  topic?: string[];
  weak: string[];
  /** Words most stories use whatever they show: a quarter of a strong phrase, for "shown" and for ranking alike. */
  hint?: string[];
  /** What interviewers listen for, said to the writer when a story does not show it. */
  listenFor: string;
}

/** One file per principle (./lexicon/), in the catalog's order. */
export const AMAZON_EVIDENCE: Readonly<Record<string, Lexicon>> = {
  'Customer Obsession': customerObsession,
  Ownership: ownership,
  'Invent and Simplify': inventAndSimplify,
  'Are Right, A Lot': areRightALot,
  'Learn and Be Curious': learnAndBeCurious,
  'Hire and Develop the Best': hireAndDevelopTheBest,
  'Insist on the Highest Standards': insistOnTheHighestStandards,
  'Think Big': thinkBig,
  'Bias for Action': biasForAction,
  Frugality: frugality,
  'Earn Trust': earnTrust,
  'Dive Deep': diveDeep,
  'Have Backbone; Disagree and Commit': haveBackboneDisagreeAndCommit,
  'Deliver Results': deliverResults,
  "Strive to be Earth's Best Employer": striveToBeEarthsBestEmployer,
  'Success and Scale Bring Broad Responsibility': successAndScaleBringBroadResponsibility,
};
