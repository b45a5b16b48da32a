import { sectionKindsOf } from './sectionNames';
import { SectionKind } from './types';

/** A STAR label found on a line of a paragraph. */
export interface Label {
  /** Columns where the label starts and where the section's own text starts. */
  start: number;
  end: number;
  /** The label's words as written, without emphasis or separator. */
  text: string;
  kinds: SectionKind[];
  /** Only letters (`S:`, `**A**`, `S/T:`): such labels count only beside other letter labels (see sections.ts). */
  letter: boolean;
  /** A plain line that is only a name (`Situation`), which counts only in a story without STAR headings. */
  bare?: boolean;
}

/**
 * Indentation, quote and list markers (`1.`, `(2)`, `IV.`, `— `, `➤ `, `► `, `★ `), and an opening quotation mark
 * before a label.
 */
const PREFIX =
  /[ \t]*(?:>[ \t]*)*(?:[-*+—–•►▶▸▹➤➔➜➝➞→⇒★☆✦✧◆◇■□●○▪▫♦❖✓☞][ \t]+|\d{1,2}[.)][ \t]+|\(\d{1,2}\)[ \t]+|(?:I{1,3}|IV|V|VI{1,3}|IX|X)[.)][ \t]+)?(?:>[ \t]*)*(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)?["“]?/uy;
/** `S) ...`: a capital letter closed by a bracket, as outlines number their points. */
const LETTER_PAREN = /([A-Z])\)(?=[ \t]|$)/y;
/** `Situation: ...`, `S - ...`, `Situation = ...`, `Action (60%): ...`, `What I did ->`, `Task ▸ ...`: the shortest words before a separator. */
const PLAIN = /([\p{L}][\p{L}\p{N} \t&/+'’()%?]{0,40}?)(?:[ \t]*(?:->|=>|[→▸►»])|[ \t]*[:=]|[ \t]+[—–-]|[—–])(?=\s|$|\p{L})/uy;
/** `Situation. I'm a self-employed handyman ...`: one name of three letters or more, a full stop, then a capital. */
const DOTTED = /([\p{L}]{3,14})\.[ \t]+(?=\p{Lu}|["“])/uy;
/** `Situation / ...`, tried after PLAIN so that `Situation / Task: ...` stays a combined label. */
const SLASHED = /([\p{L}][\p{L} \t&+'’]{0,30}?)[ \t]+\/(?=[ \t])/uy;
/** What may stand between a closing `**` or `)` and the section's text. */
const AFTER = /[ \t]*(?:[:.=]|[—–-](?=[ \t]|$))?[ \t]*/y;
const TRAILING_PUNCTUATION = /[\s:.\-–—=]+$/;

/**
 * Reads a STAR label at the start of `line`. `strict` (for lines inside a paragraph, where prose may
 * wrap onto a line that happens to start with "context:") asks for a capital or emphasis.
 */
export function readLabel(line: string, strict: boolean): Label | undefined {
  const label = readLabelAt(line, 0, strict);
  // `A: **Situation:** ...`, `Answer: Situation: ...`: a label after a short lead-in (a Q/A answer) is the real one.
  // `S: my role: head nurse` is not: a letter other than A is the writer's own label, and what follows is text.
  if (label && (!label.letter || label.text.toUpperCase() !== 'A')) return label;
  const colon = line.indexOf(':');
  if (colon === -1 || colon > 24) return label;
  const inner = readLabelAt(line, colon + 1, false);
  return inner && !inner.letter ? inner : label;
}

function readLabelAt(line: string, from: number, strict: boolean): Label | undefined {
  PREFIX.lastIndex = from;
  PREFIX.exec(line);
  const p = PREFIX.lastIndex;
  if (p >= line.length) return undefined;
  const c = line.charCodeAt(p);
  if (c === 42 || c === 95) return emphasised(line, p);
  if (c === 40 || c === 91 || CLOSING[c] !== undefined) return bracketed(line, p);
  if (c === 124) return tableRow(line, p);
  if (strict && !isCapital(c)) return undefined;
  LETTER_PAREN.lastIndex = p;
  if (LETTER_PAREN.test(line)) {
    const label = make(line[p], p, LETTER_PAREN.lastIndex, line);
    if (label) return label;
  }
  PLAIN.lastIndex = p;
  const m = PLAIN.exec(line);
  if (m) {
    const label = make(m[1], p, PLAIN.lastIndex, line);
    if (label) return label;
  }
  SLASHED.lastIndex = p;
  const s = SLASHED.exec(line);
  if (s) {
    const label = make(s[1], p, SLASHED.lastIndex, line);
    if (label) return label;
  }
  DOTTED.lastIndex = p;
  const d = DOTTED.exec(line);
  if (d) {
    const label = make(d[1], p, DOTTED.lastIndex, line);
    if (label) return label;
  }
  // A line that is only a section name, its text on the lines below: `Situation`, `Situation.`.
  if (line.length - p > 60) return undefined;
  const rest = line.slice(p).trimEnd();
  // With a gloss in brackets as well: `ACCIÓN (action)`.
  if (rest.length <= 40 && /^[\p{L}][\p{L} '’&/]*(?:[ \t]*\([\p{L} '’&/]{1,24}\))?\.?$/u.test(rest)) {
    const bare = make(rest.replace(/\.$/, ''), p, line.length, line);
    if (bare) bare.bare = true;
    return bare;
  }
  return undefined;
}

/** `**Situation:**`, `**Situation**:`, `__Task__ -`, `*A:*`, `**S — Situation**`, `**Action (60%):**`. */
function emphasised(line: string, p: number): Label | undefined {
  const c = line[p];
  const mark = line[p + 1] === c ? c + c : c;
  const from = p + mark.length;
  if (from >= line.length || line[from] === ' ' || line[from] === '\t') return undefined;
  const close = line.indexOf(mark, from);
  if (close === -1 || close - from > 64) return undefined;
  let inner = line.slice(from, close);
  let end = close + mark.length;
  // Label and text in one bold run: `**Situation: the plant was short of staff**`.
  const colon = inner.indexOf(':');
  if (colon > 0 && /\S/.test(inner.slice(colon + 1)) && sectionKindsOf(inner, true).length === 0) {
    end = from + colon + 1;
    inner = inner.slice(0, colon);
  } else {
    AFTER.lastIndex = end;
    AFTER.exec(line);
    end = AFTER.lastIndex;
  }
  return make(inner.replace(TRAILING_PUNCTUATION, ''), p, end, line);
}

/** The brackets of East Asian writing around a label (`【Situation 情况】`, `「Task」`), by their opening's code. */
const CLOSING: Record<number, string> = { 0x3010: '】', 0x300c: '」', 0x300e: '』', 0x3014: '〕', 0xff3b: '］', 0xff08: '）' };

/** `(S) ...`, `[Situation] ...`, `【Situation 情况】`. */
function bracketed(line: string, p: number): Label | undefined {
  const c = line.charCodeAt(p);
  const close = line.indexOf(c === 40 ? ')' : c === 91 ? ']' : CLOSING[c], p + 1);
  if (close === -1 || close - p > 30) return undefined;
  AFTER.lastIndex = close + 1;
  AFTER.exec(line);
  return make(line.slice(p + 1, close), p, AFTER.lastIndex, line);
}

/** `| Situation | The plant was short of staff |`: the first cell names the section. */
function tableRow(line: string, p: number): Label | undefined {
  const close = line.indexOf('|', p + 1);
  if (close === -1 || close - p > 48) return undefined;
  const inner = line
    .slice(p + 1, close)
    .replace(/[*_]/g, '')
    .trim();
  return make(inner.replace(TRAILING_PUNCTUATION, ''), p, close + 1, line);
}

/**
 * `... the floor was short of staff. [Situation]`, `... broke after a week (Situation). I needed ... (Task).`:
 * labels after their text, at the end of a sentence or of the line, in the order they stand.
 */
export function readTrailingLabels(line: string): Label[] {
  const found: Label[] = [];
  // The next `(` and `[` are each looked up once per opening passed, not from every opening (a line of `[`
  // with no `(` was searched to its end again and again: quadratic).
  let round = line.indexOf('(', 1);
  let square = line.indexOf('[', 1);
  for (let tried = 0; tried < MAX_OPENINGS_TRIED; tried++) {
    const open = round === -1 ? square : square === -1 ? round : Math.min(round, square);
    if (open === -1) break;
    if (open === round) round = line.indexOf('(', open + 1);
    else square = line.indexOf('[', open + 1);
    const close = indexWithin(line, line[open] === '[' ? ']' : ')', open + 1, open + 31);
    if (close === -1 || !isCapital(line.charCodeAt(open + 1))) continue;
    if (line[open - 1] !== ' ' && line[open - 1] !== '\t') continue;
    TRAILING_END.lastIndex = close + 1;
    if (!TRAILING_END.test(line)) continue;
    const label = make(line.slice(open + 1, close), open, close + 1, line);
    if (label) found.push(label);
    // An answer has a handful; a line with more is no outline (and need not be read on).
    if (found.length > MAX_LABELS_IN_LINE) return [];
  }
  return found;
}

/** Brackets looked at in one line: an answer's labels come in the first few dozen; a line of thousands is no outline. */
const MAX_OPENINGS_TRIED = 64;

/** The first `c` in `line` from `from` up to (not including) `to`, or -1: a bounded search. */
function indexWithin(line: string, c: string, from: number, to: number): number {
  const end = Math.min(to, line.length);
  for (let i = from; i < end; i++) if (line[i] === c) return i;
  return -1;
}

const MAX_LABELS_IN_LINE = 8;

/** After a trailing label: the sentence's end, then a space or the line's end. */
const TRAILING_END = /[.!?,;]*["”]?(?:\s|$)/y;

/**
 * Labels inside a line, after the end of a sentence: `... was slow. Task: speed it up. Action: I ...`.
 * Only read in a paragraph that starts with a label, where the writer is plainly labelling.
 */
const INLINE =
  /(?:[.!?;)"”]|\*\*|__)[ \t]+(?:\*\*|__)?(\p{Lu}[\p{L}]{0,14}(?:[ \t/&][\p{L}]{1,12}){0,2})(?:\*\*|__)?[ \t]*[:=](?:\*\*|__)?(?=[ \t]|$)/gu;

export function readInlineLabels(line: string, from: number): Label[] {
  const found: Label[] = [];
  if (line.length - from < 8) return found;
  INLINE.lastIndex = from;
  for (let m = INLINE.exec(line); m; m = INLINE.exec(line)) {
    const label = make(m[1], labelStart(line, m.index + 1, m[1]), INLINE.lastIndex, line);
    if (label) found.push(label);
    if (found.length > MAX_LABELS_IN_LINE) return [];
  }
  return found;
}

/** Where the label's own characters (with any `**` before them) start in the match at `at`. */
function labelStart(line: string, at: number, words: string): number {
  const i = line.indexOf(words, at);
  return line.startsWith('**', i - 2) || line.startsWith('__', i - 2) ? i - 2 : i;
}

function make(text: string, start: number, end: number, line: string): Label | undefined {
  const kinds = sectionKindsOf(text, true);
  if (kinds.length === 0) return undefined;
  AFTER.lastIndex = end;
  AFTER.exec(line);
  return { start, end: Math.max(end, AFTER.lastIndex), text: text.trim(), kinds, letter: !/\p{L}{2}/u.test(text) };
}

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || c > 127;
}
