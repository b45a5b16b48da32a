/**
 * First-person words in prose. "I" counts as a pronoun only: not inside AI, CI/CD or I/O, not as a
 * Roman numeral after "Phase" or "Type", not in an enumeration "(i)". Lower-case "i" counts when it is
 * used as a pronoun ("then i called them"), which people do when they type fast.
 */
const ROMAN_CONTEXT =
  /\b(?:phase|type|part|chapter|level|tier|stage|class|series|war|title|section|article|act|schedule|volume|vol|book|gen|generation|henry|louis|elizabeth|george|mark|appendix|grade)\s*$/i;

const I_PRONOUN = /(?<![\p{L}\p{N}_/\\.'’-])(I|i)(?:['’](?:m|ve|d|ll)\b|(?![\p{L}\p{N}_/\\'’-]))/gu;

export interface Mention {
  start: number;
  end: number;
}

/** Mentions in text order; with `limit`, stops after that many (the rules mostly ask "is there one?"). */
/**
 * With `acts`, only mentions that say the writer did something: a bare hedge ("I think the team...", "I guess
 * we...") is left out, and credit in other words is added ("My first step was...", "the rewrite fell to me").
 */
export function findFirstPersonSingular(text: string, limit = Infinity, acts = false): Mention[] {
  const found: Mention[] = [];
  I_PRONOUN.lastIndex = 0;
  for (let m = I_PRONOUN.exec(text); m; m = I_PRONOUN.exec(text)) {
    const start = m.index;
    const next = text.slice(start + m[0].length, start + m[0].length + 3);
    const prev = text.slice(Math.max(0, start - 30), start);
    if (/^\.\w/.test(next) || (/^\.$/.test(next) && m[1] === 'i')) continue; // i.e., I.B.M.
    if (/[(]\s*$/.test(prev) && /^\s*\)/.test(next)) continue; // (i), (I)
    if (ROMAN_CONTEXT.test(prev)) continue; // Phase I, Type I
    if (/(?:^|\n)[ \t>*+-]*$/.test(prev) && /^[.)]\s/.test(next)) continue; // `I. Assess` as list numbering
    if (m[1] === 'i' && m[0] === 'i' && !/^\s+[a-z]/.test(text.slice(start + 1, start + 4)) && !/^\s*[,;]/.test(next)) continue;
    if (m[0] === 'I' && /^\s+Corps\b/.test(text.slice(start + 1, start + 9))) continue; // I Corps, an army corps
    if (acts && isHedge(text, start, start + m[0].length)) continue;
    found.push({ start, end: start + m[0].length });
    if (found.length >= limit) return found;
  }
  const myself = /\bmyself\b/gi;
  for (let m = myself.exec(text); m; m = myself.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  if (acts && found.length < limit) found.push(...findOwnCredit(text));
  return found.sort((a, b) => a.start - b.start);
}

/** we, we're, we've..., our, ours, us: the contraction's `we` already ends at a word boundary, so it needs no branch of its own. */
const WE = /\b(?:we|ours?|us)\b/gi;

export function countFirstPersonPlural(text: string): number {
  return (text.match(WE) ?? []).length;
}

/** "I think", "I guess", "I'd say": an opinion in the present, not an act ("I remember calling" or "I felt ... and stepped in" may be one). */
const HEDGE_AFTER_I = /^\s+(?:think|guess|believe|suppose|reckon|imagine|assume)\b/i;
const HEDGE_AFTER_ID = /^\s+(?:say|guess|think|imagine)\b/i;

function isHedge(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 14);
  return end - start === 1 ? HEDGE_AFTER_I.test(after) : /^I['’]d$/i.test(text.slice(start, end)) && HEDGE_AFTER_ID.test(after);
}

/** "My first step was...", "my proposal to the director was...": the writer's own act as the subject. */
const MY_ACT =
  /\bmy\s+(?:(?:first|second|third|next|last|final|main|own|initial|biggest|key|immediate|opening)\s+)?(?:step|move|action|job|task|part|proposal|idea|plan|fix|change|approach|decision|contribution|call|solution|suggestion|recommendation|priority|focus|analysis|draft|design|script|prototype|answer|response|instinct)s?\b/gi;
/** "the rewrite fell to me", "it was left to me", "the report was written by me". */
const TO_ME = /\b(?:fell|falls|landed|was left|were left|was up|was down)\s+(?:to|on)\s+me\b|\b[a-z]+(?:ed|en|wn|lt|ght)\s+by\s+me\b/gi;

function findOwnCredit(text: string): Mention[] {
  const found: Mention[] = [];
  if (/\bmy\b/i.test(text)) {
    MY_ACT.lastIndex = 0;
    for (let m = MY_ACT.exec(text); m; m = MY_ACT.exec(text)) {
      // Only as the subject, at the start of a sentence, a list item or a clause: "the team used my design" is not credit.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (
        (m.index < 12 && /^\s*(?:[-*+]\s+|\d+[.)]\s+)?$/.test(before)) ||
        /(?:[.!?:;]\s*|\n\s*(?:[-*+]\s+|\d+[.)]\s+)?|\b(?:and|then|so|but)\s+)$/i.test(before)
      ) {
        found.push({ start: m.index, end: m.index + m[0].length });
      }
    }
  }
  if (/\bme\b/i.test(text)) {
    TO_ME.lastIndex = 0;
    for (let m = TO_ME.exec(text); m; m = TO_ME.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}
