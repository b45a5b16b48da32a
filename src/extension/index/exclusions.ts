import { compileGlob, expandBraces, Glob, matchesAnyGlob } from '../../core';

/** `**\/name` or `**\/name/**` with a plain name: an exclusion that means the same from any folder. */
const ANY_DEPTH_NAME = /^\*\*\/([^*?[\]{}/!]+)(?:\/\*\*)?$/;
/** `**\/*.ext` with a plain ending: any file or folder whose name ends so (code-server adds `**\/*.crswap`). */
const ANY_DEPTH_ENDING = /^\*\*\/\*(\.[^*?[\]{}/!]+)$/;

/**
 * The files the index leaves out: `starStories.exclude` plus the enabled `files.exclude` patterns (findFiles
 * applies files.exclude only when given no exclude at all, so passing ours alone would turn the user's off).
 * Pure: the settings come in as values, so plain mocha tests it.
 */
export class Exclusions {
  /** Every pattern, each brace group expanded (`**\/*.{log,tmp}` is `**\/*.log` and `**\/*.tmp`). */
  readonly patterns: readonly string[];
  /**
   * Globs for every file of a scan were a quarter of a second of the first start (a profile), so the two shapes
   * every default has are matched by name: `names` holds `**\/name` (true: the name itself and all under it) and
   * `**\/name/**` (false: only what is under it), `endings` the `**\/*.ext`. Only other patterns are globs.
   */
  private readonly names = new Map<string, boolean>();
  private readonly endings: string[] = [];
  private readonly globs: Glob[] = [];

  constructor(ours: readonly unknown[], filesExclude: Readonly<Record<string, unknown>>) {
    const enabled = Object.keys(filesExclude).filter((glob) => filesExclude[glob] === true);
    const all = [...ours, ...enabled].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    this.patterns = [...new Set(all.flatMap((p) => expandBraces(p)))];
    for (const p of this.patterns) {
      const name = ANY_DEPTH_NAME.exec(p);
      const ending = ANY_DEPTH_ENDING.exec(p);
      if (name) this.names.set(name[1], this.names.get(name[1]) === true || !p.endsWith('/**'));
      else if (ending) this.endings.push(ending[1]);
      else this.globs.push(compileGlob(p));
    }
  }

  /** A key that changes whenever the patterns do. */
  get key(): string {
    return this.patterns.join('\n');
  }

  /** Whether a path relative to its workspace folder (forward slashes) is excluded. */
  matches(relativePath: string): boolean {
    // A folder excluded excludes all under it, as with the globs: each name on the path is looked at.
    if (this.names.size > 0 || this.endings.length > 0) {
      for (let from = 0; ;) {
        const slash = relativePath.indexOf('/', from);
        const name = slash === -1 ? relativePath.slice(from) : relativePath.slice(from, slash);
        const itself = this.names.get(name);
        if (itself !== undefined && (itself || slash !== -1)) return true;
        for (const ending of this.endings) if (name.endsWith(ending)) return true;
        if (slash === -1) break;
        from = slash + 1;
      }
    }
    return this.globs.length > 0 && matchesAnyGlob(relativePath, this.globs);
  }

  /**
   * One glob for findFiles: the patterns in one brace group. A pattern whose braces were left unexpanded (an
   * unclosed one) cannot sit in the group: it is left out here, and `needsFilter` says to check results.
   */
  searchGlob(): string | undefined {
    const plain = this.patterns.filter((p) => !/[{}]/.test(p));
    if (plain.length === 0) return undefined;
    return plain.length === 1 ? plain[0] : `{${plain.join(',')}}`;
  }

  /** True when searchGlob could not carry every pattern, so what a search finds must go through `matches`. */
  get needsFilter(): boolean {
    return this.patterns.some((p) => /[{}]/.test(p));
  }

  /**
   * The names excluded at any depth, when every pattern is one (all the defaults are): then a search can go
   * folder by folder, skipping a top-level folder of such a name, and mean the same. Undefined otherwise.
   */
  anyDepthNames(): Set<string> | undefined {
    return this.endings.length === 0 && this.globs.length === 0 ? new Set(this.names.keys()) : undefined;
  }
}
