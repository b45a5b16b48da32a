import { idList, WordSet } from './vocabulary';
import { Words } from './words';

/**
 * Two readers of what follows a hedge's verb (hedges.ts): whether "I tried to ..." goes on to say how it went, and
 * whether "I helped" gave someone a hand somewhere rather than shrinking the writer's part.
 */

const [W_TO, W_AND, W_INSTEAD, W_OF, W_SO, W_THAT] = idList('to and instead of so that');

/** After "I tried to ...", words that say how it went or what came next. */
const OUTCOME = new WordSet(
  "worked succeeded managed did didn't failed fail wasn't couldn't instead but which eventually resulted when until after then however yet although though because got finally wrong",
);
/**
 * Of OUTCOME, the words that join a clause: within what was tried, with no pause before them, they say when or why
 * it was to be done ("I tried to teach them to stop the check when it gets dangerous"), not how it went; after "and"
 * they open what came next ("..., and after a call they sent me the data").
 */
const JOINS_WHAT_WAS_TRIED = new WordSet('when until after because');
const DIRECTIONS = new WordSet('down into across onto upstairs downstairs outside inside');
const POSSESSIVES = new WordSet('her his their my');
/** After "so" and its subject: what the effort was for, not how it went. */
const PURPOSE = new WordSet('would could might can');
/** Within five words after the verb at `verb`, a way somebody was taken: "down", "into", "to her car". */
export function ledSomewhere(t: Words, verb: number): boolean {
  // "I helped to get it onto the agenda": helping to do something is the shrinker.
  if (t.form[verb + 1] === W_TO) return false;
  for (let k = verb + 1; k < t.count && k <= verb + 5 && t.gap[k] < 2; k++) {
    if (DIRECTIONS.has(t.form[k])) return true;
    if (t.form[k] === W_TO && POSSESSIVES.has(t.form[k + 1])) return true;
  }
  return false;
}

/** True when the words after "I tried" say whether it worked, or what the writer did next. */
export function saysHowItWent(t: Words, from: number, text: string): boolean {
  let sentences = 0;
  for (let k = from; k < t.count && k < from + 40; k++) {
    // "I tried to get the supplier to ...; they said not for a year. So I changed our side.": a semicolon goes on.
    if (t.gap[k] === 2 && !semicolonBefore(t, k, text) && ++sentences > 1) return false;
    // "I tried to get them to ... instead of calling the desk": what was tried, not what came of it.
    if (
      OUTCOME.has(t.form[k]) &&
      !(t.form[k] === W_INSTEAD && t.form[k + 1] === W_OF && t.gap[k + 1] === 0) &&
      !(t.gap[k] === 0 && sentences === 0 && t.form[k - 1] !== W_AND && JOINS_WHAT_WAS_TRIED.has(t.form[k]))
    )
      return true;
    // "..., so I put the signals to danger" says what came next; "... so my break lined up" says what it was for, and
    // so does "..., so they would stop writing to the ministry" (a purpose: "would", "could", "might" after the subject).
    // "..., so that card payments would go through" is a purpose too.
    if (t.form[k] === W_SO && t.gap[k] > 0 && t.form[k + 1] !== W_THAT && !PURPOSE.has(t.form[k + 2]) && !PURPOSE.has(t.form[k + 3]))
      return true;
  }
  return false;
}

/** Only a semicolon (and spaces) between the word at `k` and the one before it. */
function semicolonBefore(t: Words, k: number, text: string): boolean {
  return k > 0 && text.slice(t.end[k - 1], t.start[k]).trim() === ';';
}
