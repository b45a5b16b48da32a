import { closeSync, ftruncateSync, openSync, writeSync } from 'fs';
import { applyEdits, Finding, mechanicalFixes, Story, visible } from '../core';

export interface FixOutcome {
  /** The file's new text, when anything changed. */
  fixed?: string;
  descriptions: string[];
}

/** The mechanical fixes of one story applied to its text as on disk; nothing when there is nothing to change. */
export function fixStory(original: string, story: Story, findings: readonly Finding[]): FixOutcome {
  const fixes = mechanicalFixes({ principles: story.principles, lines: story.lines, findings });
  if (fixes.length === 0) return { descriptions: [] };
  const fixed = applyEdits(
    original,
    fixes.map((f) => f.edit),
  );
  return fixed === original ? { descriptions: [] } : { fixed, descriptions: fixes.map((f) => f.description) };
}

/** Writes the fixed text over the file it came from (only ever an existing file, only when it changed). */
export function writeFixed(file: string, text: string): string | undefined {
  let fd: number | undefined;
  try {
    // `r+` opens only a file that exists: --fix never creates one.
    fd = openSync(file, 'r+');
    const bytes = Buffer.from(text, 'utf8');
    writeSync(fd, bytes, 0, bytes.length, 0);
    ftruncateSync(fd, bytes.length);
    return undefined;
  } catch (e) {
    return String((e as Error)?.message ?? e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A unified diff of the lines that changed (one hunk around them), for --fix --dry-run. */
export function lineDiff(name: string, before: string, after: string): string {
  const a = before.split(/\r?\n|\r/);
  const b = after.split(/\r?\n|\r/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const context = 2;
  const from = Math.max(0, head - context);
  const aEnd = Math.min(a.length, a.length - tail + context);
  const bEnd = Math.min(b.length, b.length - tail + context);
  const out = [`--- ${visible(name)}`, `+++ ${visible(name)} (fixed)`, `@@ -${from + 1},${aEnd - from} +${from + 1},${bEnd - from} @@`];
  for (let i = from; i < head; i++) out.push(' ' + visible(a[i]));
  for (let i = head; i < a.length - tail; i++) out.push('-' + visible(a[i]));
  for (let i = head; i < b.length - tail; i++) out.push('+' + visible(b[i]));
  for (let i = a.length - tail; i < aEnd; i++) out.push(' ' + visible(a[i]));
  return out.join('\n') + '\n';
}
