import { summaryOfHead } from '../../core';
import type { Finding, PrincipleRef, Range, SectionKind, Severity, StorySummary } from '../../core';

/**
 * StorySummary <-> a compact JSON array, for the index saved between sessions (indexCache.ts). Ranges become
 * four numbers and keys positions: a 10,000-story bank takes about half the bytes of plain JSON, and reads faster.
 * No vscode import, so plain mocha tests it. Decoding checks every field: the file lives outside the workspace,
 * but a damaged or foreign file must be rejected, never half read.
 */
export type EncodedSummary = unknown[];

/**
 * Finding messages already written, for a file of many summaries: a message's first use is written out, every later
 * one as the number of its first (a bank repeats a few hundred messages thousands of times: 11.5 MB became 6.4).
 */
export type MessagesOut = Map<string, number>;
/** The messages read so far, in the order of their first use. */
export type MessagesIn = string[];

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const SECTION_KINDS: readonly SectionKind[] = ['situation', 'task', 'action', 'result', 'learnings'];

export function encodeSummary(s: StorySummary, messages?: MessagesOut): EncodedSummary {
  return [
    s.title ?? null,
    s.principles.map(principleOut),
    s.canonicalPrinciples,
    s.findings.map((f) => [
      f.rule,
      f.severity,
      messageOut(f.message, messages),
      ...rangeOut(f.range),
      f.section ?? null,
      f.data ?? null,
      f.principle ?? null,
    ]),
    [
      s.health.sections.situation,
      s.health.sections.task,
      s.health.sections.action,
      s.health.sections.result,
      s.health.quantifiedResult,
      s.health.iContribution,
    ].map(Number),
    s.sections.map((x) => [x.kind, x.form === 'heading' ? 0 : 1, ...rangeOut(x.markerRange), x.level, x.endLine]),
    s.frontMatterEndLine,
    s.principlesKeyLine,
    s.lineCount,
    s.spokenWordCount,
    s.minutes,
    [
      Number(s.coach.judged),
      Number(s.coach.roleStated),
      s.coach.hedges,
      Object.entries(s.coach.shown).map(([k, v]) => [k, Number(v)]),
      s.coach.suggestions,
    ],
  ];
}

/** The summary, with its keys in the order `summarize` writes them; throws on anything that does not fit. */
export function decodeSummary(value: unknown, messages?: MessagesIn): StorySummary {
  const a = array(value, 12);
  const title = a[0] === null ? undefined : str(a[0]);
  const principles = array(a[1]).map(principleIn);
  const canonicalPrinciples = array(a[2]).map(str);
  const findings = array(a[3]).map((raw): Finding => {
    const f = array(raw, 10);
    const severity = str(f[1]) as Severity;
    if (!SEVERITIES.includes(severity)) throw new Error(`unknown severity ${severity}`);
    const finding: Finding = { rule: str(f[0]), severity, message: messageIn(f[2], messages), range: rangeIn(f, 3) };
    if (f[7] !== null) finding.section = str(f[7]);
    if (f[8] !== null) {
      if (typeof f[8] !== 'object' || Array.isArray(f[8])) throw new Error('finding data is not an object');
      finding.data = f[8] as Record<string, unknown>;
    }
    if (f[9] !== null) finding.principle = str(f[9]);
    return finding;
  });
  const h = array(a[4], 6).map((n) => {
    if (n !== 0 && n !== 1) throw new Error('health is not 0 or 1');
    return n === 1;
  });
  const sections = array(a[5]).map((raw) => {
    const x = array(raw, 8);
    const kind = str(x[0]) as SectionKind;
    if (!SECTION_KINDS.includes(kind)) throw new Error(`unknown section ${kind}`);
    return {
      kind,
      form: (x[1] === 0 ? 'heading' : 'label') as 'heading' | 'label',
      markerRange: rangeIn(x, 2),
      level: int(x[6]),
      endLine: int(x[7]),
    };
  });
  const summary: StorySummary = {
    isStory: true,
    title,
    principles,
    canonicalPrinciples,
    findings,
    health: { sections: { situation: h[0], task: h[1], action: h[2], result: h[3] }, quantifiedResult: h[4], iContribution: h[5] },
    sections,
    frontMatterEndLine: int(a[6]),
    principlesKeyLine: int(a[7]),
    lineCount: int(a[8]),
    spokenWordCount: int(a[9]),
    minutes: num(a[10]),
    coach: coachIn(a[11]),
  };
  return summary;
}

/**
 * What the Principles view needs of a story, before its findings: title, principles and lines (see StoryHead). The
 * saved index writes these apart, so the view fills from a small part of the file.
 */
export function encodeHead(s: StorySummary): EncodedSummary {
  return [s.title ?? null, s.principles.map(principleOut), s.canonicalPrinciples, s.frontMatterEndLine, s.principlesKeyLine, s.lineCount];
}

/** A summary known by its head only (not checked yet); throws on anything that does not fit. */
export function decodeHead(value: unknown): StorySummary {
  const a = array(value, 6);
  return summaryOfHead({
    title: a[0] === null ? undefined : str(a[0]),
    principles: array(a[1]).map(principleIn),
    canonicalPrinciples: array(a[2]).map(str),
    frontMatterEndLine: int(a[3]),
    principlesKeyLine: int(a[4]),
    lineCount: int(a[5]),
  });
}

function principleOut(p: PrincipleRef): unknown[] {
  return [p.raw, p.canonical ?? null, p.suggestion ?? null, ...rangeOut(p.range)];
}

function principleIn(raw: unknown): PrincipleRef {
  const p = array(raw, 7);
  // Optional keys only when present, in the engine's order (raw, canonical or suggestion, range).
  const ref = { raw: str(p[0]) } as PrincipleRef;
  if (p[1] !== null) ref.canonical = str(p[1]);
  if (p[2] !== null) ref.suggestion = str(p[2]);
  ref.range = rangeIn(p, 3);
  return ref;
}

function coachIn(value: unknown): StorySummary['coach'] {
  const c = array(value, 5);
  const flag = (v: unknown) => {
    if (v !== 0 && v !== 1) throw new Error('coach flag is not 0 or 1');
    return v === 1;
  };
  const shown: Record<string, boolean> = {};
  for (const pair of array(c[3])) {
    const p = array(pair, 2);
    shown[str(p[0])] = flag(p[1]);
  }
  return { judged: flag(c[0]), roleStated: flag(c[1]), hedges: int(c[2]), shown, suggestions: array(c[4]).map(str) };
}

function messageOut(message: string, messages: MessagesOut | undefined): string | number {
  if (!messages) return message;
  const known = messages.get(message);
  if (known !== undefined) return known;
  messages.set(message, messages.size);
  return message;
}

function messageIn(value: unknown, messages: MessagesIn | undefined): string {
  if (messages && typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value >= messages.length) throw new Error('a message refers to none before it');
    return messages[value];
  }
  const message = str(value);
  messages?.push(message);
  return message;
}

function rangeOut(r: Range): number[] {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

function rangeIn(a: unknown[], at: number): Range {
  return { start: { line: int(a[at]), character: int(a[at + 1]) }, end: { line: int(a[at + 2]), character: int(a[at + 3]) } };
}

function array(v: unknown, length?: number): unknown[] {
  if (!Array.isArray(v) || (length !== undefined && v.length !== length)) throw new Error('unexpected shape');
  return v;
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new Error('expected a string');
  return v;
}

function int(v: unknown): number {
  if (!Number.isInteger(v) || (v as number) < -1) throw new Error('expected a line or column number');
  return v as number;
}

function num(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error('expected a number');
  return v;
}
