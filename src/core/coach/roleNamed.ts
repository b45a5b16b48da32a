import { idList, WordSet } from './vocabulary';
import { endsInIng, endsLikeDoer, isRole, roleWithin } from './rolePhrase';
import { postAfterIndefinite } from './rolePosts';
import { JOB_KINDS, STOP } from './roleWords';
import { Words } from './words';

/**
 * Roles named the way people name them outside a title after "I was": as written or said somewhere else (the title on
 * a door or a badge, what an institution calls the post, a title in another language with its gloss), as notes ("M&E =
 * me"), as a trade ("for a living", "by trade", "self-employed bookkeeper") or as the work done all day ("my work is
 * reading water meters"); and "my position on it", a view rather than a post. role.ts calls each where its cue stands.
 */

const [W_TITLE, W_BADGE, W_ON, W_MY, W_THE, W_SAID, W_SAYS, W_WHAT, W_A, W_AN, W_CALL, W_CALLS, W_CALLED, W_IS, W_WAS] = idList(
  'title badge on my the said says what a an call calls called is was',
);
const [W_LIVING, W_TRADE, W_EMPLOYED, W_FOR, W_BY, W_SELF, W_I, W_ME, W_GAVE, W_GIVE, W_GIVES] = idList(
  'living trade employed for by self i me gave give gives',
);
const [W_POSITION, W_ABOUT, W_THAT, W_JOB, W_WORK, W_IN, W_CHARGE] = idList('position about that job work in charge');

/** Words at which role.ts asks `roleCued`: rarer than its triggers, so one set test per word. */
export const ROLE_CUES = new WordSet('title badge living trade employed');

/** At a word of ROLE_CUES: the title displayed or given, a trade "for a living" or "by trade", "self-employed X". */
export function roleCued(t: Words, k: number, text: string | undefined): boolean {
  const f = t.form[k];
  if (f === W_TITLE || f === W_BADGE) return titleDisplayed(t, k);
  if (text === undefined) return false;
  if (f === W_LIVING) return forALiving(t, k);
  if (f === W_TRADE) return k >= 2 && t.form[k - 1] === W_BY && t.gap[k] === 0 && t.gap[k - 1] === 0 && titleEndsAt(t, text, k - 2);
  // "i do the books ..., self employed bookkeeper": "self-employed" before a title.
  return f === W_EMPLOYED && k >= 1 && t.form[k - 1] === W_SELF && t.gap[k] === 0 && titleWithin(t, text, k + 1, 3);
}

/** "I shear sheep for a living": at "living", after "for a", in a clause whose subject is the writer. */
function forALiving(t: Words, k: number): boolean {
  if (k < 3 || t.form[k - 1] !== W_A || t.form[k - 2] !== W_FOR || t.gap[k] !== 0 || t.gap[k - 1] !== 0) return false;
  for (let j = k - 3; j >= 0 && j >= k - 10; j--) {
    if (t.form[j] === W_I) return true;
    if (t.gap[j] === 2) return false;
  }
  return false;
}

/** At `k`, a role noun or a doer's word: "Translator by trade", "a plumber by trade". */
function titleEndsAt(t: Words, text: string, k: number): boolean {
  return isRole(t.form[k]) || endsLikeDoer(t, text, k);
}

/** Within `span` words from `from`, with no pause, a role noun or a doer's word. */
function titleWithin(t: Words, text: string, from: number, span: number): boolean {
  for (let k = from; k < t.count && k < from + span; k++) {
    if (t.gap[k] > 0 && k > from) return false;
    if (STOP.has(t.form[k])) return false;
    if (titleEndsAt(t, text, k)) return true;
  }
  return false;
}

/** Where a title is written for others to read: "the title on my door", "on my badge". */
const SIGNS = new WordSet('door badge lanyard card signature');
/** "my official job title": words that may stand between "my" and "title". */
const TITLE_KINDS = new WordSet('official job actual formal real proper current new contract contractual');

/**
 * At `k`, "title" or "badge": "my official job title was ...", "the title on the door is Development Officer",
 * "'Principal Engineer' on my badge", "as the badge said". Not "I had no title" (nothing possessed or displayed).
 */
export function titleDisplayed(t: Words, k: number): boolean {
  const f = t.form;
  if (f[k] === W_TITLE) {
    let back = k - 1;
    while (back >= 0 && back >= k - 2 && t.gap[back + 1] === 0 && TITLE_KINDS.has(f[back])) back--;
    if (back >= 0 && back < k - 1 && t.gap[back + 1] === 0 && f[back] === W_MY) return true;
    // "The title they gave me was 'Community Champion'".
    for (let j = k + 2; j < t.count && j <= k + 4 && t.gap[j] === 0; j++)
      if (f[j] === W_ME && (f[j - 1] === W_GAVE || f[j - 1] === W_GIVE || f[j - 1] === W_GIVES)) return true;
    // "the title on the door", "the title 'Principal Engineer' on my badge".
    for (let j = k + 1; j < t.count && j <= k + 4 && t.gap[j] < 2; j++)
      if (f[j] === W_ON && (f[j + 1] === W_MY || f[j + 1] === W_THE) && SIGNS.has(f[j + 2])) return true;
    return false;
  }
  if (f[k] !== W_BADGE) return false;
  // "as the badge said", "my badge says"; "customs entry clerk is what it says on my badge".
  const said = k + 1 < t.count && t.gap[k + 1] === 0 && (f[k + 1] === W_SAID || f[k + 1] === W_SAYS);
  const onMine = k >= 2 && f[k - 1] === W_MY && f[k - 2] === W_ON && t.gap[k] === 0 && t.gap[k - 1] === 0;
  if (said) return k >= 1 && (f[k - 1] === W_THE || f[k - 1] === W_MY);
  if (!onMine) return false;
  for (let j = k - 3; j >= 0 && j >= k - 6; j--) {
    if (t.gap[j + 1] === 2) return false;
    if (f[j] === W_SAID || f[j] === W_SAYS || f[j] === W_TITLE) return true;
  }
  return false;
}

