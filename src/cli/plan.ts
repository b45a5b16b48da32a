import * as path from 'path';
import { choosePrinciples, planJson, planLoop, planMarkdown, planStoryFrom, StarConfig, summarize } from '../core';
import { CliOptions } from './args';
import type { Checked, CliIo } from './main';

/** --plan: the loop plan over the stories read, as Markdown or JSON. Returns a problem to report, if any. */
export function writePlan(options: CliOptions, checked: readonly Checked[], config: StarConfig, io: CliIo): string | undefined {
  const chosen = choosePrinciples(options.principles, config);
  if (chosen.unknown.length > 0)
    return `--principles: no principle or focus set of this catalog is named ${chosen.unknown.map((u) => `"${u}"`).join(', ')}.`;
  const stories = checked
    .filter((c) => c.result.story.isStory)
    .map((c) => planStoryFrom(c.id, summarize(c.result, config), path.basename(c.id).replace(/\.(md|markdown)$/i, '')));
  const plan = planLoop(stories, { principles: chosen.principles, maxUses: options.maxUses, allowSuggested: options.allowSuggested });
  io.stdout(options.format === 'json' ? JSON.stringify(planJson(plan), null, 2) + '\n' : planMarkdown(plan, stories));
  return undefined;
}
