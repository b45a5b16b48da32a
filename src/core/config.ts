import { AMAZON_CATALOG, BUILT_IN_CATALOGS, BUILT_IN_FOCUS_SETS, Catalog, editDistance, FocusSet, Principle } from './principles';
import { compileGlob, Glob, matchesAnyGlob } from './glob';
import { clip } from './text';
import { SeveritySetting } from './types';

/** Spoken-length target: a story should take between min and max minutes to tell. */
export interface LengthTarget {
  minMinutes: number;
  maxMinutes: number;
  wordsPerMinute: number;
}

/**
 * The one configuration model. The CLI's config file and the extension's settings both map onto it
 * (see `resolveConfig`), so a rule behaves the same everywhere.
 */
export interface StarConfig {
  /** Severity per rule id; rules not named keep their default. */
  rules: Record<string, SeveritySetting>;
  /** Id of the catalog stories are checked against. */
  catalog: string;
  catalogs: Catalog[];
  focusSets: FocusSet[];
  length: LengthTarget;
  /** Globs of files never checked, relative to the folder the config file is in (the CLI: the current folder). */
  ignores: string[];
  /** The user's own hedge phrases to report, and built-in ones to accept (like Vale's reject/accept vocabularies). */
  hedges: HedgeLists;
}

export interface HedgeLists {
  add: string[];
  allow: string[];
}

/** What a user writes: every part optional, catalogs and focus sets added to the built-in ones. */
export interface UserConfig {
  rules?: Record<string, unknown>;
  catalog?: unknown;
  catalogs?: unknown;
  focusSets?: unknown;
  length?: unknown;
  ignores?: unknown;
  hedges?: unknown;
}

/** Every top-level key a config may have; anything else is reported, so a typo never turns a setting off unseen. */
export const CONFIG_KEYS: readonly (keyof UserConfig)[] = ['rules', 'catalog', 'catalogs', 'focusSets', 'length', 'ignores', 'hedges'];

