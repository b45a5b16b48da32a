import { Finding, Severity, visible } from '../../core';

/** One checked file, as the CLI reports it. */
export interface FileReport {
  file: string;
  isStory: boolean;
  title?: string;
  principles: string[];
  findings: Finding[];
  /** What the story shows most strongly (the coach's suggestions); [] for a file that is not a story. */
  suggestedPrinciples: string[];
}

/** The CLI speaks three severities; a hint is reported as info. */
export type CliSeverity = 'error' | 'warning' | 'info';

export function cliSeverity(s: Severity): CliSeverity {
  return s === 'hint' ? 'info' : s;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(reports: readonly FileReport[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const f of r.findings) counts[cliSeverity(f.severity)]++;
  return counts;
}

/** The JSON shape documented in the README: lines and columns 1-based. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      file: r.file,
      isStory: r.isStory,
      title: r.title ?? null,
      principles: r.principles,
      suggestedPrinciples: r.suggestedPrinciples,
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: cliSeverity(f.severity),
        message: f.message,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        ...(f.section ? { section: f.section } : {}),
        ...(f.principle ? { principle: f.principle } : {}),
      })),
    })),
    null,
    2,
  );
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** ESLint's layout: the file, then `line:col  severity  message  rule`, then a summary. */
export function formatText(reports: readonly FileReport[], color: boolean): string {
  const paint = (c: keyof typeof COLORS, s: string) => (color ? COLORS[c] + s + COLORS.reset : s);
  const out: string[] = [];
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    out.push(paint('bold', visible(r.file)));
    const rows = r.findings.map((f) => [
      `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      cliSeverity(f.severity),
      visible(f.message),
      f.rule,
    ]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, message, rule] of rows) {
      out.push(`  ${paint('dim', pos.padEnd(w0))}  ${paint(sev as CliSeverity, sev.padEnd(w1))}  ${message}  ${paint('dim', rule)}`);
    }
    out.push('');
  }
  const c = countFindings(reports);
  const total = c.error + c.warning + c.info;
  const stories = reports.filter((r) => r.isStory).length;
  const checked = `${reports.length} ${reports.length === 1 ? 'file' : 'files'} checked, ${stories} ${stories === 1 ? 'story' : 'stories'}`;
  if (total === 0) out.push(`✔ No problems (${checked}).`);
  else {
    const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${c.error} ${c.error === 1 ? 'error' : 'errors'}, ${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'}, ${c.info} info) in ${checked}.`;
    out.push(paint(c.error > 0 ? 'error' : c.warning > 0 ? 'warning' : 'info', summary));
  }
  return out.join('\n') + '\n';
}

/** A file over the size limit: reported as a finding of its own, so it is never silently left out. */
export function tooLargeReport(file: string, size: number, limit: number): FileReport {
  return {
    file,
    isStory: false,
    principles: [],
    suggestedPrinciples: [],
    findings: [
      {
        rule: 'file-too-large',
        severity: 'warning',
        message: `This file was not checked: it is ${kb(size)}, over the ${kb(limit)} limit (--max-file-size). A story is a few KB; keep one story a file.`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      },
    ],
  };
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
