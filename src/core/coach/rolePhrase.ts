import { idList, WordSet } from './vocabulary';
import {
  AGENT_ENDING,
  FRAGMENT_NEXT,
  NOT_A_FRAGMENT,
  NOT_A_MODIFIER,
  NOT_AN_AGENT,
  OTHERS_VERBS,
  ROLE_NOUNS,
  ROLE_PLURALS,
  STOP,
  TITLE_BREAKERS,
  TRIGGERS,
} from './roleWords';
import { Words } from './words';

/**
 * The role finder's noun-phrase readers (role.ts reads the clauses around them): where a title stands within a few
 * words, a title that ends like a doer after an article, and a title written as a note's fragment.
 */

const [W_A, W_AN, W_AND, W_PM, W_AM, W_YEARS, W_THE, W_OF, W_FOR, W_MEMBER, W_FREELANCE] = idList(
  'a an and pm am years the of for member freelance',
);

/** "of" in the languages whose titles writers keep: "directeur des opérations", "diretor de engenharia". */
const FOREIGN_OF = new WordSet('de des du di do da del della dos das');
/** After a title written with no article, where the job was: "timekeeper in the HR office", "driver for a bakery". */
const PLACE_NEXT = new WordSet('at in for on with');

/**
 * Doer-shaped words that are not posts when written bare: who one is to others ("customer at the bank", "mother
 * of two"), and comparatives and other words that only end like a doer ("calmer at the weekend").
 */
const NOT_A_BARE_POST = new Set(
  (
    'member customer user passenger prisoner foreigner stranger beginner newcomer mother father brother sister ' +
    'daughter grandmother grandfather eager clever sober bitter proper super tender sinister sheer mere utter ' +
    'calmer richer poorer fitter lighter brighter darker warmer colder cooler thinner kinder wiser braver keener ' +
    'sharper softer firmer fresher cleaner greener looser tighter nearer fairer quicker prouder bolder ' +
    'either neither whether however whoever wherever whenever per poor floor door indoor outdoor nor ' +
    'september october november december winter summer ' +
    'exist insist resist assist'
  ).split(' '),
);

export function isRole(id: number): boolean {
  return ROLE_NOUNS.has(id) || ROLE_PLURALS.has(id);
}

/** "6 pm", "10am": a clock time, not a product manager. Needs the text (without it, "pm" is taken as written). */
export function isClockTime(t: Words, k: number, text: string | undefined): boolean {
  if (text === undefined || k === 0 || (t.form[k] !== W_PM && t.form[k] !== W_AM)) return false;
  const c = text.charCodeAt(t.end[k - 1] - 1);
  return c >= 48 && c <= 57;
}

/**
 * Index of a role noun within `span` words after `from` (no sentence end, no stop word before it), or -1. `title`:
 * the words open with an article after a form of "be", so an "and" between modifiers stays inside the title ("a
 * speech and language therapist", "the health and safety officer"), and what follows it must be a singular title.
 */
export function roleWithin(t: Words, from: number, span: number, text: string | undefined, title = false): number {
  let end = from + span;
  let and = false;
  for (let k = from; k < t.count && k < end; k++) {
    if (k > from && t.gap[k] === 2) return -1;
    // "on-call", "bank's": a compound is one word of the window.
    if (k > from && t.joined[k] === 1) end++;
    const id = t.form[k];
    if (isRole(id) && !isClockTime(t, k, text)) return (and && !ROLE_NOUNS.has(id)) || memberOfPublic(t, k) ? -1 : k;
    if (title && id === W_AND && !and && k > from + 1 && t.gap[k] === 0 && k + 1 < t.count && t.gap[k + 1] === 0) {
      // Not "a parent and the manager ...": after the "and", another modifier, not a new noun phrase.
      if (TITLE_BREAKERS.has(t.form[k + 1])) return -1;
      and = true;
      continue;
    }
    // "German-to-English translator": a stop word inside a compound does not end the phrase.
    if (STOP.has(id) && t.joined[k] === 0 && (k + 1 >= t.count || t.joined[k + 1] === 0)) return -1;
  }
  return -1;
}

/** "a member of the public", "a member of the gym": belonging to a crowd or a club, not a post. */
const CROWDS = new WordSet('public gym audience congregation crowd');
function memberOfPublic(t: Words, k: number): boolean {
  return t.form[k] === W_MEMBER && t.form[k + 1] === W_OF && t.form[k + 2] === W_THE && CROWDS.has(t.form[k + 3]);
}

/**
 * The title at `k` is the subject of someone else's act ("as the manager asked", "me, the lead, decided"): the
 * next word, with no pause, is one of the verbs others do to or for the writer.
 */
export function othersActAfter(t: Words, k: number): boolean {
  return k + 1 < t.count && t.gap[k + 1] === 0 && OTHERS_VERBS.has(t.form[k + 1]);
}

