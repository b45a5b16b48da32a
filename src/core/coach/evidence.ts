import { Catalog } from '../principles';
import { LEARNED_SHARE, LearnedModel, LearnedTable } from './learned';
import { AMAZON_EVIDENCE } from './lexicon';
import { PhraseMatcher, Words } from './words';

export interface Tally {
  /** How much the story says each principle is there at all: what the rules judge "shown" by. */
  scores: number[];
  /** The same evidence weighed by how specific it is: what suggestions rank by. */
  ranks: number[];
  /** How often each term has counted so far, by term id. */
  seen: Uint8Array;
  /** Per principle, how much of its rank common words have given so far (capped at HINT_RANK_CAP). */
  common: number[];
  /** Per principle, the learned evidence (learned.ts): it orders the suggestions the ranks allow. */
  learned: number[];
  /** Which learned phrases of the principles' own matchers have counted, by their id: each counts once a story. */
  learnedSeen: Uint8Array;
}

export interface PrincipleEvidence {
  name: string;
  /** What interviewers listen for with this principle, in words that finish "interviewers listen for ...". */
  listenFor: string;
  /** Without terms the coach cannot judge it: it is neither reported nor suggested. */
  hasTerms: boolean;
  /** Judged by the built-in lexicon (not by a custom catalog's own terms): what was learned from the labelled stories applies. */
  builtIn: boolean;
}

interface Term {
  principle: number;
  weight: number;
  /** What it counts towards a suggestion: a topic word shows a principle is there, not that it is the story's point. */
  rank: number;
  /** Tells terms apart, so each counts a bounded number of times. */
  id: number;
  /** A word most stories use: its ranks together are capped, so many of them never outweigh one real sign. */
  common: boolean;
  text: string;
  /** A phrase of the learned table (in the principle's own matcher only): its weight there; 0 for the lexicon's. */
  learned: number;
}

/** Prose of one part of the story and how much what it says counts as evidence. */
export interface WeightedWords {
  words: Words;
  weight: number;
}

const STRONG = 2;
const WEAK = 1;
const HINT = 0.5;
/** A word most stories use shows nothing alone: it takes company to reach SHOWN_AT. */
const HINT_SHOWN = 0.5;
/** Each list's weight for "shown" and for ranking suggestions. */
const TIERS = { strong: [STRONG, STRONG], topic: [STRONG, WEAK], weak: [WEAK, WEAK], hint: [HINT_SHOWN, HINT] } as const;
/** A term said again adds less, and after twice nothing: repetition is not more evidence. */
const REPEAT = [1, 0.5];
/** All of a principle's common words together count for ranking as much as one weak phrase at most. */
const HINT_RANK_CAP = WEAK;

/** Suggestions need at least this much evidence, and at least this share of the best one's. */
export const SUGGEST_MIN = 2;
const SUGGEST_SHARE = 0.3;
export const MAX_SUGGESTIONS = 3;

/**
 * The evidence terms of one catalog, compiled into one matcher. A principle's own `evidence` terms (custom
 * catalogs) win; otherwise the built-in lexicon for its name, when there is one.
 */
export class EvidenceModel {
  private readonly compiledPrinciples: PrincipleEvidence[] = [];
  private readonly matcher = new PhraseMatcher<Term>();
  /** Each principle's terms on their own: judging the declared principles scans only theirs. */
  private readonly own: PhraseMatcher<Term>[] = [];
  /** Per principle, while one part is scanned: the last word its evidence covers so far, and that evidence's best rank. */
  private reach = new Int32Array(0);
  private best = new Float64Array(0);
  private shared!: Tally;
  private learnedModel: LearnedModel | undefined;
  /** Compiling, a step at a time (see compileStep): the next step, the terms so far, the lexicon's principles. */
  private next = 0;
  private terms = 0;
  private learnedTerms = 0;
  private compiled = false;
  private readonly byLexicon = new Map<string, number>();

  /** `learned`: the trained table for the built-in principles (only those judged by the built-in lexicon use it). */
  constructor(
    private readonly catalog: Catalog,
    private readonly learned?: LearnedTable,
  ) {}

  /** The catalog's principles with what the coach knows of each, in catalog order. */
  get principles(): readonly PrincipleEvidence[] {
    this.compile();
    return this.compiledPrinciples;
  }

  /**
   * Compiles one more piece (one principle's terms, then the learned table, then one principle's learned phrases in
   * its own matcher); false once all is compiled. Compiling
   * the built-in lexicon whole takes over 100 ms, so a host that must stay responsive compiles it in steps ahead of
   * the first story; everything else compiles what is left on first use.
   */
  compileStep(): boolean {
    if (this.compiled) return false;
    const n = this.catalog.principles.length;
    const step = this.next++;
    if (step < n) this.compilePrinciple(step);
    else if (step === n) this.finish();
    else if (step <= 2 * n) this.addLearnedTo(step - n - 1);
    if (this.next > 2 * n) {
      this.shared.learnedSeen = new Uint8Array(this.learnedTerms);
      this.compiled = true;
    }
    return !this.compiled;
  }

  private compile(): void {
    while (this.compileStep());
  }

