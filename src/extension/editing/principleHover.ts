import * as vscode from 'vscode';
import { activeCatalog } from '../../core';
import { documentSlots, MARKDOWN_SELECTOR, storyCountLine } from './principleCompletion';
import { StoryConfigProvider } from '../settings';
import { StoryIndex } from '../index/storyIndex';

/**
 * Hovering a name in the front matter's `principles:` list says what the principle asks of a story
 * and how many stories of the workspace already cover it. The name under the cursor is the writer's
 * text: it only reaches the hover through `appendText` (escaped), and the hover is never trusted.
 */
export function activatePrincipleHover(context: vscode.ExtensionContext, index: StoryIndex, configs: StoryConfigProvider): void {
  const provider: vscode.HoverProvider = {
    async provideHover(document, position) {
      const found = await documentSlots(document, position, configs);
      if (!found) return undefined;
      const { config, matcher, slots } = found;
      const slot = slots.find(
        (s) => s.line === position.line && s.itemStart < s.itemEnd && position.character >= s.itemStart && position.character < s.itemEnd,
      );
      if (!slot || !slot.name.trim()) return undefined;

      const catalog = activeCatalog(config);
      const { canonical, suggestion } = matcher.match(slot.name);
      const md = new vscode.MarkdownString('', false);
      md.isTrusted = false;
      md.supportHtml = false;
      if (canonical && !suggestion) {
        const principle = catalog.principles.find((p) => p.name === canonical);
        md.appendMarkdown('**');
        md.appendText(canonical);
        md.appendMarkdown('**');
        if (principle?.description) {
          md.appendText(' — ' + principle.description);
        }
        md.appendMarkdown('\n\n');
        md.appendText(storyCountLine(index.model.countFor(canonical)));
      } else {
        md.appendText(`"${slot.name}" is not a principle of ${catalog.label}.`);
        if (suggestion) md.appendText(` Did you mean ${suggestion}?`);
        // A misspelling with one clear match is filed under it meanwhile; say so.
        if (canonical) md.appendText(' The story is counted under it meanwhile.');
      }
      return new vscode.Hover(md, new vscode.Range(slot.line, slot.itemStart, slot.line, slot.itemEnd));
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(MARKDOWN_SELECTOR, provider));
}
