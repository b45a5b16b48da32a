import * as vscode from 'vscode';
import { countProblems } from '../../core';
import { appendChecklist, untrustedMarkdown } from '../checklistMarkdown';
import type { PrincipleNode, StoryNode, UnassignedNode } from './principleTreeModel';

// How each node of the Principles view looks: label, icon, description and tooltip. Story text reaches a tooltip
// only through appendText, so a story cannot put links or HTML in it.

/** A tooltip lists at most this many findings; the Problems panel has the rest. */
const TOOLTIP_FINDINGS = 10;

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A gap is a to-do, not an error: in a bank of a few stories most principles have none yet, and a wall of warning
 * triangles says the bank is broken. From this many stories on, a gap is marked as one.
 */
export const GAPS_WARN_FROM = 5;

export function principleItem(node: PrincipleNode, practised = 0, warnGaps = true): vscode.TreeItem {
  const { principle, stories } = node;
  const gap = stories.length === 0;
  const item = new vscode.TreeItem(principle.name, gap ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `principle:${principle.name}`;
  item.description = gap ? 'no story' : plural(stories.length, 'story', 'stories');
  item.contextValue = gap ? 'principle.gap' : 'principle';
  item.iconPath = !gap
    ? new vscode.ThemeIcon('star-full')
    : warnGaps
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : new vscode.ThemeIcon('circle-large-outline');
  const tip = untrustedMarkdown();
  if (gap && node.couldCover.length > 0)
    item.description = `no story · ${plural(node.couldCover.length, 'could cover it', 'could cover it')}`;
  if (gap) {
    tip.appendText(`No story yet for ${principle.name}.`);
    if (node.couldCover.length > 0) {
      tip.appendMarkdown('\n\n');
      tip.appendText('Stories whose text shows it, though they do not list it:');
      for (const title of node.couldCover) {
        tip.appendMarkdown('\n- ');
        tip.appendText(title);
      }
    }
  } else {
    tip.appendMarkdown('**');
    tip.appendText(principle.name);
    tip.appendMarkdown('**: ');
    tip.appendText(plural(stories.length, 'story', 'stories') + '.');
  }
  if (principle.description) {
    tip.appendMarkdown('\n\n');
    tip.appendText(principle.description);
  }
  if (practised > 0) {
    tip.appendMarkdown('\n\n');
    tip.appendText(`Practised ${practised === 1 ? 'once' : `${practised} times`}.`);
  }
  item.tooltip = tip;
  item.accessibilityInformation = { label: gap ? `${principle.name}, no story yet` : `${principle.name}, ${item.description}` };
  return item;
}

export function unassignedItem(node: UnassignedNode): vscode.TreeItem {
  const item = new vscode.TreeItem('Unassigned', vscode.TreeItemCollapsibleState.Collapsed);
  item.id = 'unassigned';
  item.description = plural(node.stories.length, 'story', 'stories');
  item.contextValue = 'unassigned';
  item.iconPath = new vscode.ThemeIcon('question');
  item.tooltip = 'Stories without a principle of the active catalog. Add one to the principles list at the top of the story.';
  return item;
}

export function storyItem(node: StoryNode): vscode.TreeItem {
  const { file } = node;
  const findings = file.summary.findings;
  const problems = countProblems(findings);
  const item = new vscode.TreeItem(file.displayTitle, vscode.TreeItemCollapsibleState.None);
  const parentId = node.parent.kind === 'principle' ? `principle:${node.parent.principle.name}` : 'unassigned';
  item.id = `${parentId}/${file.uri.toString()}`;
  item.resourceUri = file.uri;
  item.iconPath = vscode.ThemeIcon.File;
  item.description = problems > 0 ? plural(problems, 'problem', 'problems') : undefined;
  item.contextValue = 'story';
  item.command = { command: 'vscode.open', title: 'Open Story', arguments: [file.uri] };

  const tip = untrustedMarkdown();
  tip.appendMarkdown('**');
  tip.appendText(file.displayTitle);
  tip.appendMarkdown('**\n\n');
  tip.appendText(vscode.workspace.asRelativePath(file.uri));
  const principles = file.summary.principles.map((p) => p.canonical ?? p.raw);
  tip.appendMarkdown('\n\n');
  tip.appendText(principles.length > 0 ? `Principles: ${[...new Set(principles)].join(', ')}` : 'No principle listed.');
  tip.appendMarkdown('\n\n');
  tip.appendText('Checklist:');
  appendChecklist(tip, file.summary);
  tip.appendMarkdown('\n\n');
  if (findings.length === 0) tip.appendText('No problems found.');
  else {
    const notes = findings.length - problems;
    tip.appendText(
      [problems > 0 ? plural(problems, 'problem', 'problems') : '', notes > 0 ? plural(notes, 'note', 'notes') : '']
        .filter(Boolean)
        .join(' and ') + ':',
    );
    for (const f of findings.slice(0, TOOLTIP_FINDINGS)) {
      tip.appendMarkdown('\n- ');
      tip.appendText(`Line ${f.range.start.line + 1}: ${f.message}`);
    }
    if (findings.length > TOOLTIP_FINDINGS) {
      tip.appendMarkdown('\n- ');
      tip.appendText(`and ${findings.length - TOOLTIP_FINDINGS} more in the Problems panel`);
    }
  }
  item.tooltip = tip;
  return item;
}
