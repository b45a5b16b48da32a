const SUPPRESS_KEY = 'star-lint-disable';
/** Sticky: tried only where a comment opens. Group 1 is the line-level form, when it is one. */
const SUPPRESS_OPENING = /<!--\s*star-lint-disable(-next-line|-line)?(?![\w-])/y;
/** The same in a YAML comment of the front matter: `# star-lint-disable-line unknown-principle`. */
const YAML_SUPPRESS = /#\s*star-lint-disable(-next-line|-line)(?![\w-])(.*)$/;

export interface Suppressions {
  /** Rule ids off for the whole story; `*` is every rule. */
  disabledRules: Set<string>;
  /** Rule ids off on one line (by zero-based line); `*` is every rule. */
  disabledLines: Map<number, Set<string>>;
}

/**
 * The story-wide switch (`star-lint-disable:` in the front matter, `<!-- star-lint-disable ids -->`) and the
 * line-level comments people know from markdownlint: `<!-- star-lint-disable-line ids -->` for its own line,
 * `<!-- star-lint-disable-next-line ids -->` for the line after the comment. No ids means every rule.
 */
export function readSuppressions(
  data: Record<string, unknown>,
  text: string,
  lines: readonly string[],
  frontMatterEnd: number,
): Suppressions {
  const disabledRules = new Set<string>();
  const disabledLines = new Map<number, Set<string>>();
  const value = data[SUPPRESS_KEY];
  if (typeof value === 'string') addIds(disabledRules, value);
  else if (value === true) disabledRules.add('*');
  else if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'string' && v.trim()) disabledRules.add(v.trim());
  }
  // '-lint-disable' first: V8 finds a needle by its first character, and "s" stands everywhere in prose, "-" seldom.
  if (text.indexOf('-lint-disable') !== -1 && text.includes('star-lint-disable')) {
    let lineStart = 0;
    let line = 0;
    /** Line of `offset`, counting forward from the last answer: one pass over the text in all. */
    const lineOf = (offset: number) => {
      for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < offset; nl = text.indexOf('\n', lineStart)) {
        lineStart = nl + 1;
        line++;
      }
      return line;
    };
    // A scan rather than matchAll(/<!--\s*star-lint-disable\b([^]*?)-->/g): the lazy regex searched to the end of
    // the text again from every disable comment that never closes, so a line of them repeated took half a second.
    for (let at = text.indexOf('<!--'); at !== -1;) {
      SUPPRESS_OPENING.lastIndex = at;
      const opening = SUPPRESS_OPENING.exec(text);
      if (!opening) {
        at = text.indexOf('<!--', at + 1);
        continue;
      }
      const from = at + opening[0].length;
      const end = text.indexOf('-->', from);
      if (end === -1) break; // no later comment can close either
      const ids = text.slice(from, end);
      if (opening[1] === undefined) addIds(disabledRules, ids);
      else {
        const commentLine = lineOf(at);
        addIds(lineSet(disabledLines, opening[1] === '-line' ? commentLine : lineOf(end) + 1), ids);
      }
      at = text.indexOf('<!--', end + 3);
    }
    if (frontMatterEnd > 0) readYamlComments(lines, frontMatterEnd, disabledLines);
  }
  return { disabledRules, disabledLines };
}

/** `# star-lint-disable-line ids` after a key, or `# star-lint-disable-next-line ids` on a line of its own. */
function readYamlComments(lines: readonly string[], frontMatterEnd: number, disabledLines: Map<number, Set<string>>): void {
  for (let l = 1; l < frontMatterEnd && l < lines.length; l++) {
    if (lines[l].indexOf('star-lint-disable') === -1) continue;
    const m = YAML_SUPPRESS.exec(lines[l]);
    if (m) addIds(lineSet(disabledLines, m[1] === '-line' ? l : l + 1), m[2]);
  }
}

function lineSet(map: Map<number, Set<string>>, line: number): Set<string> {
  let set = map.get(line);
  if (!set) map.set(line, (set = new Set()));
  return set;
}

function addIds(into: Set<string>, list: string): void {
  const ids = list.split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) into.add('*');
  for (const id of ids) into.add(id);
}
