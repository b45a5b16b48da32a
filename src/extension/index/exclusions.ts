import { compileGlob, expandBraces, Glob, matchesAnyGlob } from '../../core';

/** `**\/name` or `**\/name/**` with a plain name: an exclusion that means the same from any folder. */
const ANY_DEPTH_NAME = /^\*\*\/([^*?[\]{}/!]+)(?:\/\*\*)?$/;

/**
 * The files the index leaves out: `starStories.exclude` plus the enabled `files.exclude` patterns (findFiles
 * applies files.exclude only when given no exclude at all, so passing ours alone would turn the user's off).
 * Pure: the settings come in as values, so plain mocha tests it.
 */
export class Exclusions {
  /** Every pattern, each brace group expanded (`**\/*.{log,tmp}` is `**\/*.log` and `**\/*.tmp`). */
  readonly patterns: readonly string[];
  private readonly globs: Glob[];
  /**
   * Set when every pattern excludes a name at any depth (the defaults do): then a path is matched by its names.
   * True for `**\/name` (the name itself and all under it), false for `**\/name/**` (only what is under it).
   */
  private readonly names: Map<string, boolean> | undefined;

  constructor(ours: readonly unknown[], filesExclude: Readonly<Record<string, unknown>>) {
    const enabled = Object.keys(filesExclude).filter((glob) => filesExclude[glob] === true);
    const all = [...ours, ...enabled].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    this.patterns = [...new Set(all.flatMap((p) => expandBraces(p)))];
    this.globs = this.patterns.map(compileGlob);
    this.names = this.namesAtAnyDepth();
  }

  /** A key that changes whenever the patterns do. */
  get key(): string {
    return this.patterns.join('\n');
  }

  /** Whether a path relative to its workspace folder (forward slashes) is excluded. */
  matches(relativePath: string): boolean {
    // Globs for every file of a scan were a quarter of a second of the first start (a profile); names are a lookup.
    if (this.names) {
      const names = this.names;
      let from = 0;
      for (;;) {
        const slash = relativePath.indexOf('/', from);
        const itself = names.get(slash === -1 ? relativePath.slice(from) : relativePath.slice(from, slash));
        if (itself !== undefined && (itself || slash !== -1)) return true;
        if (slash === -1) return false;
        from = slash + 1;
      }
    }
    return matchesAnyGlob(relativePath, this.globs);
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
    const names = this.namesAtAnyDepth();
    return names && new Set(names.keys());
  }

  private namesAtAnyDepth(): Map<string, boolean> | undefined {
    const names = new Map<string, boolean>();
    for (const p of this.patterns) {
      const name = ANY_DEPTH_NAME.exec(p);
      if (!name) return undefined;
      names.set(name[1], names.get(name[1]) === true || !p.endsWith('/**'));
    }
    return names;
  }
}
