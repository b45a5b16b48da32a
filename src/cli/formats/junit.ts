import { cliSeverity, FileReport } from './text';

/**
 * JUnit XML, as CI servers show test results: a test suite per file, a test case per finding (or one passing case
 * for a clean file). Error findings are failures, as they fail the run; warnings and information are listed in
 * their case's output.
 */
export function formatJunit(reports: readonly FileReport[]): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = reports.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = reports.reduce((n, r) => n + r.findings.filter((f) => cliSeverity(f.severity) === 'error').length, 0);
  out.push(`<testsuites name="star-lint" tests="${total}" failures="${failures}">`);
  for (const r of reports) {
    const errors = r.findings.filter((f) => cliSeverity(f.severity) === 'error').length;
    out.push(`  <testsuite name="${xml(r.file)}" tests="${Math.max(1, r.findings.length)}" failures="${errors}">`);
    if (r.findings.length === 0) out.push(`    <testcase classname="${xml(r.file)}" name="star-lint"/>`);
    for (const f of r.findings) {
      const where = `${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const name = `${f.rule} (${f.range.start.line + 1}:${f.range.start.character + 1})`;
      out.push(`    <testcase classname="${xml(r.file)}" name="${xml(name)}">`);
      if (cliSeverity(f.severity) === 'error')
        out.push(`      <failure type="${xml(f.rule)}" message="${xml(f.message)}">${xml(`${where} ${f.message}`)}</failure>`);
      else out.push(`      <system-out>${xml(`${cliSeverity(f.severity)} ${where} ${f.message}`)}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Escapes for XML text and attributes, and drops the characters XML 1.0 cannot hold at all. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
