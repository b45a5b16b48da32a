import { idList, WordSet } from './vocabulary';
import { impliedHedges } from './impliedHedges';
import { ledSomewhere, saysHowItWent } from './hedgeTried';
import { PhraseMatcher, Words } from './words';

/**
 * Finds hedges in the Action and the Result: words that make the writer's own part or the outcome sound
 * smaller or uncertain. The callers pass prose with quotations already blanked (someone else's words).
 */
export type HedgeKind = 'opinion' | 'shrinker' | 'softener' | 'tried' | 'custom';

export interface Hedge {
  /** Offsets in the prose that was scanned. */
  start: number;
  end: number;
  /** Normalised phrase, as users name it in their allow list ("i helped", "kind of"). */
  key: string;
  kind: HedgeKind;
}

/** The user's word lists, compiled once per config. */
export interface HedgeWords {
  added: PhraseMatcher<string>;
  allowed: Set<string>;
}

export function compileHedgeWords(add: readonly string[], allow: readonly string[]): HedgeWords {
  const added = new PhraseMatcher<string>();
  for (const phrase of add) if (phrase.trim()) added.add(phrase, normalisePhrase(phrase));
  return { added, allowed: new Set(allow.map(normalisePhrase).filter(Boolean)) };
}

export function normalisePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const OPINION = new WordSet('think believe guess suppose feel reckon');
/** Verbs that make the writer a helper in their own story. */
const SHRINKERS = new WordSet('helped help assisted assist contributed participated');
const SHRINKERS_PAST = new WordSet('helped assisted contributed participated');
/** Adverbs that may stand between "I" and the verb ("I also helped"). */
const BETWEEN = new WordSet(
  'also just mainly mostly only then really simply partly primarily basically actively personally even later eventually further',
);
const SINGLE_SOFTENERS = new WordSet('somewhat hopefully maybe probably perhaps');
/**
 * After these in a sentence, the writer reports what was said to someone in the story ("I told her the bill was
 * probably wrong"): a "probably" there is what they told that person, not a doubt about their own part.
 */
const SPEECH = new WordSet('told tell telling said say saying explained warned admitted promised wrote asked replied');
const REPORTED_SOFTENERS = new WordSet('maybe probably perhaps');
/** "this kind of error" is a noun phrase, not a softener. */
const DETERMINERS = new WordSet(
  'this that the a an any what some every which these those one same no each other right all our my their his her its whatever new different first only usual exact of',
);
/** What "I supported" is a hedge about; supporting customers or production is a job, not a hedge. */
const SUPPORTED_WHAT = new WordSet(
  'team teams effort efforts work project lead leads manager managers engineers colleagues initiative rollout launch migration process director directors group senior seniors them him her coach boss supervisor owner chef teacher',
);
/** Who a clause is about: "I explained it and helped her" still has the writer helping. */
const SUBJECTS = new WordSet('i we he she they it you who which that');
const FEEL_WHAT = new WordSet('like that it this we the our my');
/** Before a time: "late March", "early spring". */
const PART_OF_TIME = new WordSet('early late mid end start middle');
/** Times a writer may be unsure of: "I think it was a Sunday". */
const WHEN = new WordSet(
  'monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon evening night day january february march april may june july august september october november december spring summer autumn winter christmas easter',
);
/** Words a hedge can start at, or that change the clause's subject: every other word is passed over at once. */
const TRIGGERS = new WordSet(
  "i i'd and kind sort a more in somewhat hopefully maybe probably perhaps we he she they it you who which that",
);
// Plain numbers, compared on every word.
const [
  W_I,
  W_I_D,
  W_SAY,
  W_WAS,
  W_GOT,
  W_BECAME,
  W_INVOLVED,
  W_PART,
  W_OF,
  W_TOOK,
  W_TAKE,
  W_PLAYED,
  W_A,
  W_SMALL,
  W_MINOR,
  W_SUPPORTING,
  W_ROLE,
  W_KIND,
  W_SORT,
  W_BIT,
  W_MORE,
  W_OR,
  W_LESS,
  W_IN,
  W_MY,
  W_OPINION,
  W_WOULD,
  W_OTHERWISE,
  W_SUPPORTED,
  W_TRIED,
  W_ATTEMPTED,
  W_TO,
  W_OUR,
  W_HARD,
  W_AND,
  W_PROBABLY,
  W_FEEL,
  W_HAVE,
  W_BUT,
  W_IT,
  W_THE,
  W_BELIEVE,
  W_CONTRIBUTED,
] = idList(
  "i i'd say was got became involved part of took take played a small minor supporting role kind sort bit more or less in my opinion would otherwise supported tried attempted to our hard and probably feel have but it the believe contributed",
);
/** "I believe strongly in ...": how a value is held. */
const BELIEF_ADVERBS = new WordSet('strongly firmly really deeply truly very');
/** After "a bit": a quantity told roughly ("a bit over €60 million"), not a softened outcome. */
const APPROXIMATELY = new WordSet('over under above below');
/** "could have", "would have": what follows in the clause is a path not taken. */
const MODALS = new WordSet('could would might should');

