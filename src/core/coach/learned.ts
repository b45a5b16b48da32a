import { PhraseMatcher, Words } from './words';

/**
 * What the labelled stories taught about which principles a story shows most strongly, beyond the hand-written
 * lexicon: per word or word pair, how much more often it appears in stories whose strongest principles include a
 * given principle than in the others (naive Bayes log-odds, trained by scripts/train-suggestions.mjs on the
 * labelled sets in test/fixtures). It only reorders the principles the lexicon already finds evidence for.
 */

/** The table as the trainer writes it: principle names, then one line per phrase ("phrase\tindex:tenths ..."). */
export interface LearnedTable {
  principles: string[];
  lines: string[];
}

interface LearnedTerm {
  id: number;
  /** Pairs of (principle index in the catalog, weight). */
  weights: Float64Array;
}

/** How much the learned evidence counts against the lexicon's ranks (one strong phrase ranks 2). */
export const LEARNED_SHARE = 0.4;

export class LearnedModel {
  private readonly matcher = new PhraseMatcher<LearnedTerm>();
  private readonly seen: Uint8Array;
  private readonly phrases: { phrase: string; weights: Float64Array }[] = [];

  /** `indexOf` maps a principle's name to its index in the catalog (-1 when the catalog has no such principle). */
  constructor(table: LearnedTable, indexOf: (name: string) => number) {
    const map = table.principles.map(indexOf);
    let id = 0;
    for (const line of table.lines) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const pairs: number[] = [];
      for (const cell of line.slice(tab + 1).split(' ')) {
        const colon = cell.indexOf(':');
        const p = map[Number(cell.slice(0, colon))];
        const w = Number(cell.slice(colon + 1)) / 10;
        if (p !== undefined && p >= 0 && Number.isFinite(w)) pairs.push(p, w);
      }
      if (pairs.length === 0) continue;
      const term = { id, weights: Float64Array.from(pairs) };
      if (this.matcher.add(line.slice(0, tab), term)) {
        this.phrases.push({ phrase: line.slice(0, tab), weights: term.weights });
        id++;
      }
    }
    this.seen = new Uint8Array(id);
  }

  /** Each phrase of the table that weighs for `principle` (catalog index), with its weight. */
  forEachWeightOf(principle: number, each: (phrase: string, weight: number) => void): void {
    for (const { phrase, weights } of this.phrases)
      for (let k = 0; k < weights.length; k += 2) if (weights[k] === principle) each(phrase, weights[k + 1]);
  }

  get empty(): boolean {
    return this.matcher.empty;
  }

  /** Starts a story: each phrase counts once per story, whichever part it is in. */
  reset(): void {
    this.seen.fill(0);
  }

  /** Adds the learned weights of the phrases in `words` to `scores` (one per catalog principle). */
  add(words: Words, scores: number[]): void {
    const seen = this.seen;
    this.matcher.scan(words, (term) => {
      if (seen[term.id] === 1) return;
      seen[term.id] = 1;
      const w = term.weights;
      for (let k = 0; k < w.length; k += 2) scores[w[k]] += w[k + 1];
    });
  }
}

/** Splits the trainer's text form of a table. */
export function parseLearnedTable(text: string): LearnedTable {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = lines.shift() ?? '';
  return { principles: header.split('|'), lines };
}
