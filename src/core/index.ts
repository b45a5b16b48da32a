/**
 * The STAR Stories engine: text in, a parsed story and findings out. Pure TypeScript with no
 * `vscode` and no Node-only API, so the extension, the CLI and a browser build share it.
 */
export { lintStory, lintParsed, matcherFor } from './lint';
export type { LintResult } from './lint';
export { parseStory, readStoryHeader, mayHaveFrontMatter } from './story';
export { mayBeStory } from './mayBeStory';
export { PRINCIPLE_KEYS, isPrincipleKey } from './principleKeys';
export { principleSlots, slotAt, yamlName } from './principleSlots';
export type { ListSlot, ListStyle } from './principleSlots';
export type { StoryHeader } from './story';
export { RULES, RULE_IDS } from './rules';
export type { Rule, RuleFinding, RuleContext } from './rule';
export { defaultConfig, resolveConfig, parseSeverity, activeCatalog, isIgnored, DEFAULT_LENGTH, CONFIG_KEYS } from './config';
export type { StarConfig, UserConfig, LengthTarget } from './config';
export { AMAZON_CATALOG, BUILT_IN_CATALOGS, BUILT_IN_FOCUS_SETS, PrincipleMatcher, normalizeName } from './principles';
export type { Catalog, Principle, FocusSet } from './principles';
export { parseConfigText, CONFIG_FILE_NAMES, defaultConfigText, MAX_CONFIG_BYTES, unreadConfigReason } from './configFile';
export { buildCoverage, coverageMarkdown, storyHealth } from './coverage';
export type { Coverage, CoverageRow, CoverageStory, CoverageInput, StoryHealth } from './coverage';
export { summarize, summarizeHeader, summaryOfHead, coachSummary } from './summary';
export { checklist } from './checklist';
export type { ChecklistItem } from './checklist';
export type { StorySummary, StoryHead, CoachSummary } from './summary';
export { findMetrics } from './metrics';
export { visible, clip } from './text';
export { compileGlob, matchesAnyGlob, expandBraces } from './glob';
export { mechanicalFixes, applyEdits } from './mechanicalFixes';
export type { MechanicalFix, MechanicalFixInput } from './mechanicalFixes';
export type { Glob } from './glob';
export {
  QUESTION_BANK,
  QUESTIONS_TO_ASK,
  questionsFor,
  genericQuestions,
  chooseQuestion,
  principleWeights,
  CHOOSER_WEIGHTS,
} from './questions';
export type { PracticeQuestion, ChooseOptions, ChosenQuestion, PrincipleWeight } from './questions';
export { findFirstPersonSingular } from './firstPerson';
export { sectionKindsOf } from './sectionNames';
export { proseOf, sectionsOf } from './sectionText';
export { isProblem, countProblems } from './problems';
export {
  SNIPPET_PROMPTS,
  NEW_STORY_PROMPTS,
  FIX_SECTION_PROMPTS,
  METRIC_PROMPTS,
  TEMPLATE_PROMPTS,
  findPrompts,
  isTitlePrompt,
} from './prompts';
export * from './types';
export { coach, suggestPrinciples, listenFor, evidenceModel, prepareCoachStep } from './coach';
export type { CoachReport, CoachHedge } from './coach';
export * from './plan';
export {
  practiceByStory,
  orderForPractice,
  whenPractised,
  practiceNote,
  validRuns,
  RECENT_PRACTICE_MS,
  PRACTICE_LOG_LIMIT,
} from './practiceLog';
export type { PracticeRun, StoryPractice } from './practiceLog';
