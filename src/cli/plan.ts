import * as path from 'path';
import { cheatSheetMarkdown, choosePrinciples, planJson, planLoop, planMarkdown, planStoryFrom, StarConfig, summarize } from '../core';
import { CliOptions } from './args';
import type { Checked, CliIo } from './main';

/**
 * --plan and --cheatsheet: the loop plan over the stories read, printed as Markdown or JSON, or the cheat sheet
 * made from it. Returns a problem to report, if any.
 */
export function writePlan(options: CliOptions, checked: readonly Checked[], config: StarConfig, io: CliIo): string | undefined {
  const chosen = choosePrinciples(options.principles, config);
  if (chosen.unknown.length > 0)
    return `--principles: no principle or focus set of this catalog is named ${chosen.unknown.map((u) => `"${u}"`).join(', ')}.`;
  const stories = checked.filter((c) => c.result.story.isStory);
  const planned = stories.map((c) => planStoryFrom(c.id, summarize(c.result, config), fallbackTitle(c.id)));
  const plan = planLoop(planned, { principles: chosen.principles, maxUses: options.maxUses, allowSuggested: options.allowSuggested });
  if (options.cheatsheet) {
    const sheet = stories.map((c) => ({ id: c.id, title: c.result.story.title ?? fallbackTitle(c.id), story: c.result.story }));
    io.stdout(cheatSheetMarkdown(plan, sheet));
  } else io.stdout(options.format === 'json' ? JSON.stringify(planJson(plan), null, 2) + '\n' : planMarkdown(plan, planned));
  return undefined;
}

function fallbackTitle(id: string): string {
  return path.basename(id).replace(/\.(md|markdown)$/i, '');
}
