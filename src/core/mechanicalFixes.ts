import { FixEdit, quoteNameFix } from './fixes';
import { Finding, PrincipleRef } from './types';

/** What the fixes read: a story's principles as parsed (a Story, or a StorySummary) and its current lines. */
export interface MechanicalFixInput {
  principles: readonly PrincipleRef[];
  lines: readonly string[];
  /** The story's findings: a split-principle-name finding is fixed by quoting the name. */
  findings?: readonly Finding[];
}

/**
 * Fixes that change no prose, safe to apply without a person looking (star-lint --fix): principle names written
 * as an alias or in other case become the catalog's name, a name a list split at its comma is quoted, and a
 * principle named twice is named once. Each edit
 * stays inside the front matter; a misspelling is never "corrected" here (that is a guess, left to a quick fix).
 */
export interface MechanicalFix {
  edit: FixEdit;
  /** What changes, in plain words, for the CLI's report. */
  description: string;
}

export function mechanicalFixes(story: MechanicalFixInput): MechanicalFix[] {
  const fixes: MechanicalFix[] = [];
  const seen = new Set<string>();
  for (const ref of story.principles) {
    if (!ref.canonical || ref.suggestion || !isLocated(story, ref)) continue;
    if (seen.has(ref.canonical)) {
      const removal = removeItem(story, ref);
      if (removal) fixes.push({ edit: removal, description: `removed "${ref.raw}", named twice` });
      continue;
    }
    seen.add(ref.canonical);
    if (ref.raw !== ref.canonical)
      fixes.push({ edit: rename(story, ref, ref.canonical), description: `"${ref.raw}" → "${ref.canonical}"` });
  }
  for (const f of story.findings ?? []) {
    if (f.rule !== 'split-principle-name') continue;
    const edit = quoteNameFix(story.lines, f);
    if (edit && !fixes.some((x) => overlaps(x.edit, edit))) fixes.push({ edit, description: `quoted "${String(f.data?.raw)}"` });
  }
  return fixes;
}

function overlaps(a: FixEdit, b: FixEdit): boolean {
  const before = (p: FixEdit['range']['start'], q: FixEdit['range']['start']) =>
    p.line < q.line || (p.line === q.line && p.character <= q.character);
  return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start));
}

/** The name stands where its range says (not only the `principles:` line it fell back to). */
function isLocated(story: MechanicalFixInput, ref: PrincipleRef): boolean {
  const { start, end } = ref.range;
  return start.line === end.line && story.lines[start.line]?.slice(start.character, end.character) === ref.raw;
}

function rename(story: MechanicalFixInput, ref: PrincipleRef, name: string): FixEdit {
  const line = story.lines[ref.range.start.line];
  const quote = quoteAround(line, ref);
  if (quote === '"') return { range: ref.range, newText: name.replace(/["\\]/g, '\\$&') };
  if (quote === "'") return { range: ref.range, newText: name.replace(/'/g, "''") };
  // Unquoted: a name with a comma would split a list, one with `: ` or `#` would not read as a name.
  const needsQuotes = /[,:#[\]{}]|^[-?!&*|>'"%@`]/.test(name);
  return { range: ref.range, newText: needsQuotes ? `"${name.replace(/["\\]/g, '\\$&')}"` : name };
}

function quoteAround(line: string, ref: PrincipleRef): '"' | "'" | undefined {
  const before = line[ref.range.start.character - 1];
  const after = line[ref.range.end.character];
  return (before === '"' || before === "'") && after === before ? before : undefined;
}

/** Removes a repeated name: its whole `- name` line in a block list, else the item and its comma in a flow list or string. */
function removeItem(story: MechanicalFixInput, ref: PrincipleRef): FixEdit | undefined {
  const lineNo = ref.range.start.line;
  const line = story.lines[lineNo];
  const quote = quoteAround(line, ref);
  const start = ref.range.start.character - (quote ? 1 : 0);
  const end = ref.range.end.character + (quote ? 1 : 0);
  if (/^\s*-\s*$/.test(line.slice(0, start)) && line.slice(end).trim() === '') {
    return { range: { start: { line: lineNo, character: 0 }, end: { line: lineNo + 1, character: 0 } }, newText: '' };
  }
  // The comma before it (with the spaces around), else the comma after it.
  let from = start;
  while (from > 0 && line[from - 1] === ' ') from--;
  if (line[from - 1] === ',')
    return { range: { start: { line: lineNo, character: from - 1 }, end: { line: lineNo, character: end } }, newText: '' };
  let to = end;
  while (to < line.length && line[to] === ' ') to++;
  if (line[to] !== ',') return undefined;
  to++;
  while (to < line.length && line[to] === ' ') to++;
  return { range: { start: { line: lineNo, character: start }, end: { line: lineNo, character: to } }, newText: '' };
}

/**
 * Applies edits to the text as it is on disk (any line endings: positions count lines, which normalising the
 * endings does not change). Edits must not overlap; they are applied from the last to the first.
 */
export function applyEdits(text: string, edits: readonly FixEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const offset = (p: { line: number; character: number }) => (p.line < lineStarts.length ? lineStarts[p.line] + p.character : text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
