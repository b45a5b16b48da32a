import { activeCatalog, defaultConfig, resolveConfig, StarConfig, UserConfig } from './config';
import { suggestPrinciples } from './coach';
import { Catalog, PrincipleMatcher } from './principles';
import { RULE_IDS, RULES } from './rules';
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
export function lintStory(text: string, config: StarConfig | UserConfig = DEFAULT_CONFIG): LintResult {
  if (typeof text !== 'string')
    throw new TypeError(`lintStory: "text" must be a string (the Markdown of one story), not ${describeValue(text)}.`);
  const resolved = asStarConfig(config);
  const story = parseStory(text, matcherFor(resolved));
  return new Linted(story, lintParsed(story, resolved), resolved);
}

/**
 * A resolved config is used as it is; anything else is read the way a config file is (`{ rules: { ... } }`, as
 * the README shows), and what is wrong in it is skipped, as the CLI does after naming it.
 */
function asStarConfig(config: StarConfig | UserConfig | undefined | null): StarConfig {
  if (config === undefined || config === null) return DEFAULT_CONFIG;
  if (typeof config !== 'object' || Array.isArray(config))
    throw new TypeError(
      `lintStory: "config" must be an object such as { rules: { "story-length": "off" } }, not ${describeValue(config)}.`,
    );
  if (isResolved(config)) return config;
  let known = resolvedFromUser.get(config);
  if (!known) {
    known = resolveConfig(config, RULE_IDS).config;
    resolvedFromUser.set(config, known);
  }
  return known;
}

const resolvedFromUser = new WeakMap<object, StarConfig>();

function isResolved(config: StarConfig | UserConfig): config is StarConfig {
  const c = config as Partial<StarConfig>;
  return (
    typeof c.catalog === 'string' &&
    Array.isArray(c.catalogs) &&
    Array.isArray(c.focusSets) &&
    typeof c.rules === 'object' &&
    c.rules !== null &&
    typeof c.length === 'object' &&
    c.length !== null
  );
}

function describeValue(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

export function lintParsed(story: Story, config: StarConfig = DEFAULT_CONFIG): Finding[] {
  if (!story.isStory) return [];
  const findings: Finding[] = [];
  const disabled = story.disabledRules;
  if (disabled.has('*')) return findings;
  const lineOff = story.disabledLines;
  for (const rule of RULES) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off' || disabled.has(rule.id)) continue;
    let reported;
    try {
      reported = rule.check({ story, config });
    } catch (e) {
      reported = [
        {
          message: `STAR Stories could not check this rule here (${String((e as Error)?.message ?? e).slice(0, 120)}); please report it.`,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
      ];
    }
    for (const f of reported) {
      const onLine = lineOff.size > 0 ? lineOff.get(f.range.start.line) : undefined;
      if (onLine && (onLine.has(rule.id) || onLine.has('*'))) continue;
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
