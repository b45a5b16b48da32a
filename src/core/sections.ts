import { Label, readInlineLabels, readLabel, readTrailingLabels } from './labels';
import { sectionKindsOf } from './sectionNames';
import { lineRange, range } from './text';
import { Range, Section, SectionKind, TextBlock } from './types';

export interface Heading {
  line: number;
  level: number;
  text: string;
}

interface Marker {
  kinds: SectionKind[];
  form: Section['form'];
  /** Where the section's text starts: sorts the markers. */
  line: number;
  character: number;
  level: number;
  markerRange: Range;
  markerText: string;
  contentStart: { line: number; character: number };
  /** A bare-letter label, kept only beside others (see keepLetters). */
  letter: boolean;
  /** A label inside a line, after other text: the section before it ends on that line. */
  inline?: boolean;
  bare?: boolean;
  /** Set for a label written after its text: the section ends there, not at the next marker. */
  end?: { line: number; character: number };
}

/**
 * STAR markers in document order (headings; labels at the start of a paragraph's lines, inside them
 * and after their text), and the sections they open.
 */
export function findSections(
  lines: readonly string[],
  blocks: readonly TextBlock[],
  headings: readonly Heading[],
  /** Kinds for headings that name no section, by line (sectionInference.ts). */
  inferred?: ReadonlyMap<number, SectionKind[]>,
  /** Kinds for bold lines that name no section, by line (sectionInference.ts). */
  inferredBold?: ReadonlyMap<number, SectionKind[]>,
): Section[] {
  const markers: Marker[] = [];
  const otherHeadings: Heading[] = [];
  for (const h of headings) {
    const kinds = inferred?.get(h.line) ?? sectionKindsOf(h.text, true);
    if (kinds.length === 0) {
      otherHeadings.push(h);
      continue;
    }
    const markerRange = lineRange(lines, h.line);
    markers.push({
      kinds,
      form: 'heading',
      line: h.line,
      character: 0,
      level: h.level,
      markerRange,
      markerText: h.text,
      contentStart: { line: h.line + 1, character: 0 },
      letter: false,
    });
  }
  for (const b of blocks) if (b.kind === 'paragraph') paragraphMarkers(lines, b, markers);
  // "Role: trainee technician, first year": a line of notes saying who the writer was, not a label opening the Task.
  for (let i = markers.length - 1; i >= 0; i--) if (isRoleLine(lines, markers[i])) markers.splice(i, 1);
  for (const [line, kinds] of inferredBold ?? []) {
    const text = lines[line];
    markers.push(labelMarker(line, { start: 0, end: text.length, text: text.replace(/[*_]/g, '').trim(), kinds, letter: false }, line, 0));
  }
  // A line that is only a word like "Context" is a section name in an answer pasted as plain text, but inside a
  // story that has STAR headings it is more likely a word of its own.
  const dropBare = markers.some((m) => m.bare) && markers.some((m) => m.form === 'heading');
  const kept = keepLetters(dropBare ? markers.filter((m) => !m.bare) : markers).sort(
    (a, b) => a.line - b.line || a.character - b.character,
  );
  // "What happened" closes a story as often as it opens one: before the Action, it tells the scene.
  const firstAction = kept.findIndex((m) => m.kinds.includes('action'));
  for (let i = 0; i < firstAction; i++) if (isSceneOrResult(kept[i])) kept[i].kinds = ['situation'];
  // "Context / Challenge / Actions / Outcome": a problem named right after the scene, in a story with no Task, is
  // what the writer had to solve: the Task.
  if (!kept.some((m) => m.kinds.includes('task')))
    for (let i = 1; i < kept.length && (firstAction === -1 || i < firstAction); i++)
      if (isProblem(kept[i]) && kept[i - 1].kinds.length === 1 && kept[i - 1].kinds[0] === 'situation') {
        kept[i].kinds = ['task'];
        break;
      }

  const sections: Section[] = [];
  // Headings and markers are both in line order, so one cursor walks the plain headings once for all markers
  // (a loop over every heading for every marker was quadratic in a file of many headings).
  let nextHeading = 0;
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i];
    const next = kept[i + 1];
    // A section ends where the next STAR marker starts, or at a plain heading of the same or a higher level.
    let end = m.end?.line ?? (next ? next.line - 1 : lines.length - 1);
    let endCharacter = m.end?.character;
    if (!m.end && next?.inline) {
      // The next label stands inside this line: this section stops just before it.
      end = next.line;
      endCharacter = next.markerRange.start.character;
    }
    while (nextHeading < otherHeadings.length && otherHeadings[nextHeading].line <= m.line) nextHeading++;
    for (let k = nextHeading; k < otherHeadings.length && otherHeadings[k].line <= end; k++) {
      const h = otherHeadings[k];
      if (h.level <= m.level) {
        end = h.line - 1;
        endCharacter = undefined;
        break;
      }
    }
    for (const kind of m.kinds) {
      const section: Section = {
        kind,
        form: m.form,
        markerRange: m.markerRange,
        markerText: m.markerText,
        level: m.level,
        contentStart: m.contentStart,
        endLine: end,
        combined: m.kinds.length > 1,
      };
      if (endCharacter !== undefined) section.endCharacter = endCharacter;
      sections.push(section);
    }
  }
  return sections;
}

