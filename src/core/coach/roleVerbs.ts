import { idList } from './vocabulary';
import {
  FUNCTIONS,
  INTO,
  LEAD_VERBS,
  NOT_A_MODIFIER,
  POSTS_ON,
  POSTS_WORKED,
  PRESENT_LEAD,
  PRESENT_TRADES,
  REFLEXIVES,
  STEPPED,
  SYSTEMS,
  TOOK_POST,
  WORK_FOR,
  OWN_BUSINESS,
  ROLE_NOUNS,
} from './roleWords';
import { roleWithin } from './rolePhrase';
import { leadsGroup } from './roleClauses';
import { endsOnNoun, functionFor, titledPost } from './rolePosts';
import { Words } from './words';

/**
 * What the writer's own verb says of their post, when no form of "be" comes first: "I work on the wards", "I moved
 * into a consultant role", "I drive for a courier firm", "I run technology for 23 gyms". role.ts calls it with the
 * writer's word (`w`: "I", "I've" or "I'd") and the verb at `j`.
 */

const [
  W_AFTER,
  W_AS,
  W_FOR,
  W_FROM,
  W_GOT,
  W_HAD,
  W_HAVE,
  W_I,
  W_IN,
  W_I_D,
  W_I_VE,
  W_LIKE,
  W_LOOK,
  W_LOOKED,
  W_MY,
  W_ON,
  W_OWN,
  W_OWNED,
  W_TEACH,
  W_THE,
  W_TO,
  W_UP,
  W_WORK,
  W_WORKED,
  W_TOOK,
  W_TAKEN,
  W_OVER,
  W_MADE,
] = idList(
  "after as for from got had have i in i'd i've like look looked my on own owned teach the to up work worked took taken over made",
);

export function verbStatesRole(t: Words, w: number, j: number, text: string | undefined): boolean {
  const n = t.count;
  const f = t.form;
  const first = f[j];
  if (w === W_I && (first === W_WORKED || first === W_WORK) && f[j + 1] === W_IN) {
    for (let k = j + 2; k < n && k <= j + 4 && t.gap[k] < 2; k++) if (FUNCTIONS.has(f[k])) return true;
  } else if (w === W_I && (first === W_WORKED || first === W_WORK) && f[j + 1] === W_ON) {
    // "I work on the IT service desk", "I worked on the wards": a post, where "on the project" is a task.
    for (let k = j + 2; k < n && k <= j + 5 && t.gap[k] < 2; k++) if (POSTS_ON.has(f[k])) return true;
  } else if (w === W_I && (first === W_WORKED || first === W_WORK) && f[j + 1] === W_LIKE) {
    if (roleWithin(t, j + 2, 6, text) !== -1) return true;
  } else if (w === W_I && TOOK_POST.has(first) && titledPost(t, INTO.has(f[j + 1]) ? j + 2 : j + 1, false)) {
    // "I moved into an implementation consultant role", "I took the team lead job".
    return true;
  } else if (w === W_I && STEPPED.has(first) && f[j + 1] === W_UP && t.gap[j + 1] === 0) {
    // "I stepped up from senior engineer to engineering manager", "I moved up as shift lead".
    const via = f[j + 2];
    if ((via === W_FROM || via === W_AS || via === W_TO) && t.gap[j + 2] === 0) {
      const k = roleWithin(t, j + 3, 5, text);
      // "stepped up to lead the review": a verb, where an article or possessive follows it.
      if (k !== -1 && !(via === W_TO && k === j + 3 && k + 1 < n && NOT_A_MODIFIER.has(f[k + 1]))) return true;
    }
  } else if (
    (w === W_I || w === W_I_VE) &&
    (first === W_HAVE || first === W_HAD || first === W_GOT) &&
    f[j + 1] === W_MY &&
    f[j + 2] === W_OWN
  ) {
    // "I have my own alterations shop since 2016", "I've had my own cleaning round": a business of the writer's own.
    if (leadsGroup(t, j + 2) || endsOnNoun(t, j + 3, OWN_BUSINESS)) return true;
  } else if (w === W_I && PRESENT_TRADES.has(first)) {
    // "I DJ weddings at weekends", "I tutor maths": the present tense of a trade is the writer's job.
    return true;
  } else if (w === W_I && (first === W_WORK || first === W_WORKED) && f[j + 1] === W_THE && POSTS_WORKED.has(f[j + 2])) {
    // "I work the bar at a music venue".
    if (t.gap[j + 1] === 0 && t.gap[j + 2] === 0) return true;
  } else if (w === W_I && WORK_FOR.has(first) && f[j + 1] === W_FOR && t.gap[j + 1] === 0) {
    // "I drive for a regional courier firm": the present tense is the job ("I drove for three hours" is not).
    return true;
  } else if (w === W_I && (first === W_LOOK || first === W_LOOKED) && f[j + 1] === W_AFTER) {
    // "I look after payroll for a chain of dental practices": a function, for or at a place.
    if (functionFor(t, j + 1)) return true;
  } else if ((first === W_TOOK || first === W_TAKEN) && f[j + 1] === W_OVER && leadsGroup(t, j + 1)) {
    // "I took over my father's fishing boat", "I've taken over the night shift".
    return true;
  } else if (w === W_I && first === W_MADE && ROLE_NOUNS.has(f[j + 1]) && t.gap[j + 1] === 0) {
    // "I made partner", "I made sergeant in 2019": a post reached, with no article.
    return true;
  } else if (w === W_I && first === W_TEACH) {
    // "I teach myself a language every year" is no job.
    if (REFLEXIVES.has(f[j + 1])) return false;
    // "I teach Year 4": the present tense of a job, not "I taught her to...".
    return true;
  } else if ((w === W_I || w === W_I_VE || w === W_I_D) && LEAD_VERBS.has(first)) {
    // "I've run the blood culture bench for two years".
    if (leadsGroup(t, j)) return true;
    // "I run technology for a chain of 23 gyms", "I head operations at ...": a function, for or at a place.
    if (functionFor(t, j)) return true;
    // "I manage the post-harvest on the farm": in the present tense, the function is the writer's job.
    if (PRESENT_LEAD.has(first) && f[j + 1] === W_THE && t.gap[j + 1] === 0 && functionFor(t, j + 1, true)) return true;
    // "I owned the billing service": a system that is the writer's to run (the definition's "owner of the ...").
    if ((first === W_OWNED || first === W_OWN) && f[j + 1] === W_THE && endsOnNoun(t, j + 2, SYSTEMS)) return true;
  }
  return false;
}
