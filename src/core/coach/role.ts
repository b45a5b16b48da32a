import { idList, WordSet } from './vocabulary';
import {
  FUNCTIONS,
  LEAD_VERBS,
  LEADING,
  TAUGHT_PERSON,
  BE,
  NOT_A_ROLE_START,
  POSTS_ON,
  FRAGMENT_NEXT,
  PROMOTED,
  POSSESSED,
  TRIGGERS,
  ADVERBS,
  ONE_PERSON,
  POSTS_WORKED,
  PLACES_TOO,
} from './roleWords';
import { agentAfterArticle, bareTitle, roleFragmentAt, roleWithin } from './rolePhrase';
import { doersAmong, postAfterIndefinite, sharedPost, titledPost } from './rolePosts';
import { verbStatesRole } from './roleVerbs';
import { glossedTitle, jobAfterKinds, postEqualsMe, ROLE_CUES, roleCued, stanceTaken, whatTheyCall, workTold } from './roleNamed';
import { appositionAfter, beingRole, havingBeenMade, myPromotion, promotedFragment, promotedTo } from './rolePassing';
import {
  acronymTitle,
  isMe,
  madeMe,
  myJobIs,
  labelStatesRole,
  leadsGroup,
  oneOfAfterI,
  rankAmong,
  reportsToMe,
  underMe,
  tenure,
  tradeForYears,
} from './roleClauses';
import { asStatesRole } from './roleAs';
import { titleOfBody } from './roleTitleOf';
import { Words } from './words';

/**
 * Finds where a story says what the writer's own role was: "as the night-shift lead", "I was the only UX
 * researcher", "my role was...", "I led a team of four". Someone else's role ("as the manager asked",
 * "I hired her as an analyst") and a team's description ("our team of six") are not the writer's.
 */

// Plain numbers, compared on every word.
const [
  W_AS,
  W_MY,
  W_OUR,
  W_I,
  W_I_M,
  W_I_VE,
  W_I_D,
  W_HAD,
  W_HAVE,
  W_BEEN,
  W_RESPONSIBLE,
  W_ACCOUNTABLE,
  W_IN,
  W_CHARGE,
  W_TO,
  W_CO,
  W_WORKED,
  W_WORK,
  W_IM,
  W_ONE,
  W_OF,
  W_THE,
  W_A,
  W_AN,
  W_TEACHING,
  W_WORKING,
  W_LIKE,
  W_IVE,
  W_FOR,
  W_ME,
  W_WHO,
  W_WORKS,
  W_GAVE,
  W_GIVEN,
  W_OFFERED,
  W_ON,
  W_IF,
  W_UNLESS,
  W_USED,
  W_BE,
  W_ROLE,
  W_POSITION,
  W_SELF,
  W_EMPLOYED,
  W_FREELANCE,
  W_BASIS,
  W_BEING,
  W_HAVING,
  W_GOT,
  W_PUT,
  W_YO,
] = idList(
  "as my our i i'm i've i'd had have been responsible accountable in charge to co worked work im one of the a an teaching working like ive for me who works gave given offered on if unless used be role position self employed freelance basis being having got put yo",
);
/** "Yo era jefe de línea (line supervisor)": Spanish "I was", "I am", read as the English. */
const SPANISH_BE = new WordSet('era soy fui');

