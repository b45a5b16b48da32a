/**
 * Glob patterns as VS Code's exclude settings write them (`**` any depth, `*` and `?` within a path segment,
 * `{a,b}` alternatives, `[...]` character classes), matched against a path relative to the workspace folder.
 * findFiles applies them during a scan; a file event does not go through findFiles, so the index asks this.
 * No vscode import: plain mocha tests it.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0; // inside {...}
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of whole segments (none too); a trailing or lone `**` matches the rest.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  // An unclosed `{` reads as a literal one.
  if (depth > 0) return new RegExp(`^${escapeAll(glob)}$`);
  // A pattern that names a folder also excludes what is inside it (files.exclude works so: `**/.git`).
  return new RegExp(`^${re}(?:/.*)?$`);
}

function escapeAll(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the workspace-relative `path` (forward slashes) matches any of the patterns. */
export function matchesAny(path: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(path));
}
