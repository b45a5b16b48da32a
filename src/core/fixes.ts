import { FIX_SECTION_PROMPTS, METRIC_PROMPTS } from './prompts';
import { LABEL } from './sectionNames';
import { StorySummary } from './summary';
import { Finding, Range, SECTION_TITLES, SectionKind } from './types';

/**
 * The text of the quick fixes: where an edit goes and what it inserts, computed from a story's summary
 * and its current lines. Pure, so the extension stays a thin adapter and the edits can be unit tested.
 */
export interface FixEdit {
  /** Zero-based; an empty range is an insertion. */
  range: Range;
  newText: string;
  /** The same edit as a VS Code snippet with tab stops on the prompts, for an editor the user is typing in. */
  snippet?: string;
}

/** What the fixes read of a summary (so callers and tests can pass just that). */
export type FixSummary = Pick<StorySummary, 'sections' | 'frontMatterEndLine' | 'findings'>;

/** Telling order, Learnings last: a missing section goes between its neighbours in this order. */
const ORDER: readonly SectionKind[] = ['situation', 'task', 'action', 'result', 'learnings'];

/** The key and comment the engine reads suppressions from (see readSuppressions in story.ts). */
const SUPPRESS_KEY = 'star-lint-disable';
const SUPPRESS_COMMENT = /<!--\s*star-lint-disable\b.*?(-->)/;