/** "a carpet and vinyl fitter": the "and" at `k` joins two modifiers, not a new noun phrase. */
function modifierAnd(t: Words, k: number): boolean {
  return k + 1 < t.count && t.gap[k] === 0 && t.gap[k + 1] === 0 && !TITLE_BREAKERS.has(t.form[k + 1]);
}

/**
 * "I was the junior cataloguer in ...", "i was the climber that day": after a form of "be" and an article, a noun
 * phrase of at most four words whose last word ends like a doer, followed by where or when (or nothing).
 */
export function agentAfterArticle(t: Words, text: string, from: number): boolean {
  let end = from + 4;
  let and = false;
  for (let k = from; k < t.count && k < end; k++) {
    if (k > from && t.gap[k] > 0) return false;
    if (k > from && t.joined[k] === 1) end++;
    if (t.form[k] === W_AND && !and && modifierAnd(t, k)) {
      and = true;
      end += 2;
      continue;
    }
    if (STOP.has(t.form[k])) return false;
    const next = k + 1;
    // "the promoter and MC of ...": a doer before the "and" is a title of its own.
    const joinsModifiers = t.form[next] === W_AND && !and && modifierAnd(t, next) && !endsLikeDoer(t, text, k);
    const stops = STOP.has(t.form[next]) && !joinsModifiers;
    const boundary = next >= t.count || t.gap[next] > 0 || stops || FRAGMENT_NEXT.has(t.form[next]);
    if (!boundary || (next < t.count && t.joined[next] === 1)) continue;
    return endsLikeDoer(t, text, k);
  }
  return false;
}

/** The word at `k` ends like a doer ("cataloguer", "arborist") and is not one of the look-alikes ("corner", "senior"). */
export function endsLikeDoer(t: Words, text: string, k: number): boolean {
  const word = text.slice(t.start[k], t.end[k]).toLowerCase();
  return AGENT_ENDING.test(word) && !NOT_AN_AGENT.has(word);
}

/** A lower-case word that ends like a doer and may stand bare as a post: "shearer", not "corner" or "customer". */
export function mayBeBarePost(word: string): boolean {
  return AGENT_ENDING.test(word) && !NOT_AN_AGENT.has(word) && !NOT_A_BARE_POST.has(word);
}