function nearestKey(key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of CONFIG_KEYS) {
    const d = editDistance(lower, known.toLowerCase(), { limit: 3 });
    if (d < bestDistance) {
      bestDistance = d;
      best = known;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

export const DEFAULT_LENGTH: LengthTarget = { minMinutes: 1.5, maxMinutes: 3, wordsPerMinute: 150 };

export function defaultConfig(): StarConfig {
  return {
    rules: {},
    catalog: AMAZON_CATALOG.id,
    catalogs: [...BUILT_IN_CATALOGS],
    focusSets: [...BUILT_IN_FOCUS_SETS],
    length: { ...DEFAULT_LENGTH },
    ignores: [],
    hedges: { add: [], allow: [] },
  };
}

const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  info: 'info',
  information: 'info',
  hint: 'hint',
  off: 'off',
  none: 'off',
  false: 'off',
};

export function parseSeverity(value: unknown): SeveritySetting | undefined {
  if (value === false) return 'off';
  if (typeof value !== 'string') return undefined;
  return SEVERITY_WORDS[value.trim().toLowerCase()];
}

/**
 * Checks a user's config and lays it over the defaults. Unknown rule ids and bad values are
 * reported in `problems` (and skipped), never thrown, so one typo does not
 * turn the whole linter off.
 */
export function resolveConfig(user: UserConfig | undefined, knownRules: readonly string[]): { config: StarConfig; problems: string[] } {
  const config = defaultConfig();
  const problems: string[] = [];
  if (user === undefined || user === null) return { config, problems };
  if (typeof user !== 'object' || Array.isArray(user)) {
    return {
      config,
      problems: ['The configuration must be an object with keys such as "rules", "catalog", "catalogs", "focusSets" and "length".'],
    };
  }

  for (const key of Object.keys(user)) {
    if (CONFIG_KEYS.includes(key as keyof UserConfig)) continue;
    const near = nearestKey(key);
    problems.push(
      `Unknown key "${clip(key)}" in the configuration is ignored; ${near ? `did you mean "${near}"?` : `the keys are ${CONFIG_KEYS.join(', ')}.`}`,
    );
  }

  if (user.rules !== undefined) {
    if (!isPlainObject(user.rules)) problems.push('"rules" must map rule ids to a severity (error, warning, info, hint or off).');
    else {
      for (const [id, value] of Object.entries(user.rules)) {
        const severity = parseSeverity(value);
        if (!knownRules.includes(id)) problems.push(`Unknown rule "${clip(id)}" in "rules"; known rules: ${knownRules.join(', ')}.`);
        else if (!severity) problems.push(`Rule "${id}" has severity ${JSON.stringify(value)}; use error, warning, info, hint or off.`);
        else config.rules[id] = severity;
      }
    }
  }

  if (user.catalogs !== undefined) {
    if (!Array.isArray(user.catalogs)) problems.push('"catalogs" must be a list of { id, label, principles }.');
    else {
      for (const raw of user.catalogs) {
        const catalog = readCatalog(raw, problems);
        if (!catalog) continue;
        const existing = config.catalogs.findIndex((c) => c.id === catalog.id);
        if (existing >= 0) config.catalogs[existing] = catalog;
        else config.catalogs.push(catalog);
      }
    }
  }

  if (user.catalog !== undefined) {
    if (typeof user.catalog !== 'string' || !config.catalogs.some((c) => c.id === user.catalog)) {
      problems.push(`"catalog" must name a known catalog (${config.catalogs.map((c) => c.id).join(', ')}).`);
    } else config.catalog = user.catalog;
  }

  if (user.focusSets !== undefined) {
    if (!Array.isArray(user.focusSets)) problems.push('"focusSets" must be a list of { id, label, principles }.');
    else {
      for (const raw of user.focusSets) {
        const set = readFocusSet(raw, config.catalog, problems);
        if (!set) continue;
        const existing = config.focusSets.findIndex((f) => f.id === set.id);
        if (existing >= 0) config.focusSets[existing] = set;
        else config.focusSets.push(set);
      }
    }
  }

  if (user.length !== undefined) {
    if (!isPlainObject(user.length)) problems.push('"length" must be an object with minMinutes, maxMinutes and wordsPerMinute.');
    else {
      const l = user.length as Record<string, unknown>;
      const next = { ...config.length };
      for (const key of ['minMinutes', 'maxMinutes', 'wordsPerMinute'] as const) {
        if (l[key] === undefined) continue;
        if (typeof l[key] !== 'number' || !Number.isFinite(l[key]) || (l[key] as number) <= 0) {
          problems.push(`"length.${key}" must be a positive number.`);
        } else next[key] = l[key] as number;
      }
      if (next.minMinutes > next.maxMinutes) problems.push('"length.minMinutes" must not exceed "length.maxMinutes".');
      else config.length = next;
    }
  }
  if (user.ignores !== undefined) {
    if (!Array.isArray(user.ignores) || !user.ignores.every((g) => typeof g === 'string'))
      problems.push('"ignores" must be a list of globs such as "drafts/**".');
    else config.ignores = (user.ignores as string[]).filter((g) => g.trim()).slice(0, MAX_IGNORES);
  }
  if (user.hedges !== undefined) readHedges(user.hedges, config, problems);
  return { config, problems };
}

/** Far more globs than anyone writes; the bound keeps a hostile config's matching small. */
const MAX_IGNORES = 200;

const compiledIgnores = new WeakMap<StarConfig, Glob[]>();

/** True when the config's `ignores` name the file (a forward-slash path relative to the config's folder). */
export function isIgnored(config: StarConfig, relativePath: string): boolean {
  if (!config.ignores?.length) return false;
  let globs = compiledIgnores.get(config);
  if (!globs) compiledIgnores.set(config, (globs = config.ignores.map(compileGlob)));
  return matchesAnyGlob(relativePath, globs);
}

function readHedges(raw: unknown, config: StarConfig, problems: string[]): void {
  if (!isPlainObject(raw)) {
    problems.push('"hedges" must be an object { add: [phrases], allow: [phrases] }.');
    return;
  }
  for (const key of ['add', 'allow'] as const) {
    const list = raw[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) problems.push(`"hedges.${key}" must be a list of phrases.`);
    else config.hedges[key] = list.filter((x: string) => x.trim() !== '').slice(0, 500);
  }
}

export function activeCatalog(config: StarConfig): Catalog {
  return config.catalogs.find((c) => c.id === config.catalog) ?? AMAZON_CATALOG;
}

/** Far above any real set of values (Amazon has 16); a bound keeps a hostile catalog's name search small. */
export const MAX_CATALOG_PRINCIPLES = 500;
const MAX_ALIASES = 50;

function readCatalog(raw: unknown, problems: string[]): Catalog | undefined {
  if (!isPlainObject(raw)) {
    problems.push('Each catalog must be an object { id, label, principles }.');
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id.trim()) {
    problems.push('A catalog needs an "id" (a short name such as "acme").');
    return undefined;
  }
  if (!Array.isArray(r.principles) || r.principles.length === 0) {
    problems.push(`Catalog "${r.id}" needs a non-empty "principles" list.`);
    return undefined;
  }
  const principles: Principle[] = [];
  if (r.principles.length > MAX_CATALOG_PRINCIPLES) {
    problems.push(`Catalog "${clip(r.id)}" has ${r.principles.length} principles; only the first ${MAX_CATALOG_PRINCIPLES} are used.`);
  }
  for (const p of r.principles.slice(0, MAX_CATALOG_PRINCIPLES)) {
    if (typeof p === 'string' && p.trim()) principles.push({ name: p.trim() });
    else if (isPlainObject(p) && typeof p.name === 'string') {
      const q = p as Record<string, unknown>;
      principles.push({
        name: String(q.name).trim(),
        aliases: Array.isArray(q.aliases) ? q.aliases.slice(0, MAX_ALIASES).filter((a): a is string => typeof a === 'string') : undefined,
        description: typeof q.description === 'string' ? q.description : undefined,
        evidence: Array.isArray(q.evidence) ? q.evidence.filter((a): a is string => typeof a === 'string').slice(0, 500) : undefined,
      });
    } else problems.push(`Catalog "${r.id}" has a principle that is neither a name nor { name, aliases, description }.`);
  }
  return { id: r.id.trim(), label: typeof r.label === 'string' ? r.label : r.id.trim(), principles };
}

function readFocusSet(raw: unknown, defaultCatalog: string, problems: string[]): FocusSet | undefined {
  if (!isPlainObject(raw)) {
    problems.push('Each focus set must be an object { id, label, principles }.');
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id.trim() || !Array.isArray(r.principles)) {
    problems.push('A focus set needs an "id" and a "principles" list.');
    return undefined;
  }
  return {
    id: r.id.trim(),
    label: typeof r.label === 'string' ? r.label : r.id.trim(),
    catalog: typeof r.catalog === 'string' ? r.catalog : defaultCatalog,
    principles: r.principles.filter((p): p is string => typeof p === 'string'),
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
