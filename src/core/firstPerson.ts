/**
 * First-person words in prose. "I" counts as a pronoun only: not inside AI, CI/CD or I/O, not as a
 * Roman numeral after "Phase" or "Type", not in an enumeration "(i)". Lower-case "i" counts when it is
 * used as a pronoun ("then i called them"), which people do when they type fast.
 */
const ROMAN_CONTEXT = /\b(?:phase|type|part|chapter|level|tier|stage|class|series|war|title|section|article|act|schedule|volume|vol|book|gen|generation|henry|louis|elizabeth|george|mark|appendix|grade)\s*$/i;

const I_PRONOUN = /(?<![\p{L}\p{N}_/\\.'’-])(I|i)(?:['’](?:m|ve|d|ll)\b|(?![\p{L}\p{N}_/\\'’-]))/gu;

export interface Mention {
  start: number;
  end: number;
}

/** Mentions in text order; with `limit`, stops after that many (the rules mostly ask "is there one?"). */
export function findFirstPersonSingular(text: string, limit = Infinity): Mention[] {
  const found: Mention[] = [];
  I_PRONOUN.lastIndex = 0;
  for (let m = I_PRONOUN.exec(text); m; m = I_PRONOUN.exec(text)) {
    const start = m.index;
    const next = text.slice(start + m[0].length, start + m[0].length + 3);
    const prev = text.slice(Math.max(0, start - 30), start);
    if (/^\.\w/.test(next) || /^\.$/.test(next) && m[1] === 'i') continue; // i.e., I.B.M.
    if (/[(]\s*$/.test(prev) && /^\s*\)/.test(next)) continue; // (i), (I)
    if (ROMAN_CONTEXT.test(prev)) continue; // Phase I, Type I
    if (/(?:^|\n)[ \t>*+-]*$/.test(prev) && /^[.)]\s/.test(next)) continue; // `I. Assess` as list numbering
    if (m[1] === 'i' && m[0] === 'i' && !/^\s+[a-z]/.test(text.slice(start + 1, start + 4)) && !/^\s*[,;]/.test(next)) continue;
    found.push({ start, end: start + m[0].length });
    if (found.length >= limit) return found;
  }
  const myself = /\bmyself\b/gi;
  for (let m = myself.exec(text); m; m = myself.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  return found.sort((a, b) => a.start - b.start);
}

/** we, we're, we've..., our, ours, us: the contraction's `we` already ends at a word boundary, so it needs no branch of its own. */
const WE = /\b(?:we|ours?|us)\b/gi;

export function countFirstPersonPlural(text: string): number {
  return (text.match(WE) ?? []).length;
}