const words = (t: Words, text: string, first: number, last: number) => normalisePhrase(text.slice(t.start[first], t.end[last]));

export function findHedges(t: Words, text: string, user: HedgeWords): Hedge[] {
  const found: Hedge[] = [];
  const n = t.count;
  const f = t.form;
  const push = (first: number, last: number, key: string, kind: HedgeKind) => {
    if (user.allowed.size > 0 && (user.allowed.has(key) || user.allowed.has(words(t, text, first, last)))) return;
    found.push({ start: t.start[first], end: t.end[last], key, kind });
  };
  /** The word at i when it is in the same clause as the one before it; -1 otherwise. */
  const at = (i: number) => (i < n && t.gap[i] < 2 ? f[i] : -1);
  /** "it was (the|a) Sunday", "it was March", "it was 2019": from `k`, when something happened. */
  const whenRecalled = (k: number): boolean => {
    // "I think it was", "what I think was", "That was, I believe, the Thursday", "In, I think, late March 2020".
    // With no "was", only set off by commas: "I think the Monday calls dropped" is about the calls.
    let next = at(k) === W_IT && at(k + 1) === W_WAS ? k + 2 : at(k) === W_WAS ? k + 1 : t.gap[k] === 1 ? k : -1;
    if (next === -1) return false;
    if (at(next) === W_THE || at(next) === W_A) next++;
    if (PART_OF_TIME.has(at(next))) next++;
    return at(next) !== -1 && (WHEN.has(f[next]) || /^(?:\d{4}|\d{1,2}(?:st|nd|rd|th))$/.test(text.slice(t.start[next], t.end[next])));
  };
  /** Where "involved" is, from `k` past at most one adverb ("was also involved"); -1 when it is not there. */
  const involvedAt = (k: number) => (at(k) === W_INVOLVED ? k : BETWEEN.has(at(k)) && at(k + 1) === W_INVOLVED ? k + 1 : -1);
  /** Where "part" of "part of" is, from `k` past at most one adverb ("was also part of"); -1 when it is not there. */
  const partOfAt = (k: number) => {
    const part = at(k) === W_PART ? k : BETWEEN.has(at(k)) && at(k + 1) === W_PART ? k + 1 : -1;
    return part !== -1 && at(part + 1) === W_OF ? part : -1;
  };
  let subject = 0;
  let reported = false;
  let notTaken = false;
  for (let i = 0; i < n; i++) {
    const w = f[i];
    if (t.gap[i] === 2) {
      subject = 0;
      // "I told him the truth: the letters were probably bad news": after a colon, what was told goes on.
      if (!reported || !colonBetween(text, t.end[i - 1], t.start[i])) reported = false;
    }
    if (t.gap[i] > 0 || w === W_BUT) notTaken = false;
    if (SPEECH.has(w)) reported = true;
    // "I could have smoothed it over with what the answers probably were. I didn't.": a path not taken.
    if (MODALS.has(w) && at(i + 1) === W_HAVE) notTaken = true;
    if (!TRIGGERS.has(w)) continue;
    if (SUBJECTS.has(w)) subject = w;
    if (w === W_AND && subject === W_I && SHRINKERS_PAST.has(at(i + 1))) {
      push(i + 1, i + 1, `i ${text.slice(t.start[i + 1], t.end[i + 1]).toLowerCase()}`, 'shrinker');
    } else if (w === W_I) {
      let j = i + 1;
      while (j < i + 3 && BETWEEN.has(at(j))) j++;
      const v = at(j);
      if (v <= 0) continue;
      if (OPINION.has(v)) {
        // "I feel proud" says something else than "I feel it worked".
        // "I think it was the week before Christmas": unsure of when, not of the part played or the outcome.
        if (v !== W_FEEL && whenRecalled(j + 1)) continue;
        // "I believe strongly in developing people": a value held, not doubt about what happened.
        if (v === W_BELIEVE && (at(j + 1) === W_IN || (BELIEF_ADVERBS.has(at(j + 1)) && at(j + 2) === W_IN))) continue;
        if (v !== W_FEEL || FEEL_WHAT.has(at(j + 1))) push(i, j, `i ${text.slice(t.start[j], t.end[j]).toLowerCase()}`, 'opinion');
      } else if (SHRINKERS.has(v)) {
        // "I helped a colleague on crutches down four flights": a hand given to a person, not a part shrunk.
        if (ledSomewhere(t, j)) continue;
        // "I contributed the design of a wear gauge that ...": the thing the writer made, named, not a share of others' work.
        if (v === W_CONTRIBUTED && (at(j + 1) === W_THE || at(j + 1) === W_MY)) continue;
        const verb = text.slice(t.start[j], t.end[j]).toLowerCase();
        push(i, j, `i ${verb === 'help' ? 'helped' : verb === 'assist' ? 'assisted' : verb}`, 'shrinker');
      } else if (v === W_SUPPORTED) {
        const n1 = at(j + 1);
        if (SUPPORTED_WHAT.has(n1) || (DETERMINERS.has(n1) && (SUPPORTED_WHAT.has(at(j + 2)) || SUPPORTED_WHAT.has(at(j + 3)))))
          push(i, j, 'i supported', 'shrinker');
      } else if ((v === W_WAS || v === W_GOT || v === W_BECAME) && involvedAt(j + 1) !== -1) {
        // "I was also involved in ...".
        push(i, involvedAt(j + 1), 'i was involved in', 'shrinker');
      } else if (v === W_WAS && partOfAt(j + 1) !== -1) {
        // "I was (also) part of ...".
        push(i, partOfAt(j + 1) + 1, 'i was part of', 'shrinker');
      } else if ((v === W_TOOK || v === W_TAKE) && at(j + 1) === W_PART && at(j + 2) !== W_OF) {
        // Not "I took part of the night shift's workload myself".
        push(i, j + 1, 'i took part in', 'shrinker');
      } else if (
        v === W_PLAYED &&
        at(j + 1) === W_A &&
        (at(j + 2) === W_PART || at(j + 2) === W_ROLE || at(j + 2) === W_SMALL || at(j + 2) === W_MINOR || at(j + 2) === W_SUPPORTING)
      ) {
        push(i, j + 2, 'i played a part', 'shrinker');
      } else if (
        (v === W_TRIED || v === W_ATTEMPTED) &&
        (at(j + 1) === W_TO || at(j + 1) === W_MY || at(j + 1) === W_OUR || at(j + 1) === W_HARD)
      ) {
        // "I tried two models" is trying options out; "I tried to" is effort that may not have worked.
        if (!saysHowItWent(t, j + 1, text)) push(i, j + 1, 'i tried to', 'tried');
      }
    } else if (w === W_I_D && at(i + 1) === W_SAY) {
      push(i, i + 1, "i'd say", 'opinion');
    } else if (SINGLE_SOFTENERS.has(w)) {
      if ((reported || notTaken) && REPORTED_SOFTENERS.has(w)) continue;
      const prev = i > 0 && t.gap[i] === 0 ? f[i - 1] : -1;
      // "would probably have missed it" weighs a path not taken, not the outcome.
      if (w === W_PROBABLY && (prev === W_WOULD || prev === W_OTHERWISE || at(i + 1) === W_WOULD)) continue;
      push(i, i, text.slice(t.start[i], t.end[i]).toLowerCase(), 'softener');
    } else if ((w === W_KIND || w === W_SORT) && at(i + 1) === W_OF) {
      const prev = i > 0 && t.gap[i] === 0 ? f[i - 1] : -1;
      if (!DETERMINERS.has(prev)) push(i, i + 1, w === W_KIND ? 'kind of' : 'sort of', 'softener');
    } else if (w === W_A && at(i + 1) === W_BIT && at(i + 2) !== W_OF && !APPROXIMATELY.has(at(i + 2))) {
      // Softens what it qualifies; "a bit over €60 million" (APPROXIMATELY, left out above) tells a quantity roughly.
      push(i, i + 1, 'a bit', 'softener');
    } else if (w === W_MORE && at(i + 1) === W_OR && at(i + 2) === W_LESS) {
      push(i, i + 2, 'more or less', 'softener');
    } else if (w === W_IN && at(i + 1) === W_MY && at(i + 2) === W_OPINION) {
      push(i, i + 2, 'in my opinion', 'opinion');
    }
  }
  // The forms the definition implies without listing them ("I'd like to think", "I had a hand in", "to some extent").
  const starts = new Set(found.map((h) => h.start));
  const listed = found.length;
  impliedHedges().scan(t, (phrase, first, last) => {
    if (!starts.has(t.start[first])) push(first, last, phrase.key, phrase.kind);
  });
  // A phrase of the user's that starts where a built-in hedge does is the same hedge. Most configs add none: no scan then.
  if (!user.added.empty) {
    for (let h = listed; h < found.length; h++) starts.add(found[h].start);
    user.added.scan(t, (key, first, last) => {
      if (!starts.has(t.start[first])) push(first, last, key, 'custom');
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when only a colon (and spaces) separates the offsets `from` and `to` of `text`. */
function colonBetween(text: string, from: number, to: number): boolean {
  let colon = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 && !colon) colon = true;
    else if (c !== 32) return false;
  }
  return colon;
}
