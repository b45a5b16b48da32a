import { idList, WordSet } from './vocabulary';
import {
  FRAGMENT_NEXT,
  GROUP_NOUNS,
  LEADING,
  LEAD_VERBS,
  NOT_A_TRADE,
  OBJECTS,
  ORDINALS,
  PASSIVE_BE,
  PEOPLE,
  RANKS,
  REPORT_VERBS,
  ROLE_LABELS,
  ROLE_PLURALS,
  STOP,
  TERMS_OF_SERVICE,
  MADE,
  NOT_A_MODIFIER,
  ROLE_NOUNS,
  TITLE_BREAKERS,
  FUNCTIONS,
  SESSIONS,
  TOPIC_NEXT,
  POSTS_ON,
  POSTS_WORKED,
  SENIORITY,
  NUMBER_WORDS,
} from './roleWords';
import { bareTitle, endsInIng, endsLikeDoer, isRole, roleWithin } from './rolePhrase';
import { Words } from './words';

/**
 * The smaller clause readers of the role finder (role.ts walks the words and calls them where a clause may state the
 * writer's role): notes labels, tenure, the job held, people reporting, ranks, trades done for years.
 */

const [
  W_AND,
  W_AS,
  W_DIRECTLY,
  W_FOR,
  W_IS,
  W_IT,
  W_ITS,
  W_IT_S,
  W_ME,
  W_MONTHS,
  W_OF,
  W_THAT,
  W_THATS,
  W_THAT_S,
  W_TO,
  W_WAS,
  W_YEAR,
  W_YEARS,
  W_JOB,
  W_TITLE,
  W_ON,
  W_IN,
  W_THE,
  W_MY,
  W_OUR,
  W_OWN,
  W_UNDER,
] = idList("and as directly for is it its it's me months of that thats that's to was year years job title on in the my our own under");

/** "Role: assistant harbourmaster", "- me: senior aquarist on the reef section": a notes label opening a clause, then a colon. */
export function labelStatesRole(t: Words, label: number, text: string): boolean {
  if (label > 0 && t.gap[label] !== 2) return false;
  // "Role: ...", "Me - night manager", "Me = only auto sparky": a colon, or a dash or equals sign between spaces.
  const after = text.charCodeAt(t.end[label]);
  const dash = after === 32 && /^ [-–—=] /.test(text.slice(t.end[label], t.end[label] + 3));
  if (after !== 58 && !dash) return false;
  // "me = the only IT person for all 9": an equals sign after "me" says what the writer is, whatever follows.
  if (t.form[label] === W_ME && text.charCodeAt(t.end[label] + 1) === 61) return label + 1 < t.count && t.gap[label + 1] < 2;
  return (ROLE_LABELS.has(t.form[label]) || t.form[label] === W_ME) && titleAhead(t, label + 1, text);
}

/** Within four words from `from`, a title: a role noun, or a doer's word that ends its phrase ("senior aquarist on"). */
export function titleAhead(t: Words, from: number, text: string): boolean {
  for (let k = from; k < t.count && k < from + 4; k++) {
    if (k > from && t.gap[k] === 2) return false;
    if (isRole(t.form[k])) return true;
    if (STOP.has(t.form[k])) return false;
    const next = k + 1;
    const boundary = next >= t.count || t.gap[next] > 0 || STOP.has(t.form[next]) || FRAGMENT_NEXT.has(t.form[next]);
    if (boundary && t.joined[next] !== 1 && endsLikeDoer(t, text, k)) return true;
  }
  return false;
}

/** "my third year as the lollipop lady", "my eleventh season running the stall": from `from`, an ordinal, a term, then the post. */
export function tenure(t: Words, from: number, text: string | undefined): boolean {
  const f = t.form;
  const ordinal = ORDINALS.has(f[from]) || (text !== undefined && /^\d+(?:st|nd|rd|th)$/i.test(text.slice(t.start[from], t.end[from])));
  if (!ordinal || t.gap[from] !== 0 || !TERMS_OF_SERVICE.has(f[from + 1]) || t.gap[from + 1] !== 0) return false;
  const k = from + 2;
  if (k + 1 >= t.count || t.gap[k] !== 0 || t.gap[k + 1] !== 0) return false;
  if (f[k] === W_AS) return !OBJECTS.has(f[k + 1]);
  // "my second season on patrol", "my third week on the wards".
  if (f[k] === W_ON) return POSTS_ON.has(f[k + 1]) || (f[k + 1] === W_THE && POSTS_ON.has(f[k + 2]));
  return LEADING.has(f[k]) && leadsGroup(t, k);
}

/** "The four of us on the line reported to me": people report to the writer (not "it was reported to me", nor "... to me that"). */
export function reportsToMe(t: Words, me: number): boolean {
  const f = t.form;
  if (me < 2 || f[me - 1] !== W_TO || t.gap[me] !== 0 || t.gap[me - 1] !== 0) return false;
  let v = me - 2;
  if (f[v] === W_DIRECTLY && v > 0 && t.gap[v] === 0) v--;
  if (!REPORT_VERBS.has(f[v]) || (v > 0 && t.gap[v] === 0 && PASSIVE_BE.has(f[v - 1]))) return false;
  // "reported to me on the day shift" still; "reported to me that the seal leaked" is news, not a report line.
  for (let k = me + 1; k < t.count && k <= me + 6 && t.gap[k] < 2; k++) if (f[k] === W_THAT) return false;
  return true;
}

