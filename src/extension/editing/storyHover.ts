import * as vscode from 'vscode';
import { appendChecklist, untrustedMarkdown } from '../checklistMarkdown';
import { MARKDOWN_SELECTOR } from './principleCompletion';
import { StoryIndex } from '../index/storyIndex';

/**
 * Hovering a story's title (its `title:` line or its `# ` heading) shows the coach's checklist for the
 * story, read from the index's summary: nothing is parsed here.
 */
export function activateStoryHover(context: vscode.ExtensionContext, index: StoryIndex): void {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      const file = index.get(document.uri);
      const summary = file?.summary;
      if (!summary || !summary.isStory || !summary.coach) return undefined;
      const line = document.lineAt(position.line).text;
      const inFrontMatter = position.line > 0 && position.line < summary.frontMatterEndLine;
      const isTitle = inFrontMatter
        ? /^\s*["']?title["']?\s*:/.test(line)
        : /^#\s+\S/.test(line) && summary.title !== undefined && line.replace(/^#\s+/, '').trim() === summary.title.trim();
      if (!isTitle) return undefined;
      const md = untrustedMarkdown();
      md.appendMarkdown('**');
      md.appendText('Interviewer checklist');
      md.appendMarkdown('**');
      appendChecklist(md, summary);
      return new vscode.Hover(md, document.lineAt(position.line).range);
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(MARKDOWN_SELECTOR, provider));
}
