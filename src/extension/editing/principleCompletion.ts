import * as vscode from 'vscode';
import { activeCatalog, ListSlot, matcherFor, Principle, PrincipleMatcher, principleSlots, slotAt, StarConfig, yamlName } from '../../core';
import { StoryConfigProvider } from '../settings';
import { StoryIndex } from '../index/storyIndex';

export function storyCountLine(count: number): string {
  if (count === 0) return 'No story in this workspace covers it yet.';
  return `Covered by ${count} ${count === 1 ? 'story' : 'stories'} in this workspace.`;
}

/**
 * The `principles:` list items of a document's front matter, with the config they are read against; undefined
 * (cheaply, before any config is read) when the position cannot be inside a front matter. Hover and completion share it.
 */
export async function documentSlots(
  document: vscode.TextDocument,
  position: vscode.Position,
  configs: StoryConfigProvider,
): Promise<{ config: StarConfig; matcher: PrincipleMatcher; slots: ListSlot[] } | undefined> {
  if (position.line === 0 || !document.lineAt(0).text.startsWith('---')) return undefined;
  const config = await configs.configFor(document.uri);
  const matcher = matcherFor(config);
  return {
    config,
    matcher,
    slots: principleSlots(
      (l) => document.lineAt(l).text,
      document.lineCount,
      (v) => matcher.splitList(v),
    ),
  };
}

export const MARKDOWN_SELECTOR: vscode.DocumentSelector = { language: 'markdown' };
export const COMPLETION_TRIGGERS = ['[', ',', ' ', '-'];

/** Principle names of the active catalog inside the front matter's `principles:` list. */
export function activatePrincipleCompletion(context: vscode.ExtensionContext, index: StoryIndex, configs: StoryConfigProvider): void {
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position) {
      // Cheap refusal first: space is a trigger character, so this runs on every space typed in Markdown.
      const found = await documentSlots(document, position, configs);
      if (!found) return undefined;
      const { config, matcher, slots } = found;
      const slot = slotAt(slots, position.line, position.character);
      if (!slot) return undefined;
      const line = document.lineAt(position.line).text;
      const cursor = position.character;
      const empty = slot.itemStart === slot.itemEnd;
      // In the spaces before a written name, a completion would glue a second name to it.
      if (!empty && cursor < slot.itemStart + (slot.quote ? 1 : 0)) return undefined;
      // Past a closed quote, or past a comment after the name, nothing typed would be a name.
      if (slot.quote && slot.closed && cursor >= slot.itemEnd) return undefined;
      if (!empty && cursor > slot.itemEnd && line.slice(slot.itemEnd, cursor).trim() !== '') return undefined;

      const used = new Set<string>();
      for (const s of slots) {
        if (s === slot || !s.name) continue;
        const canonical = matcher.match(s.name).canonical;
        if (canonical) used.add(canonical);
      }
      const catalog = activeCatalog(config);
      const items: vscode.CompletionItem[] = [];
      catalog.principles.forEach((p: Principle, i: number) => {
        if (used.has(p.name)) return;
        const item = new vscode.CompletionItem(p.name, vscode.CompletionItemKind.EnumMember);
        item.detail = catalog.label;
        item.documentation = [p.description, storyCountLine(index.model.countFor(p.name))].filter(Boolean).join('\n\n');
        item.sortText = String(i).padStart(4, '0');
        if (slot.quote && !empty) {
          // The writer opened a quote: fill it in that quote's own escaping, and close it if needed.
          const start = slot.itemStart + 1;
          const written = slot.closed ? slot.itemEnd - 1 : slot.itemEnd;
          const body = slot.quote === '"' ? JSON.stringify(p.name).slice(1, -1) : p.name.replace(/'/g, "''");
          item.insertText = body + (slot.closed ? '' : slot.quote);
          item.range = {
            inserting: range(position.line, start, cursor),
            replacing: range(position.line, start, Math.max(cursor, written)),
          };
          item.filterText = p.name;
        } else {
          const start = empty ? cursor : slot.itemStart;
          // Right after the separator (`-Own`, `,Own`) YAML needs a space before the name.
          const before = line[start - 1];
          const space = before === '-' || before === ',' || before === ':' ? ' ' : '';
          item.insertText = space + yamlName(p.name, slot.style);
          item.range = {
            inserting: range(position.line, start, cursor),
            replacing: range(position.line, start, Math.max(cursor, empty ? cursor : slot.itemEnd)),
          };
        }
        items.push(item);
      });
      return items;
    },
  };
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(MARKDOWN_SELECTOR, provider, ...COMPLETION_TRIGGERS));
}

function range(line: number, start: number, end: number): vscode.Range {
  return new vscode.Range(line, start, line, end);
}