  private compilePrinciple(index: number): void {
    const p = this.catalog.principles[index];
    const given = p.evidence?.filter((t) => typeof t === 'string' && t.trim());
    const lexicon = AMAZON_EVIDENCE[p.name];
    const strong = given && given.length > 0 ? given : (lexicon?.strong ?? []);
    const own = given && given.length > 0 ? undefined : lexicon;
    if (own) this.byLexicon.set(p.name, index);
    const lists = { strong, topic: own?.topic ?? [], weak: own?.weak ?? [], hint: own?.hint ?? [] };
    // Keyed per principle: two principles may share a phrase, one principle counts it once.
    const matcher = this.matcher;
    const mine = new PhraseMatcher<Term>();
    this.own.push(mine);
    for (const tier of ['strong', 'topic', 'weak', 'hint'] as const) {
      const [weight, rank] = TIERS[tier];
      for (const t of lists[tier]) {
        const term = { principle: index, weight, rank, id: this.terms, text: t, common: tier === 'hint', learned: 0 };
        if (matcher.add(t, term, String(index))) {
          mine.add(t, term);
          this.terms++;
        }
      }
    }
    const fallback = p.description ? p.description.replace(/\.$/, '').toLowerCase() : `what ${p.name} asks of a story`;
    this.compiledPrinciples.push({
      name: p.name,
      listenFor: lexicon?.listenFor ?? fallback,
      hasTerms: strong.length + lists.weak.length + lists.topic.length + lists.hint.length > 0,
      builtIn: own !== undefined,
    });
  }

  private finish(): void {
    const n = this.compiledPrinciples.length;
    this.shared = {
      scores: new Array<number>(n).fill(0),
      ranks: new Array<number>(n).fill(0),
      seen: new Uint8Array(this.terms),
      common: new Array<number>(n).fill(0),
      learned: new Array<number>(n).fill(0),
      learnedSeen: new Uint8Array(0),
    };
    const byLexicon = this.byLexicon;
    const model = this.learned && byLexicon.size > 0 ? new LearnedModel(this.learned, (name) => byLexicon.get(name) ?? -1) : undefined;
    this.learnedModel = model && !model.empty ? model : undefined;
    this.reach = new Int32Array(n);
    this.best = new Float64Array(n);
  }

  /**
   * Each principle's own matcher also holds the learned phrases that weigh for it (one principle a step): judging a
   * declared principle reads its lexicon and its learned evidence in one scan of each part.
   */
  private addLearnedTo(principle: number): void {
    this.learnedModel?.forEachWeightOf(principle, (text, learned) => {
      const term = { principle, weight: 0, rank: 0, id: this.learnedTerms, text, common: false, learned };
      if (this.own[principle].add(text, term, 'learned')) this.learnedTerms++;
    });
  }

  /**
   * A fresh tally: one score per principle of the catalog, in catalog order. The same arrays, cleared, serve
   * every story: a tally lives only within one synchronous call (a story's checks, or its suggestions).
   */
  tally(): Tally {
    this.compile();
    const t = this.shared;
    t.scores.fill(0);
    t.ranks.fill(0);
    t.seen.fill(0);
    t.common.fill(0);
    t.learned.fill(0);
    t.learnedSeen.fill(0);
    this.learnedModel?.reset();
    return t;
  }

  /** Adds the learned evidence of one part of the story (for suggestions; the rules do not use it). */
  addLearned(tally: Tally, words: WeightedWords['words']): void {
    this.learnedModel?.add(words, tally.learned);
  }

  /**
   * Adds what one part of the story says, for every principle or (`only`) for one; `explain` hears each
   * term that counted.
   */
  add(
    tally: Tally,
    part: WeightedWords,
    only?: number,
    explain?: (principle: number, term: string, points: number) => void,
    /** With `only`: stop reading once its score reaches this (whether it is shown is all the caller asks). */
    enough = Infinity,
    /** With `only`: add its learned evidence to `tally.learned` as well. */
    withLearned = false,
  ): void {
    if (part.weight <= 0) return;
    // For ranking, phrases of one principle that overlap ("listened", "I listened", "listened to") are one piece
    // of evidence: the overlap counts as much as its best phrase, not as their sum.
    const reach = this.reach.fill(-1);
    const best = this.best;
    (only === undefined ? this.matcher : this.own[only]).scan(part.words, (term, first, last) => {
      if (term.learned !== 0) {
        if (withLearned && tally.learnedSeen[term.id] === 0) {
          tally.learnedSeen[term.id] = 1;
          tally.learned[term.principle] += term.learned;
        }
        return false;
      }
      const times = tally.seen[term.id];
      if (times >= REPEAT.length) return false;
      tally.seen[term.id] = times + 1;
      const p = term.principle;
      const share = part.weight * REPEAT[times];
      const points = term.weight * share;
      let rank = term.rank * share;
      if (term.common) {
        rank = Math.min(rank, Math.max(0, HINT_RANK_CAP - tally.common[p]));
        tally.common[p] += rank;
      }
      tally.scores[p] += points;
      if (first > reach[p]) {
        tally.ranks[p] += rank;
        best[p] = rank;
      } else if (rank > best[p]) {
        tally.ranks[p] += rank - best[p];
        best[p] = rank;
      }
      if (last > reach[p]) reach[p] = last;
      explain?.(p, term.text, points);
      return tally.scores[p] >= enough;
    });
  }

  /**
   * The principles the ranks show most strongly, best first; none when nothing stands out. Which principles may be
   * suggested is the ranks' call (enough evidence, near enough the best); the learned evidence, when given, orders
   * them.
   */
  suggest(scores: readonly number[], learned?: readonly number[]): string[] {
    const ranked = scores
      .map((score, index) => ({ score, index, order: score + (learned ? LEARNED_SHARE * learned[index] : 0) }))
      .filter((x) => this.principles[x.index].hasTerms && x.score >= SUGGEST_MIN);
    if (ranked.length === 0) return [];
    const floor = Math.max(...ranked.map((x) => x.score)) * SUGGEST_SHARE;
    return ranked
      .filter((x) => x.score >= floor)
      .sort((a, b) => b.order - a.order || a.index - b.index)
      .slice(0, MAX_SUGGESTIONS)
      .map((x) => this.principles[x.index].name);
  }
}
