import { Finding } from './types';

/**
 * A problem is what the writer should fix: an error or a warning. Information and hints (the story's length,
 * a suggestion) are notes, and counting them as problems made a sound story look broken.
 */
export function isProblem(f: Pick<Finding, 'severity'>): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

export function countProblems(findings: readonly Pick<Finding, 'severity'>[]): number {
  let n = 0;
  for (const f of findings) if (isProblem(f)) n++;
  return n;
}