/**
 * Labels of one paragraph: at its start, at the start of its later lines when it opened with one
 * (`Situation: ...` then `Task: ...` on the next line), inside such lines after a sentence, and after
 * a line's text (`... [Situation]`).
 */
function paragraphMarkers(lines: readonly string[], b: TextBlock, markers: Marker[]): void {
  const first = lines[b.startLine];
  const opening = mayBeLabel(first) ? readLabel(first, false) : undefined;
  // A table (read as a paragraph) may name its sections in the first cell of each row, below a header row.
  if (!opening && startsWithBar(first)) {
    for (let l = b.startLine + 1; l <= b.endLine; l++) {
      const label = startsWithBar(lines[l]) ? readLabel(lines[l], false) : undefined;
      if (label) markers.push(labelMarker(l, label, l, label.start));
    }
    return;
  }
  if (opening) {
    const found: Marker[] = [];
    for (let l = b.startLine; l <= b.endLine; l++) {
      const line = lines[l];
      const label = l === b.startLine ? opening : mayBeLabel(line) ? readLabel(line, true) : undefined;
      if (!label) continue;
      found.push(labelMarker(l, label, l, label.start));
      if (label.end < line.length)
        for (const inline of readInlineLabels(line, label.end)) found.push({ ...labelMarker(l, inline, l, inline.start), inline: true });
    }
    // Labels after the first must go on in S-T-A-R order: "Result: still waiting. Situation: ..." is a note, and
    // `S:`/`T:` taking turns a transcript. Otherwise only the first counts.
    let last = -1;
    const ordered = found.every((m) => {
      const ok = firstOrder(m.kinds) > last;
      last = lastOrder(m.kinds);
      return ok;
    });
    markers.push(...(ordered ? found : found.slice(0, 1)));
    return;
  }
  let trailingFrom = { line: b.startLine, character: 0 };
  for (let l = b.startLine; l <= b.endLine; l++) {
    const line = lines[l];
    // A line with labels after its text ends with one: `... (Result).`, `... [Result]"`. Checked from the end only.
    if (!endsWithBracket(line)) continue;
    for (const trailing of readTrailingLabels(line)) {
      const marker = labelMarker(l, trailing, trailingFrom.line, trailingFrom.character);
      marker.contentStart = trailingFrom;
      marker.end = { line: l, character: trailing.start };
      markers.push(marker);
      trailingFrom = { line: l, character: trailing.end };
    }
  }
}

function endsWithBracket(line: string): boolean {
  let i = line.length - 1;
  for (let stop = Math.max(0, i - 4); i > stop; i--) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 46 && c !== 34 && c !== 0x201d && c !== 33 && c !== 63) break;
  }
  const c = line.charCodeAt(i);
  return c === 41 || c === 93;
}

function startsWithBar(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return line.charCodeAt(i) === 124;
}

const ORDER: readonly SectionKind[] = ['situation', 'task', 'action', 'result', 'learnings'];

function lastOrder(kinds: readonly SectionKind[]): number {
  return Math.max(...kinds.map((k) => ORDER.indexOf(k)));
}

function firstOrder(kinds: readonly SectionKind[]): number {
  return Math.min(...kinds.map((k) => ORDER.indexOf(k)));
}

function labelMarker(line: number, label: Label, sortLine: number, sortCharacter: number): Marker {
  return {
    kinds: label.kinds,
    form: 'label',
    line: sortLine,
    character: sortCharacter,
    level: 7,
    markerRange: range(line, label.start, line, label.end),
    markerText: label.text,
    contentStart: { line, character: label.end },
    letter: label.letter,
    bare: label.bare,
  };
}

