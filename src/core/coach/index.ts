import { activeCatalog, StarConfig } from '../config';
import { Catalog } from '../principles';
import { proseOf } from '../sectionText';
import { Range, SectionKind, Story } from '../types';
import { EvidenceModel } from './evidence';
import { LearnedTable, parseLearnedTable } from './learned';
import { LEARNED_SUGGESTIONS } from './learnedWeights';
import { compileHedgeWords, findHedges, HedgeKind, HedgeWords } from './hedges';
import { statesRole } from './role';
import { MAY_STATE_ROLE } from './roleWords';
import { wordsOf } from './words';
import { settleWordSets } from './vocabulary';
import { CLEAR, isShown } from './shown';
import { CHARS_PER_WORD, hasNamedAction, headingNotes, PARTS, preambleOf, proseFor, rawLength, sceneBeforeSections } from './storyParts';

export { PARTS, proseFor } from './storyParts';

export interface CoachHedge {
  range: Range;
  /** The words as written. */
  text: string;
  key: string;
  kind: HedgeKind;
  /** Undefined in a story told as plain prose, with no sections. */
  section?: 'Action' | 'Result';
}

/** What the coach reads in one story; computed once per parsed story and config, shared by rules and summaries. */
export interface CoachReport {
  /** False when the story is too thin to judge (an empty template says nothing either way). */
  judged: boolean;
  roleStated: boolean;
  hedges: CoachHedge[];
  /** Declared principle (canonical) → whether the story shows it; missing when the coach has no terms for it. */
  shown: Record<string, boolean>;
}

/**
 * How much what each part says counts as evidence: the Action and Result are what the writer did; the
 * Situation often holds the customer or the constraint. The Learnings are reflection, not evidence.
 */
const SECTION_WEIGHT: Record<Exclude<SectionKind, 'learnings'>, number> = { situation: 0.75, task: 0.75, action: 1, result: 1 };
/** Fewer words than this in the story's sections and there is nothing to judge. */
const MIN_WORDS = 40;
/**
 * Longer than this (about an hour of speech) and it is no story anyone tells: story-length says so, and the coach
 * leaves it unjudged rather than hold the editor reading a generated or pasted megabyte section by section.
 */
const MAX_JUDGED_CHARS = 64 * 1024;
const UNJUDGED: CoachReport = Object.freeze({ judged: false, roleStated: false, hedges: [], shown: {} });

const models = new WeakMap<Catalog, EvidenceModel>();
const hedgeLists = new WeakMap<object, HedgeWords>();
const NO_HEDGE_WORDS = compileHedgeWords([], []);
const CHECK_ORDER = ['action', 'result', 'situation', 'task'] as const;

let learned: LearnedTable | undefined;

export function evidenceModel(catalog: Catalog): EvidenceModel {
  // Before the evidence terms join the vocabulary: the sets' words keep small ids, and their bitmaps stay short
  // (a story's words with larger ids fail the sets' length check at once).
  settleWordSets();
  let m = models.get(catalog);
  if (!m) {
    learned ??= parseLearnedTable(LEARNED_SUGGESTIONS);
    m = new EvidenceModel(catalog, learned);
    models.set(catalog, m);
  }
  return m;
}

/**
 * One step of readying the coach for a config's catalog before its first story (EvidenceModel.compileStep): a host
 * that must stay responsive calls it between turns of its event loop until it returns false.
 */