export function pos(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Escapes text that must stay literal in a snippet. */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * Inserts a missing STAR section as a heading (or label) and a one-line prompt: after the nearest
 * section that comes before it in S-T-A-R order, else before the first one that comes after it, else at
 * the end. The marker copies the neighbour's style: its heading level, or its label form.
 */
export function addSectionFix(summary: FixSummary, lines: readonly string[], kind: Exclude<SectionKind, 'learnings'>, eol = '\n'): FixEdit {
  const at = ORDER.indexOf(kind);
  const sections = summary.sections;
  let before: FixSummary['sections'][number] | undefined;
  for (let k = at - 1; k >= 0 && !before; k--) {
    for (const s of sections) if (s.kind === ORDER[k] && (!before || s.markerRange.start.line > before.markerRange.start.line)) before = s;
  }
  let after: FixSummary['sections'][number] | undefined;
  if (!before) {
    for (const s of sections)
      if (ORDER.indexOf(s.kind) > at && (!after || s.markerRange.start.line < after.markerRange.start.line)) after = s;
  }
  const reference = before ?? after;

  const title = SECTION_TITLES[kind];
  const prompt = FIX_SECTION_PROMPTS[kind];
  let marker: string;
  let body: { text: string; snippet: string };
  if (reference && reference.form === 'label') {
    marker = labelLike(lines[reference.markerRange.start.line] ?? '', title);
    body = { text: `${marker} ${prompt}`, snippet: `${snippetText(marker)} \${1:${prompt}}` };
  } else {
    const level = reference ? reference.level : (sections.find((s) => s.form === 'heading')?.level ?? 2);
    marker = `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ${title}`;
    body = { text: `${marker}${eol}${eol}${prompt}`, snippet: `${snippetText(marker)}${eol}${eol}\${1:${prompt}}` };
  }

  const line = before ? before.endLine + 1 : after ? after.markerRange.start.line : lines.length;
  return insertBlock(lines, line, body, eol);
}

/** `**Situation:**` becomes `**Task:**`; a bullet before the label is kept, numbering and quotes are not. */
function labelLike(markerLine: string, title: string): string {
  const m = LABEL.exec(markerLine);
  if (!m) return `**${title}:**`;
  const label = m[0].slice(m[1].length);
  const bullet = /^\s*[-*+]\s+$/.test(m[1]) ? m[1] : '';
  return bullet + label.replace(m[2].trim(), title);
}

/** Inserts a block of lines before `line` (or at the end), with a blank line on each side. */
function insertBlock(lines: readonly string[], line: number, body: { text: string; snippet: string }, eol: string): FixEdit {
  if (line < lines.length) {
    const lead = line === 0 || isBlank(lines[line - 1]) ? '' : eol;
    const trail = isBlank(lines[line]) ? eol : eol + eol;
    return { range: pos(line, 0), newText: lead + body.text + trail, snippet: lead + body.snippet + trail };
  }
  // At the end: the last line is either empty (the file ends with a line break) or holds text.
  const last = Math.max(lines.length - 1, 0);
  const lastText = lines[last] ?? '';
  let lead: string;
  if (lastText !== '') lead = eol + eol;
  else lead = last === 0 || isBlank(lines[last - 1]) ? '' : eol;
  return { range: pos(last, lastText.length), newText: lead + body.text + eol, snippet: lead + body.snippet + eol };
}

/**
 * Replaces an unknown principle with the suggested one, in place. Only when the finding's range still
 * holds the name as written, so a stale or approximate range never loses text.
 */
export function principleFix(lines: readonly string[], finding: Finding): FixEdit | undefined {
  const raw = finding.data?.raw;
  const suggestion = finding.data?.suggestion;
  if (typeof raw !== 'string' || typeof suggestion !== 'string' || !suggestion) return undefined;
  const r = finding.range;
  const line = lines[r.start.line];
  if (line === undefined || r.start.line !== r.end.line || line.slice(r.start.character, r.end.character) !== raw) return undefined;

  const open = line[r.start.character - 1];
  const quoted = (open === '"' || open === "'") && line[r.end.character] === open;
  let text = suggestion;
  if (quoted) {
    text = open === "'" ? suggestion.replace(/'/g, "''") : suggestion.replace(/["\\]/g, '\\$&');
  } else if (
    (inFlowCollection(lines, r.start.line, r.start.character) && /[,[\]{}]/.test(suggestion)) ||
    /: |\s#|^[-?:,[\]{}#&*!|>'"%@`]/.test(suggestion)
  ) {
    // "Are Right, A Lot" inside [a, b] would become two names without quotes.
    text = JSON.stringify(suggestion);
  }
  return { range: r, newText: text };
}

/**
 * Quotes a principle name that holds a comma ("Are Right, A Lot") where it stands, so the list reads it as
 * one name. Double quotes, or single ones inside a double-quoted string; only while the range still holds it.
 */
export function quoteNameFix(lines: readonly string[], finding: Finding): FixEdit | undefined {
  const raw = finding.data?.raw;
  const r = finding.range;
  const line = lines[r.start.line];
  if (
    typeof raw !== 'string' ||
    line === undefined ||
    r.start.line !== r.end.line ||
    line.slice(r.start.character, r.end.character) !== raw
  )
    return undefined;
  const before = line.slice(0, r.start.character);
  const insideDouble = (before.split('"').length - 1) % 2 === 1;
  const text = insideDouble ? `'${raw.replace(/'/g, "''")}'` : JSON.stringify(raw);
  return { range: r, newText: text };
}

/** True when the position is inside a YAML `[...]` or `{...}` opened on this line or since the key's line. */
function inFlowCollection(lines: readonly string[], line: number, character: number): boolean {
  let depth = 0;
  for (let l = line; l >= 0; l--) {
    const text = l === line ? lines[l].slice(0, character) : lines[l];
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text[i];
      if (c === ']' || c === '}') depth--;
      else if (c === '[' || c === '{') depth++;
    }
    if (depth > 0) return true;
    // A line that starts a key (or the opening ---) is as far back as a collection can begin.
    if (l < line && /^(?:---|["']?[\w -]+["']?\s*:)/.test(lines[l])) break;
    if (l === line && /^["']?[\w -]+["']?\s*:/.test(lines[l])) break;
  }
  return false;
}

/**
 * Adds a before → after metric line at the end of the Result section for the writer to fill in.
 * Its `<...>` prompts are reported by template-placeholder until they are replaced.
 */
export function metricLineFix(summary: FixSummary, lines: readonly string[], eol = '\n'): FixEdit | undefined {
  const result = summary.sections.find((s) => s.kind === 'result');
  if (!result) return undefined;
  const start = result.markerRange.start.line;
  let last = Math.min(result.endLine, lines.length - 1);
  while (last > start && isBlank(lines[last])) last--;
  const lastText = lines[last] ?? '';
  // Continue a list the Result already ends with (same bullet); otherwise start one after a blank line.
  const bullet = last > start || result.form === 'label' ? /^(\s*)([-*+])\s/.exec(lastText) : null;
  const lead = bullet ? eol + bullet[1] : eol + eol;
  const mark = bullet ? bullet[2] : '-';
  const [what, before, after, time] = METRIC_PROMPTS;
  return {
    range: pos(last, lastText.length),
    newText: `${lead}${mark} ${what} went from ${before} to ${after} in ${time}`,
    snippet: `${lead}${mark} \${1:${what}} went from \${2:${before}} to \${3:${after}} in \${4:${time}}`,
  };
}

const NEXT_LINE_COMMENT = /^<!--\s*star-lint-disable-next-line\b[^>]*?(\s*-->)\s*$/;
const SAME_LINE_COMMENT = /<!--\s*star-lint-disable-line\b[^>]*?(\s*-->)/;
const YAML_SAME_LINE = /#\s*star-lint-disable-line\b/;

/**
 * Silences one finding where it stands, the markdownlint way: a `<!-- star-lint-disable-next-line id -->` line
 * above a heading or a paragraph's first line, a `<!-- star-lint-disable-line id -->` at the end of any other
 * line (a list item, a wrapped line), and a `# star-lint-disable-line id` YAML comment on a front matter line.
 * An existing comment of the kind gets the id added. Undefined on the opening `---`, where no comment can go.
 */
export function ignoreHereFix(summary: FixSummary, lines: readonly string[], finding: Finding, eol = '\n'): FixEdit | undefined {
  const line = finding.range.start.line;
  const text = lines[line];
  if (text === undefined) return undefined;
  const fmEnd = summary.frontMatterEndLine;
  const id = finding.rule;
  if ((line === 0 && /^---/.test(text)) || line === fmEnd) return undefined;
  if (fmEnd > 0 && line < fmEnd) {
    const end = text.trimEnd().length;
    return { range: pos(line, end), newText: YAML_SAME_LINE.test(text) ? ` ${id}` : ` # star-lint-disable-line ${id}` };
  }
  const above = line > 0 ? lines[line - 1] : undefined;
  const existing = above === undefined ? null : NEXT_LINE_COMMENT.exec(above);
  if (existing) return { range: pos(line - 1, above!.length - existing[1].length), newText: ` ${id}` };
  const same = SAME_LINE_COMMENT.exec(text);
  if (same) return { range: pos(line, same.index + same[0].length - same[1].length), newText: ` ${id}` };
  // Line 0 of a file without front matter also holds findings about the whole file, which stay there: a line
  // inserted above would only push the text down, so the comment goes at the end of the line.
  const heading = line > 0 && /^ {0,3}#{1,6}(?:\s|$)/.test(text);
  const startsBlock = line > 0 && (isBlank(above) || line === fmEnd + 1);
  if (heading || (startsBlock && /^[^\s>|*+\-\d]/.test(text)))
    return { range: pos(line, 0), newText: `<!-- star-lint-disable-next-line ${id} -->${eol}` };
  return { range: pos(line, text.trimEnd().length), newText: ` <!-- star-lint-disable-line ${id} -->` };
}

/**
 * Turns a rule off for one story: a `star-lint-disable: [ids]` key in readable YAML front matter (added,
 * or extended when it is there), else an `<!-- star-lint-disable ids -->` comment (extended, or added at
 * the top, after any front matter).
 */
export function disableRuleFix(summary: FixSummary, lines: readonly string[], ruleId: string, eol = '\n'): FixEdit {
  const fmEnd = summary.frontMatterEndLine;
  // A key in front matter that does not parse (or is JSON) would not be read, so the comment is used.
  const yamlFrontMatter =
    fmEnd > 0 && /^---\s*(?:ya?ml)?\s*$/i.test(lines[0] ?? '') && !summary.findings.some((f) => f.rule === 'invalid-front-matter');
  const inFrontMatter = yamlFrontMatter ? disableInFrontMatter(lines, fmEnd, ruleId, eol) : undefined;
  if (inFrontMatter) return inFrontMatter;

  for (let l = 0; l < lines.length; l++) {
    const m = SUPPRESS_COMMENT.exec(lines[l]);
    if (!m) continue;
    const close = m.index + m[0].length - m[1].length;
    const space = /\s$/.test(lines[l].slice(0, close));
    return { range: pos(l, close), newText: space ? `${ruleId} ` : ` ${ruleId} ` };
  }
  const comment = `<!-- ${SUPPRESS_KEY} ${ruleId} -->`;
  if (fmEnd >= 0) {
    // After the front matter: a comment above it would stop it being front matter.
    const after = fmEnd + 1;
    if (after < lines.length) return { range: pos(after, 0), newText: comment + eol };
    return { range: pos(fmEnd, lines[fmEnd].length), newText: eol + comment };
  }
  if (/^---/.test(lines[0] ?? '')) {
    // Front matter that never closes: the top is taken, so the comment goes at the end.
    const last = lines.length - 1;
    return { range: pos(last, lines[last].length), newText: (lines[last] === '' ? '' : eol) + comment + eol };
  }
  return { range: pos(0, 0), newText: comment + eol };
}

/** Undefined when the key is there in a shape that cannot be extended on its line (a multi-line list, a block scalar). */
function disableInFrontMatter(lines: readonly string[], fmEnd: number, ruleId: string, eol: string): FixEdit | undefined {
  const keyLine = /^(["']?)star-lint-disable\1\s*:/;
  for (let l = 1; l < fmEnd; l++) {
    const key = keyLine.exec(lines[l]);
    if (!key) continue;
    const text = lines[l];
    const value = text.slice(key[0].length).replace(/\s+#.*$/, '');
    const flow = /^(\s*\[)([^\]]*)\]/.exec(value);
    if (flow) {
      const inner = flow[2].trimEnd();
      const at = key[0].length + flow[1].length + inner.length;
      return { range: pos(l, at), newText: inner.trim() ? `, ${ruleId}` : ruleId };
    }
    if (!value.trim()) {
      // A block list under the key: add an item like the last one.
      let lastItem = -1;
      for (let i = l + 1; i < fmEnd && /^\s*-\s/.test(lines[i]); i++) lastItem = i;
      if (lastItem >= 0) {
        const indent = /^(\s*-\s+)/.exec(lines[lastItem])![1];
        return { range: pos(lastItem, lines[lastItem].length), newText: eol + indent + ruleId };
      }
    }
    const plain = value.trim();
    if (/^[[{|>&*!]/.test(plain)) return undefined;
    if (plain && !/^(?:true|false|null|~)$/i.test(plain)) {
      // A string of ids ("a b" or "a, b"): the engine splits it on spaces and commas.
      const quote = /^["']/.test(plain) && plain.endsWith(plain[0]) && plain.length > 1;
      const end = key[0].length + value.trimEnd().length - (quote ? 1 : 0);
      return { range: pos(l, end), newText: `, ${ruleId}` };
    }
    // Empty or not a list of ids: the key is rewritten as a list holding just this id.
    return {
      range: { start: { line: l, character: 0 }, end: { line: l, character: text.length } },
      newText: `${SUPPRESS_KEY}: [${ruleId}]`,
    };
  }
  return { range: pos(fmEnd, 0), newText: `${SUPPRESS_KEY}: [${ruleId}]${eol}` };
}