/** "the three squads under me", "40 people under me": people or a group the writer has under them. */
export function underMe(t: Words, me: number): boolean {
  if (me < 2 || t.form[me - 1] !== W_UNDER || t.gap[me] !== 0 || t.gap[me - 1] !== 0) return false;
  const who = t.form[me - 2];
  return GROUP_NOUNS.has(who) || ROLE_PLURALS.has(who) || PEOPLE.has(who);
}

/** "(the) most junior of the three engineers": from `from`, ranking words, "of", then people of a job. */
export function rankAmong(t: Words, from: number, text: string | undefined): boolean {
  let k = from;
  while (k < t.count && k < from + 3 && t.gap[k] === 0 && RANKS.has(t.form[k])) k++;
  if (k === from || t.form[k] !== W_OF || t.gap[k] !== 0) return false;
  // "the most junior of three on the engagement": seniority among a number of people.
  if (SENIORITY.has(t.form[k - 1]) && NUMBER_WORDS.has(t.form[k + 1])) return true;
  const role = roleWithin(t, k + 1, 5, text);
  return role !== -1 && ROLE_PLURALS.has(t.form[role]);
}

/** A clause that opens with "it's me", "that's me", "it was me" or "that was me" and ends or pauses there. */
export function isMe(t: Words, i: number): boolean {
  const f = t.form;
  let k = i;
  if (f[k] === W_IT_S || f[k] === W_THAT_S || f[k] === W_ITS || f[k] === W_THATS) k++;
  else if ((f[k] === W_IT || f[k] === W_THAT) && (f[k + 1] === W_WAS || f[k + 1] === W_IS)) k += 2;
  else return false;
  if (k >= t.count || f[k] !== W_ME || t.gap[k] !== 0) return false;
  return k + 1 >= t.count || t.gap[k + 1] > 0;
}

/**
 * "I owned the booking service, one of three backend developers": after a comma (the caller checks that the writer
 * opens the clause).
 */
export function oneOfAfterI(t: Words, i: number, text: string | undefined): boolean {
  const f = t.form;
  if (t.gap[i] !== 1 || f[i + 1] !== W_OF || t.gap[i + 1] !== 0) return false;
  const k = roleWithin(t, i + 2, 6, text);
  return k !== -1 && ROLE_PLURALS.has(f[k]);
}

/** "I've been plastering on my own for 11 years": a trade, done for years. `j` is the word after "been". */
export function tradeForYears(t: Words, text: string, j: number): boolean {
  if (t.gap[j] === 2 || NOT_A_TRADE.has(t.form[j])) return false;
  if (!endsInIng(t, text, j)) return false;
  for (let k = j + 1; k < t.count && k <= j + 8 && t.gap[k] < 2; k++) {
    // "for twenty-two years": a number written with a hyphen is two words.
    const unit = t.form[t.joined[k + 2] === 1 ? k + 3 : k + 2];
    if (t.form[k] === W_FOR && (unit === W_YEARS || unit === W_YEAR || unit === W_MONTHS)) return true;
  }
  return false;
}

/**
 * "My job on the show was costume supervisor", "My first job after university, before I moved into design, was English
 * tutor": from `from`, a "was" or "is" within ten words of the sentence, then a role.
 */
export function jobWas(t: Words, from: number, text: string | undefined): boolean {
  for (let k = from; k < t.count && k < from + 10 && t.gap[k] < 2; k++)
    if (t.form[k] === W_WAS || t.form[k] === W_IS)
      return roleWithin(t, k + 1, 6, text) !== -1 || functionNamed(t, k + 1) || (text !== undefined && bareTitle(t, text, k + 1, true));
  return false;
}

/**
 * "stock control for the pharmacy", "payroll.", "the IT support, alone", "the gate": within three words from `from`
 * (after an optional "the"), a function ending its phrase, or a post worked right after the "the".
 */
function functionNamed(t: Words, from: number): boolean {
  const start = t.form[from] === W_THE ? from + 1 : from;
  for (let k = start; k < t.count && k < start + 3; k++) {
    if (k > start && t.gap[k] > 0) return false;
    // "My job there was the gate: every delivery in and out": a post worked, after "the".
    if (FUNCTIONS.has(t.form[k]) || (start > from && k === start && POSTS_WORKED.has(t.form[k]))) {
      const next = k + 1;
      // "IT support": a function named by two.
      if (next < t.count && t.gap[next] === 0 && FUNCTIONS.has(t.form[next])) continue;
      return next >= t.count || t.gap[next] > 0 || FRAGMENT_NEXT.has(t.form[next]);
    }
    if (STOP.has(t.form[k]) || NOT_A_MODIFIER.has(t.form[k])) return false;
  }
  return false;
}