export function prepareCoachStep(config: StarConfig): boolean {
  return evidenceModel(activeCatalog(config)).compileStep();
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

/** The checks the rules need: role, hedges, and whether each declared principle is shown. */
export function coach(story: Story, config: StarConfig): CoachReport {
  const cached = story.derived.coach as { config: StarConfig; report: CoachReport } | undefined;
  if (cached && cached.config === config) return cached.report;
  const report = coachWith(story, config, evidenceModel(activeCatalog(config)));
  story.derived.coach = { config, report };
  return report;
}

/**
 * The coach's reading with a given evidence model. `evidence` hears what each declared principle short of CLEAR was
 * judged on (the trainer of shown.ts's weights reads it with tables trained without the story's set).
 */
export function coachWith(
  story: Story,
  config: StarConfig,
  model: EvidenceModel,
  evidence?: (principle: string, score: number, learned: number) => void,
): CoachReport {
  if (story.text.length > MAX_JUDGED_CHARS) return UNJUDGED;
  // Read once: the getter finishes compiling the model on each call.
  const principles = model.principles;
  const declared: number[] = [];
  for (const p of story.principles) {
    const index = p.canonical === undefined ? -1 : principles.findIndex((e) => e.name === p.canonical);
    if (index >= 0 && principles[index].hasTerms && !declared.includes(index)) declared.push(index);
  }
  const tally = model.tally();
  const user = hedgeWordsOf(config);
  const hedges: CoachHedge[] = [];
  let roleStated = false;
  let total = 0;
  const preamble = preambleOf(story);
  const sceneOfSituation = sceneBeforeSections(story, preamble);
  // Hedges count in the Action and Result. A story with sections but no Action the parser can name keeps its setting
  // among the text read for the Action: its hedges would be the Situation's as well. A story told as plain prose, with
  // no section at all, is all narration (its readers count its hedges): there they are read.
  const hedgesUnread = !hasNamedAction(story) && story.sections.length > 0;
  // Section by section, each text's words used before the next is split (the word buffers are shared). The
  // Action and Result come first: hedges need them anyway, and once the role is found and every declared
  // principle shown, the Situation and Task have nothing left to tell.
  for (const kind of CHECK_ORDER) {
    const early = kind === 'situation' || kind === 'task';
    if (early && roleStated && declared.every((d) => tally.scores[d] >= CLEAR) && total >= MIN_WORDS) break;
    const needEvidence = declared.some((d) => tally.scores[d] < CLEAR);
    // The Situation and Task are read only for what is still open: when no statement of role can be in their
    // raw lines, they are not even turned into prose (their length still counts towards "judged").
    if (early && !needEvidence && roleStated) {
      total += Math.floor(rawLength(story, kind, sceneOfSituation) / CHARS_PER_WORD);
      continue;
    }
    const scene = kind === 'situation' ? sceneOfSituation : undefined;
    const prose = proseFor(story, kind, scene);
    if (early && !needEvidence && kind !== 'situation' && !MAY_STATE_ROLE.test(prose.text)) {
      total += Math.floor(prose.text.length / CHARS_PER_WORD);
      continue;
    }
    // The Action and Result are read anyway; the pre-check only pays where it can save reading a section. The
    // Situation is read whenever the role is still open: notes state it there as a fragment ("- night porter,
    // 60-room hotel"), which the pre-check cannot see.
    const needRole = !roleStated && (!early || kind === 'situation' || MAY_STATE_ROLE.test(prose.text));
    const words = wordsOf(prose.text);
    if (words.count === 0) continue;
    total += words.count;
    if (needEvidence && !scene) {
      // A principle short of CLEAR has been short of it in every part read so far: each was read for its learned
      // evidence too.
      for (const d of declared)
        if (tally.scores[d] < CLEAR) model.add(tally, { words, weight: SECTION_WEIGHT[kind] }, d, undefined, CLEAR, principles[d].builtIn);
    }
    if (needRole) roleStated = statesRole(words, prose.text);
    if (!early && !(kind === 'action' && hedgesUnread)) {
      // A story told as plain prose has no part to name.
      const section = story.sections.length === 0 ? undefined : kind === 'action' ? 'Action' : 'Result';
      for (const h of findHedges(words, prose.text, user)) {
        hedges.push({
          range: { start: prose.positionAt(h.start), end: prose.positionAt(h.end) },
          text: prose.text.slice(h.start, h.end),
          key: h.key,
          kind: h.kind,
          section,
        });
      }
    }
  }
  // A story with its own Situation may still state the role above it, as a line of notes: read for that alone.
  if (!roleStated && preamble && !sceneOfSituation) {
    const prose = proseOf(story, [preamble], { withoutQuotes: true });
    const words = wordsOf(prose.text);
    if (words.count > 0) roleStated = statesRole(words, prose.text);
  }
  // "### Situation (me: payroll officer, three resorts)": a role in a part's heading. There "me:" and a word name the
  // writer's post whatever the word ("me: fjallkóngur, the mountain king").
  if (!roleStated) roleStated = headingNotes(story).some((note) => /^me\s*:\s*\p{L}/iu.test(note) || statesRole(wordsOf(note), note));
  const shown: Record<string, boolean> = {};
  for (const d of declared) {
    const p = principles[d];
    const score = tally.scores[d];
    if (score < CLEAR) evidence?.(p.name, score, tally.learned[d]);
    shown[p.name] = isShown(p, score, tally.learned[d]);
  }
  return { judged: total >= MIN_WORDS, roleStated, hedges, shown };
}

/**
 * The principles the story's text shows most strongly, at most three, strongest first; [] when nothing
 * stands out or the story is too thin. Computed apart from the rules' checks (it weighs every principle of
 * the catalog), so a caller that does not ask for it does not pay for it.
 */
export function suggestPrinciples(story: Story, config: StarConfig): string[] {
  const cached = story.derived.suggestions as { config: StarConfig; list: string[] } | undefined;
  if (cached && cached.config === config) return cached.list;
  const list = suggestionsWith(story, evidenceModel(activeCatalog(config)));
  story.derived.suggestions = { config, list };
  return list;
}

/** The suggestions one evidence model makes for a story (the trainer scores tables it builds with this). */
export function suggestionsWith(story: Story, model: EvidenceModel): string[] {
  if (story.text.length > MAX_JUDGED_CHARS) return [];
  const tally = model.tally();
  let total = 0;
  for (const kind of PARTS) {
    const words = wordsOf(proseFor(story, kind).text);
    total += words.count;
    model.add(tally, { words, weight: SECTION_WEIGHT[kind] });
    model.addLearned(tally, words);
  }
  return total >= MIN_WORDS ? model.suggest(tally.ranks, tally.learned) : [];
}

export function listenFor(config: StarConfig, principle: string): string | undefined {
  return evidenceModel(activeCatalog(config)).principles.find((p) => p.name === principle)?.listenFor;
}
