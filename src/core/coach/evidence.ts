import { Catalog } from '../principles';
import { AMAZON_EVIDENCE } from './lexicon';
import { PhraseMatcher, Words } from './words';

export interface Tally {
  scores: number[];
  /** How often each term has counted so far, by term id. */
  seen: Uint8Array;
}

export interface PrincipleEvidence {
  name: string;
  /** What interviewers listen for with this principle, in words that finish "interviewers listen for ...". */
  listenFor: string;
  /** Without terms the coach cannot judge it: it is neither reported nor suggested. */
  hasTerms: boolean;
}

interface Term {
  principle: number;
  weight: number;
  /** Tells terms apart, so each counts a bounded number of times. */
  id: number;
  text: string;
}

/** Prose of one part of the story and how much what it says counts as evidence. */
export interface WeightedWords {
  words: Words;
  weight: number;
}

const STRONG = 2;
const WEAK = 1;
/** A term said again adds less, and after twice nothing: repetition is not more evidence. */
const REPEAT = [1, 0.5];

/** Suggestions need at least this much evidence, and at least this share of the best one's. */
export const SUGGEST_MIN = 3;
const SUGGEST_SHARE = 0.45;
export const MAX_SUGGESTIONS = 3;

/**
 * The evidence terms of one catalog, compiled into one matcher. A principle's own `evidence` terms (custom
 * catalogs) win; otherwise the built-in lexicon for its name, when there is one.
 */
export class EvidenceModel {
  readonly principles: PrincipleEvidence[] = [];
  private readonly matcher = new PhraseMatcher<Term>();
  /** Each principle's terms on their own: judging the declared principles scans only theirs. */
  private readonly own: PhraseMatcher<Term>[] = [];
  /** How many terms there are (term ids run from 0). */
  private readonly terms: number;

  constructor(catalog: Catalog) {
    let id = 0;
    catalog.principles.forEach((p, index) => {
      const given = p.evidence?.filter((t) => typeof t === 'string' && t.trim());
      const lexicon = AMAZON_EVIDENCE[p.name];
      const strong = given && given.length > 0 ? given : (lexicon?.strong ?? []);
      const weak = given && given.length > 0 ? [] : (lexicon?.weak ?? []);
      // Keyed per principle: two principles may share a phrase, one principle counts it once.
      const matcher = this.matcher;
      const own = new PhraseMatcher<Term>();
      this.own.push(own);
      for (const [list, weight] of [
        [strong, STRONG],
        [weak, WEAK],
      ] as const) {
        for (const t of list) {
          const term = { principle: index, weight, id, text: t };
          if (matcher.add(t, term, String(index))) {
            own.add(t, term);
            id++;
          }
        }
      }
      const fallback = p.description ? p.description.replace(/\.$/, '').toLowerCase() : `what ${p.name} asks of a story`;
      this.principles.push({ name: p.name, listenFor: lexicon?.listenFor ?? fallback, hasTerms: strong.length + weak.length > 0 });
    });
    this.terms = id;
  }

  /** A fresh tally: one score per principle of the catalog, in catalog order. */
  tally(): Tally {
    return { scores: new Array<number>(this.principles.length).fill(0), seen: new Uint8Array(this.terms) };
  }

  /**
   * Adds what one part of the story says, for every principle or (`only`) for one; `explain` hears each
   * term that counted.
   */
  add(tally: Tally, part: WeightedWords, only?: number, explain?: (principle: number, term: string, points: number) => void): void {
    if (part.weight <= 0) return;
    (only === undefined ? this.matcher : this.own[only]).scan(part.words, (term) => {
      const times = tally.seen[term.id];
      if (times >= REPEAT.length) return;
      tally.seen[term.id] = times + 1;
      const points = term.weight * part.weight * REPEAT[times];
      tally.scores[term.principle] += points;
      explain?.(term.principle, term.text, points);
    });
  }

  /** The principles the scores show most strongly, best first; none when nothing stands out. */
  suggest(scores: readonly number[]): string[] {
    const ranked = scores
      .map((score, index) => ({ score, index }))
      .filter((x) => this.principles[x.index].hasTerms && x.score >= SUGGEST_MIN)
      .sort((a, b) => b.score - a.score || a.index - b.index);
    if (ranked.length === 0) return [];
    const floor = ranked[0].score * SUGGEST_SHARE;
    return ranked
      .filter((x) => x.score >= floor)
      .slice(0, MAX_SUGGESTIONS)
      .map((x) => this.principles[x.index].name);
  }
}
