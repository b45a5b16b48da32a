import { idList, WordSet } from './vocabulary';
import { FRAGMENT_NEXT, FUNCTIONS, NOT_A_MODIFIER, PLACEMENTS, POST_NOUNS, STOP, TRIGGERS } from './roleWords';
import { isRole, mayBeBarePost } from './rolePhrase';
import { Words } from './words';

/**
 * Readers of a post named by what it is rather than by a title after "I was": a function run for a place, a post
 * called a role or a job, a noun that ends a phrase naming the post. role.ts calls them where its clause reader
 * finds a verb of holding or running.
 */

const [W_FOR, W_AT, W_ON, W_IN, W_AND, W_ARE, W_WERE] = idList('for at on in and are were');

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

/**
 * Words that, after "I am a" or "I was an", describe the writer without naming a post: how much ("a bit nervous",
 * "a big fan"), who they are to others ("a parent myself", "a regular there"), when ("an hour late"), what kind of
 * person ("a morning person", "a team player").
 */
const NOT_A_POST = new WordSet(
  'bit lot little tad touch part fan mess wreck bundle natural believer supporter parent mum mom mother dad father ' +
    'son daughter wife husband kid child teenager adult woman man girl boy person human people guest patient tourist ' +
    'local regular newcomer stranger friend neighbour neighbor member victim witness customer client passenger visitor ' +
    'step hour day week month year minute second moment while way long few couple good bad big huge real total ' +
    'complete nervous single fit match problem target risk kind sort type result first no hundred thousand dozen ' +
    'half third quarter fraction chance favour favor team group family owl face there here learner speaker quick fast slow',
);

/**
 * "I am a doula, self-employed", "I was an au pair for a family": after "I am a(n)", a noun phrase of at most four
 * words that ends at a pause, the sentence's end or where the job was, none of whose words describes a person
 * without a post. Written this way, a post is by far the commonest reading (the labelled stories that state no role
 * hold one such phrase in 368, the role lines' traps none), whatever the job is called. One capitalised word alone is
 * who the writer is, not a job ("a Brazilian", "a Catholic").
 */
export function postAfterIndefinite(t: Words, text: string, from: number): boolean {
  let end = from + 4;
  for (let k = from; k < t.count && k < end; k++) {
    if (k > from && t.gap[k] > 0) return false;
    if (k > from && t.joined[k] === 1) end++;
    const id = t.form[k];
    if (NOT_A_POST.has(id) || STOP.has(id) || NOT_A_MODIFIER.has(id) || TRIGGERS.has(id)) return false;
    const next = k + 1;
    if (next < t.count && t.joined[next] === 1) continue;
    if (next < t.count && t.gap[next] === 0 && !FRAGMENT_NEXT.has(t.form[next]) && !STOP.has(t.form[next])) continue;
    if (k === from) {
      const c = text.charCodeAt(t.start[k]);
      const d = text.charCodeAt(t.start[k] + 1);
      if (c >= 65 && c <= 90 && !(d >= 65 && d <= 90)) return false;
    }
    return true;
  }
  return false;
}

/**
 * "one of four dietitians at a government hospital": from `from` (after "one of"), within four words, a plural whose
 * singular ends like a doer and may stand as a post, ending its phrase. Not "one of the customers".
 */
export function doersAmong(t: Words, text: string, from: number): boolean {
  for (let k = from; k < t.count && k < from + 4; k++) {
    if (k > from && t.gap[k] > 0) return false;
    const word = text.slice(t.start[k], t.end[k]).toLowerCase();
    if (word.length > 3 && word.endsWith('s')) {
      if (!mayBeBarePost(word.slice(0, -1))) return false;
      const next = k + 1;
      return next >= t.count || t.gap[next] > 0 || FRAGMENT_NEXT.has(t.form[next]) || STOP.has(t.form[next]);
    }
    if (STOP.has(t.form[k])) return false;
  }
  return false;
}

/**
 * "My wife and I are 50:50 sharemilkers", "my brother and I were deckhands": at `i`, the "I" of "X and I" followed by
 * "are" or "were", then a plural doer's word ending the phrase.
 */
export function sharedPost(t: Words, i: number, text: string): boolean {
  const f = t.form;
  const be = f[i + 1];
  return i > 0 && f[i - 1] === W_AND && t.gap[i] === 0 && t.gap[i + 1] < 2 && (be === W_ARE || be === W_WERE) && doersAmong(t, text, i + 2);
}
