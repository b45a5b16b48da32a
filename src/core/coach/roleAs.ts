import { idList, WordSet } from './vocabulary';
import { ADVERBS, HELD_TITLES, JOB_VERBS, OBJECTS, ROLE_NOUNS, THINGS_FOR } from './roleWords';
import { agentAfterArticle, bareTitle, othersActAfter, roleWithin, writtenInCapitals } from './rolePhrase';
import { endsOnNoun, postAfterIndefinite } from './rolePosts';
import { acronymTitle, mineAs, rankAmong } from './roleClauses';
import { asOneWho } from './rolePassing';
import { Words } from './words';

/**
 * The writer's role after "as" (role.ts calls it at each "as"): "as the night-shift lead", "I worked as a lettings
 * negotiator", "I joined an NGO as a community mobiliser"; not "as the manager asked" nor "as it turned out".
 */

const [W_A, W_AN, W_THE, W_ONE, W_OF, W_WERE, W_BEEN, W_HAD, W_HAVE, W_I, W_I_VE, W_I_D, W_IVE, W_AND, W_TO] = idList(
  "a an the one of were been had have i i've i'd ive and to",
);

/** Words of the writer: a sentence with none of them speaks of others only. */
const WRITER = new WordSet("i i'm i've i'd im ive me my myself mine");
/** Openings of a sentence whose subject is someone else: "Each trainee ...", "The three teachers ...". */
const OTHERS_OPEN = new WordSet('the each every all both their his her its these those another');

/** Verbs of wanting or deciding before "to <verb> as": the post is one the writer is after. */
const INTENT = new WordSet('decided decide want wanted wants hope hoped hoping plan planned planning aim aiming chose choose like love');

/** At `i`, an "as" that says what the writer's post was. */
export function asStatesRole(t: Words, i: number, text: string | undefined): boolean {
  const f = t.form;
  const n = t.count;
  // "before I decided to retrain as a maths teacher", "I want to work as a paramedic": a post wanted, not held.
  if (i >= 3 && f[i - 2] === W_TO && INTENT.has(f[i - 3]) && t.gap[i] === 0 && t.gap[i - 1] === 0 && t.gap[i - 2] === 0) return false;
  // "as the person who owned the deploy pipeline", "as someone who'd worked the tills": named by the job held.
  if (asOneWho(t, i)) return true;
  if (i > 0 && t.gap[i] === 0 && OBJECTS.has(f[i - 1])) return false;
  // "as it turned out"; not "as IT Support Assistant" (capitals).
  if (OBJECTS.has(f[i + 1]) && !(text !== undefined && writtenInCapitals(t, text, i + 1))) return false;
  // "As the junior of the two auctioneers, I sell ...".
  if (f[i + 1] === W_THE && rankAmong(t, i + 2, text)) return true;
  const k = roleWithin(t, i + 1, 6, text);
  if (k !== -1) {
    // "Each trainee was paired with a senior welder as mentor": a sentence about others, the writer nowhere in it.
    if (aboutOthers(t, i)) return false;
    // "as the manager asked"; not "the stores I look after as area manager were compliant" (a singular's "were").
    if (othersActAfter(t, k) && !(f[k + 1] === W_WERE && ROLE_NOUNS.has(f[k])) && !mineAs(t, i)) return false;
    // "serve lunch as a regular student meal": the title word names a kind of thing, not the writer.
    if (k + 1 < n && t.gap[k + 1] === 0 && t.joined[k + 1] === 0 && THINGS_FOR.has(f[k + 1])) return false;
    // "the same work as employees": a plural names a group the writer may not be in.
    if (!ROLE_NOUNS.has(f[k]) && !(f[i + 1] === W_ONE && f[i + 2] === W_OF)) return false;
    return true;
  }
  // "I worked as a lettings negotiator": after the writer's verb of holding a job, a doer's word is the post.
  const article = f[i + 1] === W_A || f[i + 1] === W_AN || f[i + 1] === W_THE;
  // "..., as timekeeper in the HR office": a bare title opening a clause, or after the writer's job verb.
  if (text !== undefined && !article && (i === 0 || t.gap[i] > 0 || writerHeldJob(t, i - 1)) && bareTitle(t, text, i + 1)) return true;
  // "I joined an NGO in Govandi as a community mobiliser": the job verb's object between.
  if (text !== undefined && article && t.gap[i] === 0 && heldJobAcross(t, i) && agentAfterArticle(t, text, i + 2)) return true;
  if (text !== undefined && article && t.gap[i] === 0 && writerHeldJob(t, i - 1)) {
    // "I worked as a BA on the claims system": a post's letters, after the job verb.
    if (agentAfterArticle(t, text, i + 2) || acronymTitle(t, text, i + 2) || endsOnNoun(t, i + 2, HELD_TITLES)) return true;
    // "I was taken on as a stopgap": after "a", whatever the job is called.
    if (f[i + 1] !== W_THE && postAfterIndefinite(t, text, i + 2)) return true;
  }
  return false;
}

/** The sentence around `at` opens on someone else ("the", "each", ...) and never names the writer. */
function aboutOthers(t: Words, at: number): boolean {
  let start = at;
  while (start > 0 && t.gap[start] !== 2 && at - start < 40) start--;
  if (!OTHERS_OPEN.has(t.form[start]) || start === at) return false;
  for (let k = start; k < t.count && (k === start || t.gap[k] !== 2) && k < at + 40; k++) if (WRITER.has(t.form[k])) return false;
  return true;
}

/** Before the job verb at `verb` ("worked", "started"), the writer: "I", "I'd", "I've been", "I had". */
export function writerHeldJob(t: Words, verb: number): boolean {
  const f = t.form;
  if (verb < 1 || !JOB_VERBS.has(f[verb])) return false;
  let k = verb - 1;
  while (k > 0 && k >= verb - 3 && t.gap[k + 1] === 0 && (f[k] === W_BEEN || f[k] === W_HAD || f[k] === W_HAVE || ADVERBS.has(f[k]))) k--;
  const w = f[k];
  if (t.gap[k + 1] !== 0) return false;
  if (w === W_I || w === W_I_VE || w === W_I_D || w === W_IVE) return true;
  // "I left sixth form at 17 and started as an apprentice": the sentence's "I" does both verbs.
  return w === W_AND && sentenceOpensOnI(t, k);
}

/** Before `at`, within ten words and no sentence end, the sentence opens on "I". */
function sentenceOpensOnI(t: Words, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 10; k--) {
    if (t.gap[k + 1] === 2) return false;
    if (k === 0 || t.gap[k] === 2) return t.form[k] === W_I;
  }
  return false;
}

/**
 * "I joined an NGO in Govandi as a community mobiliser": the "as" at `as` ends the object of the writer's job verb
 * ("joined", "started", "worked"), at most five words before it in the same clause.
 */
export function heldJobAcross(t: Words, as: number): boolean {
  for (let v = as - 2; v >= 1 && v >= as - 6; v--) {
    if (t.gap[v + 1] !== 0) return false;
    if (JOB_VERBS.has(t.form[v])) return writerHeldJob(t, v);
  }
  return false;
}
