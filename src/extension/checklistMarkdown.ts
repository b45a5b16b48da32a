import * as vscode from 'vscode';
import { checklist, StorySummary } from '../core';

/** Story text reaches hovers and tooltips only through appendText (escaped), and the string may run nothing. */
export function untrustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

const MARK = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? '✓' : '✗');

/**
 * Appends a story's checklist: WHO, HOW MUCH, I, Clear, each declared principle shown or not, then the
 * principles the story shows most strongly. Shared by the title hover and the Principles view's tooltip.
 */
export function appendChecklist(md: vscode.MarkdownString, summary: Pick<StorySummary, 'health' | 'coach'>): void {
  for (const item of checklist(summary.health, summary.coach)) {
    md.appendMarkdown('\n- ');
    md.appendText(`${MARK(item.ok)} ${item.label}: ${item.detail}`);
  }
  md.appendMarkdown('\n\n');
  const s = summary.coach.suggestions;
  md.appendText(s.length ? `Reads most like: ${s.join(', ')}` : 'No principle stands out yet.');
}