/**
 * From `from`, just after "I'm": "what the Church of England calls a verger", "what they call a floater". The post
 * is read as after "I am a", so "what you'd call a nervous wreck" is not one.
 */
export function whatTheyCall(t: Words, from: number, text: string): boolean {
  const f = t.form;
  if (f[from] !== W_WHAT) return false;
  for (let k = from + 1; k < t.count && k <= from + 8 && t.gap[k] === 0; k++) {
    if (f[k] !== W_CALL && f[k] !== W_CALLS && f[k] !== W_CALLED) continue;
    const article = f[k + 1];
    return (article === W_A || article === W_AN) && t.gap[k + 1] === 0 && postAfterIndefinite(t, text, k + 2);
  }
  return false;
}

/**
 * At "me": "M&E = me.", "Charge nurse = me that weekend", "Incident commander that night: me.": a notes line saying
 * which post is the writer's. After an equals sign, ending the clause or after a title; after a colon, both.
 */
export function postEqualsMe(t: Words, me: number, clause: number, text: string): boolean {
  if (me < 1) return false;
  const sign = text.slice(t.end[me - 1], t.start[me]).trim();
  if (sign !== '=' && sign !== ':') return false;
  const ends = me + 1 >= t.count || t.gap[me + 1] > 0;
  const titled = roleWithin(t, clause, 4, text, true) !== -1;
  return sign === '=' ? ends || titled : ends && titled;
}

/** Verbs of "-ing" form that say what became of the job, not what the job is ("my job was going", "was being cut"). */
const NOT_THE_WORK = new WordSet('going being becoming getting starting changing disappearing growing slipping suffering');

/**
 * From `k`, just after "my job" or "my work": "is reading water meters for the water company", "was checking
 * inpatient prescriptions". A verb in -ing right after "is" or "was", then what it is done to (no pause, no joining
 * word): the job told as the work done. Not "my work was suffering because ...".
 */
export function workDoneAllDay(t: Words, k: number, text: string): boolean {
  const f = t.form;
  if ((f[k] !== W_IS && f[k] !== W_WAS) || t.gap[k] !== 0) return false;
  const verb = k + 1;
  if (verb + 1 >= t.count || t.gap[verb] !== 0 || t.gap[verb + 1] !== 0) return false;
  if (!endsInIng(t, text, verb) || NOT_THE_WORK.has(f[verb])) return false;
  return !STOP.has(f[verb + 1]);
}

/** "My position on it was that we should wait", "my position was that ...": a view held, not a post. */
export function stanceTaken(t: Words, k: number): boolean {
  const f = t.form;
  if (f[k] !== W_POSITION) return false;
  return f[k + 1] === W_ON || f[k + 1] === W_ABOUT || ((f[k + 1] === W_WAS || f[k + 1] === W_IS) && f[k + 2] === W_THAT);
}

/** At `k`, "job" or "work" after "my", then the work done all day. */
export function workTold(t: Words, k: number, text: string): boolean {
  return (t.form[k] === W_JOB || t.form[k] === W_WORK) && t.gap[k] === 0 && workDoneAllDay(t, k + 1, text);
}

/** From `from`, past at most two words saying which job ("my first summer job"): where "job" should stand. */
export function jobAfterKinds(t: Words, from: number): number {
  let k = from;
  while (k < from + 2 && JOB_KINDS.has(t.form[k]) && k + 1 < t.count && t.gap[k + 1] === 0) k++;
  return k;
}

/**
 * From `from`, just after "I was": a title in another language glossed beside it, after at most four words: in
 * brackets, "consulente SAP FICO (finance and controlling consultant)", "el encargado (the one in charge) of the
 * weekend shift"; after a comma, "brugwachter, bridge keeper, for the province", "the society's ketua logistik, the
 * logistics head." The gloss holds at most five words and ends on a title, a doer's word or "in charge" (not "away (my
 * manager covered)"); after a comma it must end where the clause pauses ("tired, the night nurse had left" is not one).
 */
export function glossedTitle(t: Words, text: string, from: number): boolean {
  for (let k = from + 1; k < t.count && k <= from + 4; k++) {
    if (t.gap[k] === 2) return false;
    const between = text.slice(t.end[k - 1], t.start[k]);
    const bracket = between.indexOf('(') !== -1;
    if (!bracket && between.indexOf(',') === -1) continue;
    for (let j = k; j < t.count && j < k + 5; j++) {
      const after = j + 1 >= t.count ? '' : text.slice(t.end[j], t.start[j + 1]);
      const closes = bracket ? j + 1 >= t.count || after.indexOf(')') !== -1 : j + 1 >= t.count || t.gap[j + 1] > 0;
      if (!closes) continue;
      return isRole(t.form[j]) || endsLikeDoer(t, text, j) || (t.form[j] === W_CHARGE && t.form[j - 1] === W_IN);
    }
    return false;
  }
  return false;
}
