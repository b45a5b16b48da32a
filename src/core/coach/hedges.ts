import { PhraseMatcher, Word } from './words';

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
  return phrase.toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

const OPINION = new Set(['think', 'believe', 'guess', 'suppose', 'feel', 'reckon']);
/** Verbs that make the writer a helper in their own story. */
const SHRINKERS = new Set(['helped', 'help', 'assisted', 'assist', 'contributed', 'participated']);
/** Adverbs that may stand between "I" and the verb ("I also helped"). */
const BETWEEN = new Set(['also', 'just', 'mainly', 'mostly', 'only', 'then', 'really', 'simply', 'partly', 'primarily', 'basically', 'actively', 'personally', 'even', 'later', 'eventually', 'further']);
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', 'who', 'which', 'that']);
const SINGLE_SOFTENERS = new Set(['somewhat', 'hopefully', 'maybe', 'probably', 'perhaps']);
/** "this kind of error" is a noun phrase, not a softener. */
const DETERMINERS = new Set(['this', 'that', 'the', 'a', 'an', 'any', 'what', 'some', 'every', 'which', 'these', 'those', 'one', 'same', 'no', 'each', 'other', 'right', 'all', 'our', 'my', 'their', 'his', 'her', 'its', 'whatever', 'new', 'different', 'first', 'only', 'usual', 'exact']);
/** What "I supported" is a hedge about; supporting customers or production is a job, not a hedge. */
const SUPPORTED_WHAT = new Set(['team', 'teams', 'effort', 'efforts', 'work', 'project', 'lead', 'leads', 'manager', 'engineers', 'colleagues', 'initiative', 'rollout', 'launch', 'migration', 'process', 'director', 'group', 'senior', 'seniors', 'them', 'him', 'her']);
/** After "I tried to ...", words that say how it went or what came next. */
const OUTCOME = new Set(['worked', 'succeeded', 'managed', 'did', "didn't", 'failed', 'fail', "wasn't", "couldn't", "didn't", 'instead', 'but', 'which', 'eventually', 'resulted', 'so', 'when', 'until', 'after', 'then', 'however', 'yet', 'although', 'though', 'because', 'got', 'succeeded', 'finally']);

function at(words: readonly Word[], i: number): string | undefined {
  const x = words[i];
  return x && x.gap < 2 ? x.w : undefined;
}

export function findHedges(words: readonly Word[], user: HedgeWords): Hedge[] {
  const found: Hedge[] = [];
  const push = (first: number, last: number, key: string, kind: HedgeKind) => {
    if (user.allowed.has(key) || user.allowed.has(normalisePhrase(words.slice(first, last + 1).map((x) => x.w).join(' ')))) return;
    found.push({ start: words[first].start, end: words[last].end, key, kind });
  };
  // The subject of the clause so far: "I explained it and helped her" still has the writer helping.
  let subject = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i].w;
    if (words[i].gap === 2) subject = '';
    if (SUBJECTS.has(w)) subject = w;
    if (w === 'and' && subject === 'i' && at(words, i + 1) !== undefined && SHRINKERS.has(words[i + 1].w) && /ed$/.test(words[i + 1].w)) {
      push(i + 1, i + 1, `i ${words[i + 1].w}`, 'shrinker');
    } else if (w === 'i') {
      let j = i + 1;
      while (j < i + 3 && at(words, j) !== undefined && BETWEEN.has(words[j].w)) j++;
      const v = at(words, j);
      if (v === undefined) continue;
      if (OPINION.has(v)) {
        // "I feel proud", "I feel strongly" say something else than "I feel it worked".
        if (v === 'feel' && !/^(?:like|that|it|this|we|the|our|my)$/.test(at(words, j + 1) ?? '')) continue;
        push(i, j, `i ${v}`, 'opinion');
      } else if (SHRINKERS.has(v)) {
        push(i, j, `i ${v === 'help' ? 'helped' : v === 'assist' ? 'assisted' : v}`, 'shrinker');
      } else if (v === 'supported') {
        const n1 = at(words, j + 1);
        const n2 = at(words, j + 2);
        const n3 = at(words, j + 3);
        if (n1 && (SUPPORTED_WHAT.has(n1) || (DETERMINERS.has(n1) && ((n2 && SUPPORTED_WHAT.has(n2)) || (n3 && SUPPORTED_WHAT.has(n3)))))) push(i, j, 'i supported', 'shrinker');
      } else if ((v === 'was' || v === 'got' || v === 'became') && at(words, j + 1) === 'involved') {
        push(i, j + 1, 'i was involved in', 'shrinker');
      } else if (v === 'was' && at(words, j + 1) === 'part' && at(words, j + 2) === 'of') {
        push(i, j + 2, 'i was part of', 'shrinker');
      } else if ((v === 'took' || v === 'take') && at(words, j + 1) === 'part') {
        push(i, j + 1, 'i took part in', 'shrinker');
      } else if (v === 'played' && at(words, j + 1) === 'a' && /^(?:part|role|small|minor|supporting)$/.test(at(words, j + 2) ?? '')) {
        push(i, j + 2, 'i played a part', 'shrinker');
      } else if ((v === 'tried' || v === 'attempted') && /^(?:to|my|our|hard)$/.test(at(words, j + 1) ?? '')) {
        // "I tried two models" is trying options out; "I tried to" is effort that may not have worked.
        if (!saysHowItWent(words, j + 1)) push(i, j + 1, 'i tried to', 'tried');
      }
    } else if (w === "i'd" && at(words, i + 1) === 'say') {
      push(i, i + 1, "i'd say", 'opinion');
    } else if (SINGLE_SOFTENERS.has(w)) {
      const prev = i > 0 && words[i].gap === 0 ? words[i - 1].w : '';
      // "would probably have missed it" weighs a path not taken, not the outcome.
      if (w === 'probably' && (prev === 'would' || prev === 'otherwise' || at(words, i + 1) === 'would')) continue;
      push(i, i, w, 'softener');
    } else if ((w === 'kind' || w === 'sort') && at(words, i + 1) === 'of') {
      const prev = i > 0 && words[i].gap === 0 ? words[i - 1].w : '';
      if (DETERMINERS.has(prev) || /^(?:of|what|which)$/.test(prev)) continue;
      push(i, i + 1, `${w} of`, 'softener');
    } else if (w === 'a' && at(words, i + 1) === 'bit' && at(words, i + 2) !== 'of') {
      push(i, i + 1, 'a bit', 'softener');
    } else if (w === 'more' && at(words, i + 1) === 'or' && at(words, i + 2) === 'less') {
      push(i, i + 2, 'more or less', 'softener');
    } else if (w === 'in' && at(words, i + 1) === 'my' && at(words, i + 2) === 'opinion') {
      push(i, i + 2, 'in my opinion', 'opinion');
    }
  }
  // A phrase of the user's that starts where a built-in hedge does is the same hedge.
  const starts = new Set(found.map((h) => h.start));
  user.added.scan(words, (key, first, last) => {
    if (!starts.has(words[first].start)) push(first, last, key, 'custom');
  });
  return found.sort((a, b) => a.start - b.start);
}

/** True when the words after "I tried" say whether it worked, or what the writer did next. */
function saysHowItWent(words: readonly Word[], from: number): boolean {
  let sentences = 0;
  for (let k = from; k < words.length && k < from + 40; k++) {
    if (words[k].gap === 2 && ++sentences > 1) return false;
    if (OUTCOME.has(words[k].w)) return true;
  }
  return false;
}