/** The word at `k` is written in capitals ("IT", "HR"): a name or a function, not the pronoun or word it spells. */
export function writtenInCapitals(t: Words, text: string, k: number): boolean {
  const word = text.slice(t.start[k], t.end[k]);
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The word at `k` ends in "-ing" ("reading", "covering"), whatever its case. */
export function endsInIng(t: Words, text: string, k: number): boolean {
  return text.slice(t.start[k], t.end[k]).toLowerCase().endsWith('ing');
}

/**
 * Notes written as fragments state a role without "I": "- contract QA tester on a console game", "Leading chef,
 * frigate". A sentence that opens (within four words, no article or possessive) on a role noun followed by
 * where the job was (at, on, in, for, of, with) or by a comma or the sentence's end.
 */
export function roleFragmentAt(t: Words, i: number, text: string | undefined): boolean {
  const f = t.form;
  for (let k = i; k < t.count && k < i + 5; k++) {
    if (k > i && t.gap[k] === 2) return false;
    const id = f[k];
    const role = ROLE_NOUNS.has(id) && !NOT_A_FRAGMENT.has(id) && !isClockTime(t, k, text);
    // "Freelance illustrator; a publisher wanted ...", "Self-employed dog walker, 14 dogs": a doer's word, as a title's
    // last word, followed by a pause (what may follow a role noun alone is too open for a look-alike: "Water for ...").
    if (role || (text !== undefined && k <= i + 2 && doerOpensNote(t, text, k))) {
      const next = k + 1;
      // "QA tester", "shift lead": the last noun of the title is the one to look past.
      if (next < t.count && t.gap[next] === 0 && ROLE_NOUNS.has(f[next])) continue;
      // "Deputy head greenkeeper at ...": a doer's word after a title noun is the title's last word.
      const last =
        text !== undefined && next < t.count && t.gap[next] === 0 && t.joined[next] === 0 && endsLikeDoer(t, text, next) ? next : k;
      const after = last + 1;
      return (
        after >= t.count || t.gap[after] > 0 || FRAGMENT_NEXT.has(f[after]) || (text !== undefined && participleClause(t, text, after))
      );
    }
    // "Nine years an ADI": the article after "years" opens the title.
    if ((id === W_A || id === W_AN) && k > i && f[k - 1] === W_YEARS) continue;
    // "Freelance bookbinder; ...": of the trigger words only "freelance" may open a title.
    if (NOT_A_MODIFIER.has(id) || STOP.has(id) || (TRIGGERS.has(id) && id !== W_FREELANCE)) return false;
  }
  return false;
}

/**
 * "I am prosthetist-orthotist at a rehabilitation centre", "as timekeeper in the HR office": a title written with no
 * article, as writers new to English (and British usage) often put it. At most three words from `from`, the last a
 * role noun or a doer's word. A role noun may be followed by where the job was or "of"; a doer's word, being open to
 * look-alikes, only by where the job was and then an article or a name ("driver at Tesco"). `anyEnd`: after "my job
 * was", any pause ends the title too ("my job is voicer: I give each pipe its speech").
 */
export function bareTitle(t: Words, text: string, from: number, anyEnd = false): boolean {
  const f = t.form;
  let end = from + 3;
  let and = false;
  for (let k = from; k < t.count && k < end; k++) {
    if (k > from && t.gap[k] > 0) return false;
    if (k > from && t.joined[k] === 1) end++;
    // "membership and ticketing administrator": an "and" between two modifiers stays inside the title.
    if (f[k] === W_AND && !and && k > from && modifierAnd(t, k)) {
      and = true;
      end += 2;
      continue;
    }
    if (STOP.has(f[k]) || NOT_A_MODIFIER.has(f[k]) || TRIGGERS.has(f[k])) return false;
    const next = k + 1;
    // "prosthetist-orthotist": a compound's last part is the head.
    if (next < t.count && t.joined[next] === 1) continue;
    const paused = next >= t.count || t.gap[next] > 0;
    const role = ROLE_NOUNS.has(f[k]) && !isClockTime(t, k, text);
    if (paused) return anyEnd && (role || bareDoer(t, text, k));
    if (role && (PLACE_NEXT.has(f[next]) || f[next] === W_OF)) return true;
    // "diretor de engenharia", "jefe de sala": a title in a Romance language, its "of" after the title's noun.
    if (FOREIGN_OF.has(f[next]) && (role || bareDoer(t, text, k))) return true;
    if (PLACE_NEXT.has(f[next])) return bareDoer(t, text, k) && namedPlaceAt(t, text, next + 1);
  }
  return false;
}

/** Doer's words that name a business more often than a person: "E-bike manufacturer, ca. 40 staff". */
const FIRMS = new WordSet(
  'manufacturer retailer supplier provider wholesaler distributor operator broker publisher broadcaster carrier ' +
    'insurer lender exporter importer producer processor packer brewer roaster printer caterer exhibitor vendor',
);
/** Verbs that, among a note's first words, make it a sentence rather than a title ("Hotfixes are far rarer, ..."). */
const VERBS_BEFORE = new WordSet('is are was were be been has have had');

/**
 * At `k`, a doer's word ending the first words of a note: "Freelance illustrator; a publisher wanted ...",
 * "Self-employed dog walker, 14 dogs", "Carer for a homecare agency". A pause after it (not a label's colon:
 * "Amber: staff only") or "for"; no verb before it; not a business.
 */
function doerOpensNote(t: Words, text: string, k: number): boolean {
  // The cheap tests first: every sentence's first words pass here.
  const next = k + 1;
  if (next < t.count && t.gap[next] === 0 ? t.form[next] !== W_FOR : text.charCodeAt(t.end[k]) === 58) return false;
  // Words of one phrase: "release: power, diameter, edge" is a list of things.
  for (let j = k - 1; j >= 0 && t.gap[j + 1] !== 2; j--) if (VERBS_BEFORE.has(t.form[j]) || t.gap[j + 1] !== 0) return false;
  return !FIRMS.has(t.form[k]) && bareDoer(t, text, k);
}

/** "Locum GP covering a rural practice", "Petty officer running the galley": a verb in -ing, then an article or "my". */
function participleClause(t: Words, text: string, k: number): boolean {
  if (k + 1 >= t.count || t.gap[k] !== 0 || t.gap[k + 1] !== 0) return false;
  return endsInIng(t, text, k) && NOT_A_MODIFIER.has(t.form[k + 1]);
}

/** A doer's word that may stand bare as a post: not a look-alike, and not a capitalised nationality ("Brazilian"). */
function bareDoer(t: Words, text: string, k: number): boolean {
  if (!mayBeBarePost(text.slice(t.start[k], t.end[k]).toLowerCase())) return false;
  const first = text.charCodeAt(t.start[k]);
  return !(first >= 65 && first <= 90 && text.slice(t.end[k] - 3, t.end[k]) === 'ian');
}

/** At `k`, with no pause, an article or a capitalised name: the place a bare title was held at. */
function namedPlaceAt(t: Words, text: string, k: number): boolean {
  if (k >= t.count || t.gap[k] > 0) return false;
  const id = t.form[k];
  if (id === W_A || id === W_AN || id === W_THE) return true;
  const c = text.charCodeAt(t.start[k]);
  return c >= 65 && c <= 90;
}