/** Whether the words (of `text`, which the doer-ending check reads) say what the writer's role was. */
export function statesRole(t: Words, text?: string): boolean {
  const n = t.count;
  const f = t.form;
  // Where the current clause starts, kept as the loop goes (looking back from each word would be quadratic).
  let clause = 0;
  let lastClause = 0;
  for (let i = 0; i < n; i++) {
    // "ive": "I've" typed without its apostrophe.
    const w = f[i] === W_IVE ? W_I_VE : f[i];
    if (t.gap[i] === 2) {
      if (text !== undefined && i > 0 && labelStatesRole(t, i - 1, text)) return true;
      // "Head groundsman is a grand title at a cricket club: it's me".
      if (i > 0 && isMe(t, i) && roleWithin(t, clause, 3, text, true) !== -1) return true;
      lastClause = clause;
      clause = i;
      if (roleFragmentAt(t, i, text) || promotedFragment(t, i, text)) return true;
    }
    // "the title on the door is Development Officer", "I shear sheep for a living", "Translator by trade".
    if (ROLE_CUES.has(f[i]) && roleCued(t, i, text)) return true;
    if (!TRIGGERS.has(f[i])) continue;
    if (w === W_ONE) {
      if (f[clause] === W_I && oneOfAfterI(t, i, text)) return true;
      continue;
    }
    if (w === W_ME) {
      // "Me - night manager, 40 beds": a line of notes about the writer.
      if ((i === 0 || t.gap[i] === 2) && text !== undefined && labelStatesRole(t, i, text)) return true;
      // "the owner gave me the title "coffee lead"".
      const verb = i > 0 ? f[i - 1] : -1;
      if ((verb === W_GAVE || verb === W_GIVEN || verb === W_OFFERED) && f[i + 1] === W_THE && POSSESSED.has(f[i + 2])) return true;
      if (reportsToMe(t, i) || underMe(t, i)) return true;
      // "M&E = me.": a notes line.
      if (text !== undefined && postEqualsMe(t, i, t.gap[i] === 2 ? lastClause : clause, text)) return true;
      // "leaving me, the senior dental nurse, to decide".
      if (appositionAfter(t, i, text)) return true;
      if (madeMe(t, i, text)) return true;
      continue;
    }
    if (w === W_WHO) {
      // "one lad who works for me": the writer employs people.
      const verb = f[i + 1];
      if ((verb === W_WORK || verb === W_WORKS || verb === W_WORKED) && f[i + 2] === W_FOR && f[i + 3] === W_ME && t.gap[i + 3] === 0)
        return true;
      continue;
    }
    if (w === W_BEING) {
      if (beingRole(t, i, text)) return true;
      continue;
    }
    if (w === W_HAVING) {
      if (havingBeenMade(t, i, text)) return true;
      continue;
    }
    // "I translate legal documents on a freelance basis".
    if (w === W_FREELANCE) {
      if (f[i + 1] === W_BASIS && t.gap[i + 1] === 0) return true;
      continue;
    }
    const hasNext = i + 1 < n && t.gap[i + 1] < 2;
    if (w === W_AS && hasNext) {
      if (asStatesRole(t, i, text)) return true;
    } else if (w === W_MY && hasNext && (tenure(t, i + 1, text) || titledPost(t, i + 1, true) || myPromotion(t, i, text))) {
      // "my third year as ...", "my first analyst job", "my 10-week summer internship".
      return true;
    } else if (
      (w === W_MY || w === W_OUR) &&
      hasNext &&
      // "our role"; not "we called in our position" (a place) or "our post" (the mail).
      ((POSSESSED.has(f[i + 1]) && !(w === W_OUR && PLACES_TOO.has(f[i + 1])) && !stanceTaken(t, i + 1)) ||
        myJobIs(t, jobAfterKinds(t, i + 1), text))
    ) {
      return true;
    } else if (w === W_MY && hasNext && text !== undefined && workTold(t, jobAfterKinds(t, i + 1), text)) {
      // "My work is reading water meters for the water company".
      return true;
    } else if (w === W_I || w === W_I_M || w === W_IM || w === W_I_VE || w === W_I_D || (w === W_YO && SPANISH_BE.has(f[i + 1]))) {
      if (!hasNext) continue;
      // "Kieran and I, the two listening volunteers on the rota".
      if (w === W_I && appositionAfter(t, i, text)) return true;
      // "If I had been the manager, ...": a post imagined, not held.
      if (i > 0 && t.gap[i] === 0 && (f[i - 1] === W_IF || f[i - 1] === W_UNLESS)) continue;
      // "My wife and I are 50:50 sharemilkers": a post the writer shares, in the plural.
      if (w === W_I && text !== undefined && sharedPost(t, i, text)) return true;
      // Where what is said of the writer starts, and whether it follows a form of "be" ("im": "I'm" typed fast).
      let j = w === W_YO ? i + 2 : i + 1;
      let be = w === W_I_M || w === W_IM || w === W_YO;
      let writer = w;
      // "I'd just been made acting watch manager".
      const been = (at: number) => (f[at] === W_BEEN ? at : ADVERBS.has(f[at]) && f[at + 1] === W_BEEN ? at + 1 : -1);
      if ((w === W_I_VE || w === W_I_D) && been(j) !== -1) {
        be = true;
        j = been(j) + 1;
      } else if (w === W_I && (f[j] === W_HAD || f[j] === W_HAVE) && been(j + 1) !== -1) {
        be = true;
        j = been(j + 1) + 1;
      } else if (w === W_I && (f[j] === W_HAD || f[j] === W_HAVE) && LEAD_VERBS.has(f[j + 1]) && t.gap[j + 1] === 0) {
        // "Since 2016 I have led the allocations team": read as "I've led".
        writer = W_I_VE;
        j++;
      } else if (w === W_I && (BE.has(f[j]) || (f[j] === W_GOT && PROMOTED.has(f[j + 1])))) {
        // "I got promoted to assistant manager" is "I was promoted ...".
        be = true;
        j++;
      } else if (w === W_I && f[j] === W_USED && f[j + 1] === W_TO && f[j + 2] === W_BE) {
        // "I used to be a buyer for a fashion retailer".
        be = true;
        j += 3;
      }
      // "co-founded" is one verb.
      if (w === W_I && f[j] === W_CO && t.joined[j + 1] === 1) j++;
      if (j >= n || t.gap[j] === 2) continue;
      const first = f[j];
      if (be) {
        if (first === W_RESPONSIBLE || first === W_ACCOUNTABLE || (first === W_IN && f[j + 1] === W_CHARGE)) return true;
        // "I was put in charge of the motor pool's night shift" (not "of ordering the pizza").
        if (first === W_PUT && f[j + 1] === W_IN && f[j + 2] === W_CHARGE && leadsGroup(t, j + 3)) return true;
        // "I was working the door at a club".
        if (first === W_WORKING && f[j + 1] === W_THE && POSTS_WORKED.has(f[j + 2]) && t.gap[j + 2] === 0) return true;
        // "I was in a team lead role".
        if (first === W_IN && titledPost(t, j + 1, false)) return true;
        // "I am in the role of document controller", "I'm self-employed".
        if (first === W_IN && f[j + 1] === W_THE && (f[j + 2] === W_ROLE || f[j + 2] === W_POSITION) && f[j + 3] === W_OF) return true;
        if (first === W_SELF && f[j + 1] === W_EMPLOYED && t.joined[j + 1] === 1) return true;
        // "I'd been on the checkouts at the supermarket for three years", "I was on the wards".
        if (first === W_ON && f[j + 1] === W_THE && POSTS_ON.has(f[j + 2]) && t.gap[j + 2] === 0) return true;
        if (PROMOTED.has(first)) {
          if (promotedTo(t, j, text)) return true;
          // "I was hired to run the night shift": a group the post leads.
          if (f[j + 1] === W_TO && LEAD_VERBS.has(f[j + 2]) && leadsGroup(t, j + 2)) return true;
          continue;
        }
        // "I am working like prison officer": "like" for "as", as writers new to English put it.
        if (first === W_WORKING && (f[j + 1] === W_AS || f[j + 1] === W_LIKE) && roleWithin(t, j + 2, 6, text) !== -1) return true;
        if (NOT_A_ROLE_START.has(first)) continue;
        // "I was el encargado (the one in charge) of the weekend shift".
        if (text !== undefined && glossedTitle(t, text, j)) return true;
        // "I'm what the Church of England calls a verger".
        if (text !== undefined && whatTheyCall(t, j, text)) return true;
        if (text !== undefined && tradeForYears(t, text, j)) return true;
        if (LEADING.has(first) && leadsGroup(t, j)) return true;
        if (first === W_TEACHING && j + 1 < n && t.gap[j + 1] === 0 && !TAUGHT_PERSON.has(f[j + 1])) return true;
        if (text !== undefined && (first === W_THE || first === W_A || first === W_AN) && agentAfterArticle(t, text, j + 1)) return true;
        // "I am the chairlady of the vendors' committee": one word of a body of people.
        if (text !== undefined && titleOfBody(t, text, j)) return true;
        // "I am prosthetist-orthotist at a rehabilitation centre": the title with no article.
        if (text !== undefined && bareTitle(t, text, j)) return true;
        // "I was the duty FISO": a post's letters, after an article and at most one word.
        if (text !== undefined && (first === W_THE || first === W_A || first === W_AN) && acronymTitle(t, text, j + 1)) return true;
        // "I was one of three accounts payable clerks": the role noun comes after the count.
        if (
          first === W_ONE &&
          f[j + 1] === W_OF &&
          (roleWithin(t, j + 2, 6, text) !== -1 || (text !== undefined && doersAmong(t, text, j + 2)))
        )
          return true;
        if (first === W_THE && rankAmong(t, j + 1, text)) return true;
        // "I'm the IT for four GP surgeries": the writer is a function, alone.
        if (
          first === W_THE &&
          FUNCTIONS.has(f[j + 1]) &&
          t.gap[j + 1] === 0 &&
          (j + 2 >= n || t.gap[j + 2] > 0 || FRAGMENT_NEXT.has(f[j + 2]))
        )
          return true;
        // "I'm a one-woman bookkeeping practice": working alone is a position.
        if ((first === W_A || first === W_AN) && f[j + 1] === W_ONE && t.joined[j + 2] === 1 && ONE_PERSON.has(f[j + 2])) return true;
        if (roleWithin(t, j, 6, text, first === W_A || first === W_AN || first === W_THE) !== -1) return true;
        // "I am a doula, self-employed": whatever the job is called.
        if (text !== undefined && (first === W_A || first === W_AN) && postAfterIndefinite(t, text, j + 1)) return true;
      } else if (verbStatesRole(t, writer, j, text)) {
        return true;
      }
    }
  }
  return false;
}