/**
 * "I led a team of four", "I own and run a small business": within five words of the verb at `verb`, a group or
 * people led. "own and run" are one verb.
 */
export function leadsGroup(t: Words, verb: number): boolean {
  const f = t.form;
  let from = verb;
  if (f[from + 1] === W_AND && LEAD_VERBS.has(f[from + 2]) && t.gap[from + 1] === 0 && t.gap[from + 2] === 0) from += 2;
  let end = from + 5;
  // "I run my own small wedding planning business": "my own" says whose, and counts as one word of the window.
  if ((f[from + 1] === W_MY || f[from + 1] === W_OUR) && f[from + 2] === W_OWN) end++;
  // After an "and" inside the noun phrase, the group noun must end it ("the trust and safety operations team at").
  let afterAnd = false;
  for (let k = from + 1; k < t.count && k <= end; k++) {
    if (t.gap[k] === 2) break;
    // "I led a workshop on accessibility" is a session; "I run a small upholstery workshop" a business.
    if (SESSIONS.has(f[k]) && k + 1 < t.count && t.gap[k + 1] === 0 && TOPIC_NEXT.has(f[k + 1])) return false;
    if (GROUP_NOUNS.has(f[k]) || ROLE_PLURALS.has(f[k]) || PEOPLE.has(f[k])) return !afterAnd || endsPhrase(t, k + 1);
    // "a small used-and-new record store": a compound is one word of the window, its "and" no stop.
    if (t.joined[k] === 1 || (k + 1 < t.count && t.joined[k + 1] === 1)) {
      if (t.joined[k] === 1) end++;
      continue;
    }
    // "the trust and safety team": an "and" between two modifiers, not the end of what was led.
    if (
      f[k] === W_AND &&
      !afterAnd &&
      k > from + 1 &&
      !TITLE_BREAKERS.has(f[k - 1]) &&
      t.gap[k] === 0 &&
      t.gap[k + 1] === 0 &&
      !TITLE_BREAKERS.has(f[k + 1])
    ) {
      afterAnd = true;
      end += 2;
      continue;
    }
    // "I ran a pilot on five vans": what follows "on" is where, not what was led.
    if (STOP.has(f[k]) || f[k] === W_ON) break;
  }
  return false;
}

/** Whether the word at `k` starts no more of a noun phrase: a pause, the text's end, or a joining word. */
function endsPhrase(t: Words, k: number): boolean {
  return k >= t.count || t.gap[k] > 0 || STOP.has(t.form[k]) || t.form[k] === W_OF || t.form[k] === W_IN || t.form[k] === W_ON;
}

/** "My job was ...", "my job as ...", "my job title ...": from `job`, the word "job" and what says the post. */
export function myJobIs(t: Words, job: number, text: string | undefined): boolean {
  const f = t.form;
  return f[job] === W_JOB && t.gap[job] === 0 && (f[job + 1] === W_AS || f[job + 1] === W_TITLE || jobWas(t, job + 1, text));
}

/**
 * "The farm made me team leader for the gang": someone made the writer a post. Not "made me lead the meeting" (the
 * title word then is a verb: an article or possessive follows it).
 */
export function madeMe(t: Words, me: number, text: string | undefined): boolean {
  const f = t.form;
  if (me < 1 || !MADE.has(f[me - 1]) || t.gap[me] !== 0) return false;
  const k = roleWithin(t, me + 1, 4, text);
  if (k === -1 || !ROLE_NOUNS.has(f[k])) return false;
  return k + 1 >= t.count || t.gap[k + 1] > 0 || !NOT_A_MODIFIER.has(f[k + 1]);
}

/** "the duty FISO", "a SENCO": from `from`, at most one word, then capitals (2 to 6) ending the phrase. */
export function acronymTitle(t: Words, text: string, from: number): boolean {
  for (let k = from; k < t.count && k <= from + 1; k++) {
    if (k > from && t.gap[k] > 0) return false;
    const word = text.slice(t.start[k], t.end[k]);
    if (/^[A-Z]{2,6}$/.test(word) && (k + 1 >= t.count || t.gap[k + 1] > 0 || FRAGMENT_NEXT.has(t.form[k + 1]))) return true;
  }
  return false;
}

/** People one has, not posts one holds: "my colleague as the lead" names the colleague's post. */
const KIN = new WordSet(
  'colleague friend wife husband partner mum mom dad mother father sister brother son daughter cousin uncle aunt neighbour neighbor flatmate',
);

/**
 * "My remit as senior product manager was ...", "my first week as shift lead": the "as" at `as` follows "my" and one
 * or two words that are not a person, so the title after it is the writer's, whatever verb comes next.
 */
export function mineAs(t: Words, as: number): boolean {
  const f = t.form;
  for (let k = as - 1; k >= 1 && k >= as - 2; k--) {
    if (t.gap[k + 1] !== 0 || isRole(f[k]) || PEOPLE.has(f[k]) || KIN.has(f[k])) return false;
    if (f[k - 1] === W_MY) return t.gap[k] === 0;
  }
  return false;
}
