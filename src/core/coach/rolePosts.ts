import { idList, WordSet } from './vocabulary';
import { FRAGMENT_NEXT, FUNCTIONS, NOT_A_MODIFIER, PLACEMENTS, POST_NOUNS, STOP } from './roleWords';
import { isRole } from './rolePhrase';
import { Words } from './words';

/**
 * Readers of a post named by what it is rather than by a title after "I was": a function run for a place, a post
 * called a role or a job, a noun that ends a phrase naming the post. role.ts calls them where its clause reader
 * finds a verb of holding or running.
 */

const [W_FOR, W_AT, W_ON, W_IN] = idList('for at on in');

/**
 * After the verb at `verb`: a function, at most one word qualifying it, then "for" or "at" ("technology for 23 gyms",
 * "inbound transport for a retailer").
 */
export function functionFor(t: Words, verb: number, wherever = false): boolean {
  const f = t.form;
  for (let k = verb + 1; k <= verb + 2 && k + 1 < t.count; k++) {
    if (t.gap[k] !== 0 || t.gap[k + 1] !== 0) return false;
    const place = f[k + 1] === W_FOR || f[k + 1] === W_AT || (wherever && (f[k + 1] === W_ON || f[k + 1] === W_IN));
    if (FUNCTIONS.has(f[k]) && place) return true;
    if (NOT_A_MODIFIER.has(f[k])) return false;
  }
  return false;
}

/**
 * "an implementation consultant role", "my first analyst job": from `from` (an article or possessive, unless
 * `afterMy`), within five words, a title or function naming a post ("role", "job"); after "my", a placement alone
 * ("my summer internship").
 */
export function titledPost(t: Words, from: number, afterMy: boolean): boolean {
  const f = t.form;
  if (!afterMy && !NOT_A_MODIFIER.has(f[from])) return false;
  for (let k = afterMy ? from : from + 1; k < t.count && k < from + 5; k++) {
    if (t.gap[k] > 0) return false;
    if (afterMy && PLACEMENTS.has(f[k])) return true;
    if ((isRole(f[k]) || FUNCTIONS.has(f[k])) && k + 1 < t.count && t.gap[k + 1] === 0 && POST_NOUNS.has(f[k + 1])) return true;
    if (STOP.has(f[k])) return false;
  }
  return false;
}

/**
 * "the billing service", "a tour guide in Edinburgh": within three words from `from`, a noun of `nouns` that ends its
 * phrase (the text's end, a pause, or "in", "at", "for" and the like).
 */
export function endsOnNoun(t: Words, from: number, nouns: WordSet): boolean {
  for (let k = from; k < t.count && k < from + 3; k++) {
    if (k > from && t.gap[k] > 0) return false;
    if (nouns.has(t.form[k])) return k + 1 >= t.count || t.gap[k + 1] > 0 || FRAGMENT_NEXT.has(t.form[k + 1]);
  }
  return false;
}
