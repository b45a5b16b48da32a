import { idList } from './vocabulary';
import { ADVERBS, JOB_VERBS, LEAD_VERBS, PROMOTED } from './roleWords';
import { agentAfterArticle, othersActAfter, roleWithin } from './rolePhrase';
import { rankAmong } from './roleClauses';
import { Words } from './words';

/**
 * Roles stated in passing, around the sentence rather than after "I was": in apposition ("leaving me, the senior
 * dental nurse, to decide"), after "being" ("Being the only ticketed sparky on site"), in a promotion told in passing
 * ("having been made deputy practice manager", "Elected chair of the PTA", "my promotion to Senior Associate").
 * role.ts calls each where its trigger word stands.
 */

const [
  W_THE,
  W_A,
  W_AN,
  W_AND,
  W_BEEN,
  W_TO,
  W_AS,
  W_UP,
  W_ELECTED,
  W_APPOINTED,
  W_PROMOTED,
  W_PROMOTION,
  W_SOMEONE,
  W_SOMEBODY,
  W_PERSON,
  W_ONE,
  W_WHO,
  W_WHO_D,
  W_HAD,
] = idList("the a an and been to as up elected appointed promoted promotion someone somebody person one who who'd had");

const isArticle = (id: number) => id === W_THE || id === W_A || id === W_AN;

/** After a promotion's verb at `verb`: "up", then "to" or "as", then the post ("made up to foreman", "made deputy"). */
export function promotedTo(t: Words, verb: number, text: string | undefined): boolean {
  let k = verb + 1;
  if (t.form[k] === W_UP && t.gap[k] === 0) k++;
  if ((t.form[k] === W_TO || t.form[k] === W_AS) && t.gap[k] === 0) k++;
  return t.gap[k] === 0 && roleWithin(t, k, 5, text) !== -1;
}

/**
 * "me, the team leader", "Kieran and I, the two listening volunteers", "me, the newest of the three paralegals": at
 * `who` the writer, then a comma and a title.
 */
export function appositionAfter(t: Words, who: number, text: string | undefined): boolean {
  const from = who + 1;
  if (from >= t.count || t.gap[from] !== 1 || !isArticle(t.form[from])) return false;
  const k = roleWithin(t, from, 6, text, true);
  if (k !== -1) return !othersActAfter(t, k);
  return t.form[from] === W_THE && rankAmong(t, from + 1, text);
}

/**
 * "Being the only ticketed sparky on site, I ...", "being made store manager at 23": "being" opening the clause or
 * after a pause or "and", about whoever the clause is about, the writer in a story told by them.
 */
export function beingRole(t: Words, being: number, text: string | undefined): boolean {
  // After a pause too: "Although it's a voluntary post, being Scout leader ... means".
  const opens = being === 0 || t.gap[being] > 0 || (t.form[being - 1] === W_AND && t.gap[being - 1] !== 2);
  if (!opens || being + 1 >= t.count || t.gap[being + 1] !== 0) return false;
  if (PROMOTED.has(t.form[being + 1])) return promotedTo(t, being + 1, text);
  const article = isArticle(t.form[being + 1]);
  const k = roleWithin(t, being + 1, 6, text, article);
  if (k !== -1) return !othersActAfter(t, k);
  // "Being the senior adjuster on the team": a doer's word after the article.
  return article && text !== undefined && agentAfterArticle(t, text, being + 2);
}

/** "having (just) been made deputy practice manager": at `having`. */
export function havingBeenMade(t: Words, having: number, text: string | undefined): boolean {
  let k = having + 1;
  if (ADVERBS.has(t.form[k])) k++;
  return t.form[k] === W_BEEN && PROMOTED.has(t.form[k + 1]) && promotedTo(t, k + 1, text);
}

/** "Elected chair of the PTA in 2021, I ...", "Promoted to team lead in May, ...": a clause opening on the post given. */
export function promotedFragment(t: Words, at: number, text: string | undefined): boolean {
  const f = t.form;
  if (f[at] === W_PROMOTED) return (f[at + 1] === W_TO || f[at + 1] === W_AS) && promotedTo(t, at, text);
  // No article: "Appointed a contractor" is about someone else.
  return (f[at] === W_ELECTED || f[at] === W_APPOINTED) && !isArticle(f[at + 1]) && promotedTo(t, at, text);
}

/** "my promotion to Senior Associate": at `my`. */
export function myPromotion(t: Words, my: number, text: string | undefined): boolean {
  return t.form[my + 1] === W_PROMOTION && t.form[my + 2] === W_TO && t.gap[my + 2] === 0 && roleWithin(t, my + 3, 5, text) !== -1;
}

/**
 * "as someone who'd worked the tills there every Saturday", "as the person who owned the deploy pipeline": at `as`,
 * the writer named by the job they held.
 */
export function asOneWho(t: Words, as: number): boolean {
  const f = t.form;
  let k = as + 1;
  if (f[k] === W_SOMEONE || f[k] === W_SOMEBODY) k++;
  else if (f[k] === W_THE && (f[k + 1] === W_PERSON || f[k + 1] === W_ONE)) k += 2;
  else return false;
  if (f[k] === W_WHO_D) k++;
  else if (f[k] === W_WHO) k += f[k + 1] === W_HAD ? 2 : 1;
  else return false;
  return t.gap[k] === 0 && (LEAD_VERBS.has(f[k]) || JOB_VERBS.has(f[k]));
}
