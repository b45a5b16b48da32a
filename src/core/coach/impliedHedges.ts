import type { HedgeKind } from './hedges';
import { PhraseMatcher } from './words';

/**
 * Hedges the definition implies by its examples but does not list, as whole phrases of exact words (no inflections:
 * "I hope" is a hedge on the outcome, "I hoped to" a plan). Each starts with the writer or qualifies the outcome.
 */
const IMPLIED: Record<'opinion' | 'shrinker' | 'softener', string[]> = {
  opinion: [
    "i'd like to think",
    "i'd like to believe",
    'i would like to think',
    'i would think',
    'i would imagine',
    'i would say',
    "i'm fairly sure",
    "i'm pretty sure",
    "i'm fairly confident",
    "i'm pretty confident",
    'as far as i know',
    'i want to say',
    'i hope',
    'i suspect',
    'i imagine',
    'i beleive',
  ],
  shrinker: [
    'i had a hand in',
    'i lent a hand',
    'i pitched in',
    'i chipped in',
    'i did my part',
    'i did my bit',
    'i gave some input',
    'i had some involvement',
    'i was heavily involved',
    'i was a part of',
    'partly thanks to me',
    'i took a stab at',
    'i did what i could',
    'i did a bit of',
    'i played a supporting role',
  ],
  softener: [
    'kinda',
    'sorta',
    'to some extent',
    'to some degree',
    'to a certain extent',
    'to an extent',
    'hopefuly',
    'at least partly',
    'arguably',
  ],
};

/** Built when the module loads: its words must be in the vocabulary before the first text is split into words. */
const IMPLIED_MATCHER = buildMatcher();

export function impliedHedges(): PhraseMatcher<{ key: string; kind: HedgeKind }> {
  return IMPLIED_MATCHER;
}

function buildMatcher(): PhraseMatcher<{ key: string; kind: HedgeKind }> {
  const matcher = new PhraseMatcher<{ key: string; kind: HedgeKind }>();
  for (const [kind, phrases] of Object.entries(IMPLIED) as [HedgeKind, string[]][])
    for (const phrase of phrases)
      matcher.add(
        phrase
          .split(' ')
          .map((w) => `=${w}`)
          .join(' '),
        { key: phrase, kind },
      );
  return matcher;
}
