/**
 * Glob patterns as VS Code's exclude settings and a config's `ignores` write them: `**` any depth, `*` and `?`
 * within a path segment, `{a,b}` alternatives, `[...]` character classes (`[!...]` negated), matched against a
 * forward-slash path relative to a folder. A pattern that names a folder also matches everything inside it.
 *
 * Patterns can come from a repository's config, so matching never backtracks: each pattern runs as a small
 * automaton over the path, in time proportional to the path's length times the pattern's.
 */
export interface Glob {
  readonly source: string;
  test(path: string): boolean;
}

type Token =
  | { kind: 'char'; c: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'globstar' }
  | { kind: 'class'; negated: boolean; test: (c: string) => boolean };

/** More alternatives than any real pattern has; the bound keeps `{a,b}{a,b}{a,b}...` from growing without end. */
const MAX_ALTERNATIVES = 64;

export function compileGlob(glob: string): Glob {
  if (!glob) return { source: glob, test: () => false };
  const alternatives = expandBraces(glob).map(tokenize);
  return { source: glob, test: (path) => alternatives.some((tokens) => run(tokens, path)) };
}

/** True when the path (forward slashes, relative) matches any of the globs. */
export function matchesAnyGlob(path: string, globs: readonly Glob[]): boolean {
  return globs.some((g) => g.test(path));
}

/** `a{b,c{d,e}}` → ab, acd, ace. An unclosed `{` is a literal one. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open === -1) return [glob];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close === -1) return [glob];
  const head = glob.slice(0, open);
  const bounds = [open, ...commas, close];
  const inner: string[] = [];
  for (let k = 0; k + 1 < bounds.length && inner.length < MAX_ALTERNATIVES; k++)
    inner.push(...expandBraces(glob.slice(bounds[k] + 1, bounds[k + 1])));
  // What follows the group is expanded once, not once per alternative (that grew exponentially with the groups).
  const rest = expandBraces(glob.slice(close + 1));
  const out: string[] = [];
  for (const a of inner) {
    for (const r of rest) {
      if (out.length >= MAX_ALTERNATIVES) return out;
      out.push(head + a + r);
    }
  }
  return out;
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        while (glob[i + 1] === '*') i++;
        // `**/` (any number of whole segments, none too): a run of them is one.
        if (glob[i + 1] === '/') {
          i++;
          while (glob.startsWith('**/', i + 1)) i += 3;
          if (tokens[tokens.length - 1]?.kind !== 'globstar') tokens.push({ kind: 'globstar' });
        } else tokens.push({ kind: 'globstar' }, { kind: 'star' }); // a trailing `**`: the rest, any depth
      } else if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[' && glob.indexOf(']', i + 2) !== -1) {
      const end = glob.indexOf(']', i + 2);
      let body = glob.slice(i + 1, end);
      const negated = body[0] === '!' || body[0] === '^';
      if (negated) body = body.slice(1);
      tokens.push({ kind: 'class', negated, test: classTest(body) });
      i = end;
    } else tokens.push({ kind: 'char', c });
  }
  return tokens;
}

function classTest(body: string): (c: string) => boolean {
  const ranges: [string, string][] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      ranges.push([body[i], body[i + 2]]);
      i += 2;
    } else ranges.push([body[i], body[i]]);
  }
  return (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
}

/**
 * Runs the pattern over the path as a set of positions in the pattern (an NFA, no backtracking). A `globstar`
 * skips whole segments: at a segment's start it may be passed over; once it reads a character it is inside a
 * skipped segment (kept as a negative state) until the next `/` brings it back to a segment's start. `star` stays
 * within a segment. The path matches when the whole pattern is consumed at its end, or where a `/` follows (a
 * folder and what it holds).
 */
function run(tokens: readonly Token[], path: string): boolean {
  const n = tokens.length;
  let states = closure(new Set([0]), tokens);
  if (states.has(n) && path.length === 0) return true;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '/' && states.has(n)) return true;
    const next = new Set<number>();
    for (const s of states) {
      if (s < 0) {
        // Inside a segment that a globstar skips.
        next.add(c === '/' ? -s - 1 : s);
        continue;
      }
      if (s === n) continue;
      const t = tokens[s];
      if (t.kind === 'char') {
        if (t.c === c) next.add(s + 1);
      } else if (t.kind === 'any') {
        if (c !== '/') next.add(s + 1);
      } else if (t.kind === 'class') {
        if (c !== '/' && t.test(c) !== t.negated) next.add(s + 1);
      } else if (t.kind === 'star') {
        if (c !== '/') next.add(s);
      } else if (c !== '/') next.add(-s - 1);
    }
    if (next.size === 0) return false;
    states = closure(next, tokens);
  }
  return states.has(n);
}

/** Adds the positions reachable without reading a character: past a `star` (empty) or a `globstar` (no segment). */
function closure(states: Set<number>, tokens: readonly Token[]): Set<number> {
  const stack = [...states];
  while (stack.length) {
    const s = stack.pop()!;
    const t = s >= 0 ? tokens[s] : undefined;
    if (t && (t.kind === 'star' || t.kind === 'globstar') && !states.has(s + 1)) {
      states.add(s + 1);
      stack.push(s + 1);
    }
  }
  return states;
}
