import { analyse } from '../analysis';
import { activeCatalog, StarConfig } from '../config';
import { Catalog } from '../principles';
import { proseOf, SectionText, sectionsOf } from '../sectionText';
import { Range, SectionKind, Story } from '../types';
import { EvidenceModel, WeightedWords } from './evidence';
import { compileHedgeWords, findHedges, HedgeKind, HedgeWords } from './hedges';
import { statesRole } from './role';
import { Word, wordsOf } from './words';

export interface CoachHedge {
  range: Range;
  /** The words as written. */
  text: string;
  key: string;
  kind: HedgeKind;
  section: 'Action' | 'Result';
}

/** What the coach reads in one story; computed once per parsed story and config, shared by rules and summaries. */
export interface CoachReport {
  /** False when the story is too thin to judge (an empty template says nothing either way). */
  judged: boolean;
  roleStated: boolean;
  hedges: CoachHedge[];
  /** Declared principle (canonical) → whether the story shows it; missing when the coach has no terms for it. */
  shown: Record<string, boolean>;
  /** At most three, strongest first; empty when nothing stands out. */
  suggestions: string[];
}

/**
 * How much what each part says counts as evidence: the Action and Result are what the writer did; the
 * Situation often holds the customer or the constraint; the Learnings are reflection.
 */
const SECTION_WEIGHT: Record<SectionKind, number> = { situation: 0.8, task: 0.8, action: 1, result: 1, learnings: 0.3 };
/**
 * Below this much evidence a declared principle is reported: it takes one strong term anywhere in the
 * Situation to Result, or two weak ones in the Action and Result. Set low on purpose: a writer told that a
 * story does not show what it does show stops trusting the coach.
 */
export const SHOWN_AT = 1.6;
/** Fewer words than this in the story's sections and there is nothing to judge. */
const MIN_WORDS = 40;

const models = new WeakMap<Catalog, EvidenceModel>();
const hedgeLists = new WeakMap<object, HedgeWords>();
const NO_HEDGE_WORDS = compileHedgeWords([], []);

export function evidenceModel(catalog: Catalog): EvidenceModel {
  let m = models.get(catalog);
  if (!m) {
    m = new EvidenceModel(catalog);
    models.set(catalog, m);
  }
  return m;
}

function hedgeWordsOf(config: StarConfig): HedgeWords {
  const h = config.hedges;
  if (!h || (h.add.length === 0 && h.allow.length === 0)) return NO_HEDGE_WORDS;
  let compiled = hedgeLists.get(h);
  if (!compiled) {
    compiled = compileHedgeWords(h.add, h.allow);
    hedgeLists.set(h, compiled);
  }
  return compiled;
}

export function coach(story: Story, config: StarConfig): CoachReport {
  const cached = story.derived.coach as { config: StarConfig; report: CoachReport } | undefined;
  if (cached && cached.config === config) return cached.report;

  const parts: Record<SectionKind, { prose: SectionText; words: Word[] }> = {} as never;
  let total = 0;
  for (const kind of ['situation', 'task', 'action', 'result', 'learnings'] as const) {
    // The Action without quotations is already computed for the other rules.
    const prose = kind === 'action' ? analyse(story).action : proseOf(story, sectionsOf(story, kind), { withoutQuotes: true });
    const words = wordsOf(prose.text);
    parts[kind] = { prose, words };
    if (kind !== 'learnings') total += words.length;
  }
  const judged = total >= MIN_WORDS;

  const model = evidenceModel(activeCatalog(config));
  const weighted: WeightedWords[] = (Object.keys(parts) as SectionKind[]).map((k) => ({ words: parts[k].words, weight: SECTION_WEIGHT[k] }));
  const scores = model.score(weighted);
  const shown: Record<string, boolean> = {};
  for (const p of story.principles) {
    const index = p.canonical === undefined ? -1 : model.principles.findIndex((e) => e.name === p.canonical);
    if (index >= 0 && model.principles[index].hasTerms) shown[p.canonical!] = scores[index] >= SHOWN_AT;
  }

  const user = hedgeWordsOf(config);
  const hedges: CoachHedge[] = [];
  for (const [kind, section] of [['action', 'Action'], ['result', 'Result']] as const) {
    const { prose, words } = parts[kind];
    for (const h of findHedges(words, user)) {
      hedges.push({ range: { start: prose.positionAt(h.start), end: prose.positionAt(h.end) }, text: prose.text.slice(h.start, h.end), key: h.key, kind: h.kind, section });
    }
  }

  const roleStated = statesRole(parts.situation.words) || statesRole(parts.task.words) || statesRole(parts.action.words) || statesRole(parts.result.words);
  const report: CoachReport = { judged, roleStated, hedges, shown, suggestions: judged ? model.suggest(scores) : [] };
  story.derived.coach = { config, report };
  return report;
}

export function listenFor(config: StarConfig, principle: string): string | undefined {
  return evidenceModel(activeCatalog(config)).principles.find((p) => p.name === principle)?.listenFor;
}
