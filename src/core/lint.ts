import { activeCatalog, defaultConfig, StarConfig } from './config';
import { suggestPrinciples } from './coach';
import { Catalog, PrincipleMatcher } from './principles';
import { RULES } from './rules';
import { parseStory } from './story';
import { Finding, Story } from './types';

export interface LintResult {
  story: Story;
  findings: Finding[];
  /** The principles the story's text shows most strongly (at most three, strongest first); [] when none stands out. */
  readonly suggestedPrinciples: string[];
}

/** Matchers are built once per catalog object; catalogs come from config and are not mutated. */
const matchers = new WeakMap<Catalog, PrincipleMatcher>();

export function matcherFor(config: StarConfig): PrincipleMatcher {
  const catalog = activeCatalog(config);
  let matcher = matchers.get(catalog);
  if (!matcher) {
    matcher = new PrincipleMatcher(catalog);
    matchers.set(catalog, matcher);
  }
  return matcher;
}

const DEFAULT_CONFIG = defaultConfig();

/**
 * A lint result whose suggestions are worked out when first read: weighing every principle of the catalog
 * costs as much as the rules together, and most callers never ask. A getter on the class, not one defined
 * on each object (that made every result a slow dictionary object).
 */
class Linted implements LintResult {
  constructor(
    readonly story: Story,
    readonly findings: Finding[],
    private readonly config: StarConfig,
  ) {}

  get suggestedPrinciples(): string[] {
    return this.story.isStory ? suggestPrinciples(this.story, this.config) : [];
  }
}

/**
 * Parses a story once and runs every enabled rule over it. Files that are not stories get no findings.
 * Never throws: a rule that fails on some input is a bug, but it must not take the others down with it.
 */
export function lintStory(text: string, config: StarConfig = DEFAULT_CONFIG): LintResult {
  const story = parseStory(text, matcherFor(config));
  return new Linted(story, lintParsed(story, config), config);
}

export function lintParsed(story: Story, config: StarConfig = DEFAULT_CONFIG): Finding[] {
  if (!story.isStory) return [];
  const findings: Finding[] = [];
  const disabled = story.disabledRules;
  if (disabled.has('*')) return findings;
  for (const rule of RULES) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off' || disabled.has(rule.id)) continue;
    let reported;
    try {
      reported = rule.check({ story, config });
    } catch (e) {
      reported = [{ message: `STAR Stories could not check this rule here (${String((e as Error)?.message ?? e).slice(0, 120)}); please report it.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
    }
    for (const f of reported) {
      const finding: Finding = { rule: rule.id, severity: setting, message: f.message, range: f.range };
      if (f.section !== undefined) finding.section = f.section;
      if (f.data !== undefined) finding.data = f.data;
      if (f.principle !== undefined) finding.principle = f.principle;
      findings.push(finding);
    }
  }
  // In reading order, the way editors and ESLint-style output list them.
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
