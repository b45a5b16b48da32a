import { Catalog } from '../principles';
import { AMAZON_EVIDENCE } from './lexicon';
import { PhraseMatcher, Word } from './words';

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
  words: readonly Word[];
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

  constructor(catalog: Catalog) {
    let id = 0;
    catalog.principles.forEach((p, index) => {
      const own = p.evidence?.filter((t) => typeof t === 'string' && t.trim());
      const lexicon = AMAZON_EVIDENCE[p.name];
      const strong = own && own.length > 0 ? own : (lexicon?.strong ?? []);
      const weak = own && own.length > 0 ? [] : (lexicon?.weak ?? []);
      // Keyed per principle: two principles may share a phrase, one principle counts it once.
      const matcher = this.matcher;
      for (const t of strong) if (matcher.add(t, { principle: index, weight: STRONG, id, text: t }, String(index))) id++;
      for (const t of weak) if (matcher.add(t, { principle: index, weight: WEAK, id, text: t }, String(index))) id++;
      const fallback = p.description ? p.description.replace(/\.$/, '').toLowerCase() : `what ${p.name} asks of a story`;
      this.principles.push({ name: p.name, listenFor: lexicon?.listenFor ?? fallback, hasTerms: strong.length + weak.length > 0 });
    });
  }

  /** One score per principle of the catalog, in catalog order; `explain` hears each term that counted. */
  score(parts: readonly WeightedWords[], explain?: (principle: number, term: string, points: number) => void): number[] {
    const scores = new Array<number>(this.principles.length).fill(0);
    const seen = new Map<number, number>();
    for (const part of parts) {
      if (part.weight <= 0) continue;
      this.matcher.scan(part.words, (term) => {
        const times = seen.get(term.id) ?? 0;
        if (times >= REPEAT.length) return;
        seen.set(term.id, times + 1);
        const points = term.weight * part.weight * REPEAT[times];
        scores[term.principle] += points;
        explain?.(term.principle, term.text, points);
      });
    }
    return scores;
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
