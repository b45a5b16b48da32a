import * as vscode from 'vscode';
import { countProblems, REQUIRED_SECTIONS, SECTION_TITLES } from '../../core';
import { Commands } from '../constants';
import { StoryConfigProvider } from '../settings';
import { IndexedFile, StoryIndex } from '../index/storyIndex';

export interface StatusBarApi {
  /** The item's text while it is shown, undefined while it is hidden. */
  text(): string | undefined;
  tooltip(): string | undefined;
}

type Sections = IndexedFile['summary']['health']['sections'];

/** "S✓ T✓ A✗ R✓": one letter per STAR section, marked present or missing. */
export function sectionMarks(sections: Sections): string {
  return REQUIRED_SECTIONS.map((k) => `${SECTION_TITLES[k][0]}${sections[k as keyof Sections] ? '✓' : '✗'}`).join(' ');
}

export function statusText(file: IndexedFile): string {
  return `STAR: ${sectionMarks(file.summary.health.sections)} · ${file.summary.minutes.toFixed(1)} min`;
}

/** The active story's shape at a glance: which sections it has and how long it takes to tell. */
export function activateStatusBar(context: vscode.ExtensionContext, index: StoryIndex, configs: StoryConfigProvider): StatusBarApi {
  const item = vscode.window.createStatusBarItem('starStories.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'STAR Stories: story shape';
  item.command = Commands.openProblems;
  let shown = false;
  let tooltipText: string | undefined;
  /** Bumped per update, so a slow config read does not paint an older story's tooltip. */
  let generation = 0;

  const hide = () => {
    item.hide();
    shown = false;
    tooltipText = undefined;
  };

  const update = async () => {
    const gen = ++generation;
    const editor = vscode.window.activeTextEditor;
    const file = editor ? index.get(editor.document.uri) : undefined;
    // The index only keeps stories, so any other Markdown (a README, notes) hides the item.
    if (!file || !file.summary.isStory) return hide();
    item.text = statusText(file);
    item.show();
    shown = true;
    const { sections } = file.summary.health;
    const missing = REQUIRED_SECTIONS.filter((k) => !sections[k as keyof Sections]).map((k) => SECTION_TITLES[k]);
    const config = await configs.configFor(file.uri);
    if (gen !== generation) return;
    const { minMinutes, maxMinutes, wordsPerMinute } = config.length;
    const problems = countProblems(file.summary.findings);
    const lines = [
      missing.length === 0 ? 'All four STAR sections are present: Situation, Task, Action, Result.' : `Missing: ${missing.join(', ')}.`,
      `Spoken length: about ${file.summary.minutes.toFixed(1)} minutes (${file.summary.spokenWordCount} words at ${wordsPerMinute} a minute; aim for ${minMinutes}–${maxMinutes}).`,
      problems === 0
        ? 'No problems found. Click to open the Problems panel.'
        : `${problems} ${problems === 1 ? 'problem' : 'problems'}: click to see them in the Problems panel.`,
    ];
    tooltipText = lines.join('\n\n');
    // Plain text only: nothing from the story reaches the tooltip, and it stays untrusted anyway.
    const md = new vscode.MarkdownString('', false);
    md.isTrusted = false;
    md.appendText(tooltipText);
    item.tooltip = md;
    item.accessibilityInformation = {
      label: `STAR story: ${missing.length ? `missing ${missing.join(', ')}` : 'all sections present'}, ${file.summary.minutes.toFixed(1)} minutes`,
    };
  };

  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(Commands.openProblems, () => vscode.commands.executeCommand('workbench.actions.view.problems')),
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    index.onDidChange(({ changed, removed }) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (!active) return;
      if (changed.some((u) => u.toString() === active) || removed.some((u) => u.toString() === active)) void update();
    }),
  );
  void update();

  return {
    text: () => (shown ? item.text : undefined),
    tooltip: () => (shown ? tooltipText : undefined),
  };
}