/** A marker named "What happened" (not "What happened next"), read as the Result until its place says otherwise. */
function isSceneOrResult(m: Marker): boolean {
  return m.kinds.length === 1 && m.kinds[0] === 'result' && /\bwhat happened\b(?!\s+next)/i.test(m.markerText);
}

function isRoleLine(lines: readonly string[], m: Marker): boolean {
  if (m.form !== 'label' || !ROLE_LABEL.test(m.markerText)) return false;
  const rest = (lines[m.contentStart.line] ?? '').slice(m.contentStart.character);
  return /[\p{L}\p{N}]/u.test(rest) && !TASK_OPENING.test(rest);
}
const ROLE_LABEL = /^[^\p{L}]*(?:my\s+)?(?:role|position)[^\p{L}]*$/iu;
/** What a Task written under "Role:" opens with: the writer, or what was to be done. */
const TASK_OPENING = /^[\s*_:.\-–—]*(?:i|i'm|i'd|i've|to|we|my|our|what|how|make|get|find|fix|keep|help|lead|run|deliver|build)\b/i;

function isProblem(m: Marker): boolean {
  return m.kinds.length === 1 && m.kinds[0] === 'situation' && PROBLEM_NAME.test(m.markerText);
}
const PROBLEM_NAME = /^[^\p{L}]*(?:the\s+)?(?:problem|challenge)[^\p{L}]*$/iu;

/**
 * Single-letter labels (`S:`, `**A**`) are a STAR outline only beside each other: a lone `A:` answers a
 * `Q:`, and `S:`/`T:` taking turns is a transcript. So they count when they name two sections or more,
 * none more than twice, first met in S-T-A-R order.
 */
function keepLetters(markers: Marker[]): Marker[] {
  if (!markers.some((m) => m.letter && m.form === 'label')) return markers;
  const letters = markers.filter((m) => m.letter && m.form === 'label');
  letters.sort((a, b) => a.line - b.line || a.character - b.character);
  const seen = new Map<SectionKind, number>();
  let lastFirst = -1;
  let inOrder = true;
  for (const m of letters) {
    for (const kind of m.kinds) {
      const n = seen.get(kind) ?? 0;
      if (n === 0) {
        if (ORDER.indexOf(kind) < lastFirst) inOrder = false;
        lastFirst = ORDER.indexOf(kind);
      }
      seen.set(kind, n + 1);
    }
  }
  const ok = seen.size >= 2 && inOrder && [...seen.values()].every((n) => n <= 2);
  return ok ? markers : markers.filter((m) => !(m.letter && m.form === 'label'));
}

/**
 * A label has a colon, a dash, `=` or ` /` within its first 64 characters, or starts with emphasis, a bracket
 * or a table bar, or is short enough to be a name alone: most lines are ruled out here cheaply. One pass over
 * the line's head by character code, without slicing it (paragraphs are often one long line).
 */
function mayBeLabel(line: string): boolean {
  const head = Math.min(line.length, 64);
  for (let i = 0; i < head; i++) {
    const c = line.charCodeAt(i);
    // : = — –, and " -" or " /"
    if (c === 58 || c === 61 || c === 0x2014 || c === 0x2013) return true;
    // → ▸ ► »: arrows some writers put after a part's name.
    if (c === 0x2192 || c === 0x25b8 || c === 0x25ba || c === 0xbb) return true;
    if ((c === 45 || c === 47) && i > 0 && line.charCodeAt(i - 1) === 32) return true;
    // `Situation. I'm a ...`: a name and a full stop.
    if (c === 46 && i >= 3 && i <= 15 && line.charCodeAt(i + 1) === 32) return true;
  }
  // Past indentation and quote or list markers (`*` is left: it may open emphasis).
  let first = 0;
  for (
    let c = line.charCodeAt(0);
    c === 32 || c === 9 || c === 62 || c === 45 || c === 43 || (c >= 48 && c <= 57) || c === 46;
    c = line.charCodeAt(++first)
  );
  const a = line.charCodeAt(first);
  // `S) ...`: a capital and a closing bracket.
  if (a >= 65 && a <= 90 && line.charCodeAt(first + 1) === 41) return true;
  return a === 42 || a === 95 || a === 40 || a === 91 || a === 124 || a > 127 || line.length - first <= 40;
}
