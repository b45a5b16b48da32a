import { idList, WordSet } from './vocabulary';
import { FRAGMENT_NEXT, GROUP_NOUNS, NOT_A_MODIFIER, RANKS, STOP, TRIGGERS } from './roleWords';
import { Words } from './words';

/**
 * "I am the chairlady of the vendors' committee", "I am aksakal of the dried fruit row", "I'm the sagristan (sacristan)
 * of our parish": after "I am" or "I was", one word, perhaps glossed in brackets, then "of" and a body of people that
 * ends the phrase. Whatever the word (a title in another language, an old or local one), being the one word of such a
 * body is a post; not "the youngest of the crew", "the son of the owner", "the cause of the delay".
 */

const [W_THE, W_OF] = idList('the of');

/** Bodies of people one holds a post in, besides the groups a writer leads (GROUP_NOUNS). */
const BODIES = new WordSet(
  'union unions parish parishes congregation committee cooperative coop guild council row stable club clubs choir band ' +
    'church mosque temple village market bazaar federation brotherhood sisterhood confraternity chapter lodge crew',
);
/** Who one is to others, or what one is the object of: "the son of", "the cause of", "the kind of". */
const NOT_A_TITLE = new WordSet(
  'one ones kind sort type part cause victim subject target butt talk center centre heart focus proof reason result ' +
    'source end start beginning middle rest best worst son daughter mother father wife husband sister brother parent ' +
    'child children grandson granddaughter niece nephew cousin friend fan member members guest guests customer customers ' +
    'client clients patient patients student students pupil pupils envy pride first last same',
);
/** After the body's name, what may follow it: a pause, a place or time, or a clause's joining word. */
const AFTER_BODY = new WordSet('in at on for since from near who which that and where');

/** From `from` (just after "I am", "I was"), "[the] <title> [(gloss)] of ... <body>". */
export function titleOfBody(t: Words, text: string, from: number): boolean {
  const f = t.form;
  let k = f[from] === W_THE ? from + 1 : from;
  if (k >= t.count || (k > from && t.gap[k] > 0)) return false;
  const title = f[k];
  if (NOT_A_TITLE.has(title) || RANKS.has(title) || STOP.has(title) || NOT_A_MODIFIER.has(title) || TRIGGERS.has(title)) return false;
  if (/^\d/.test(text.slice(t.start[k], t.end[k]))) return false;
  k++;
  // "sagristan (sacristan) of": a gloss in brackets, at most three words.
  if (k < t.count && text.slice(t.end[k - 1], t.start[k]).indexOf('(') !== -1) {
    const open = k;
    while (k < t.count && k < open + 3 && text.slice(t.end[k], k + 1 < t.count ? t.start[k + 1] : text.length).indexOf(')') === -1) k++;
    k++;
  }
  if (k >= t.count || f[k] !== W_OF || t.gap[k] === 2) return false;
  for (let j = k + 1; j < t.count && j <= k + 6; j++) {
    if (t.gap[j] > 0) return false;
    if (BODIES.has(f[j]) || GROUP_NOUNS.has(f[j])) {
      const next = j + 1;
      if (next >= t.count || t.gap[next] > 0 || AFTER_BODY.has(f[next]) || FRAGMENT_NEXT.has(f[next])) return true;
    }
    if (STOP.has(f[j])) return false;
  }
  return false;
}
