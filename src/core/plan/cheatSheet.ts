import { QUESTIONS_TO_ASK } from '../questions';
import { sentencesOf, keyActions, measuredResult } from './sentences';
import { mdCode, mdText } from './markdownText';
import { Plan } from './planner';
import { Story } from '../types';

/** A planned story as the cheat sheet needs it: its title, where it lives, and its parsed text. */
export interface SheetStory {
  id: string;
  title: string;
  /** Undefined when the text could not be read; the sheet says so instead of guessing. */
  story?: Story;
}

export interface SheetEntry {
  principle: string;
  title: string;
  id: string;
  situation?: string;
  actions: string[];
  result?: string;
  backupTitle?: string;
}

/** Longest Situation line kept whole; longer ones are cut at a word and marked, never reworded. */
const SITUATION_MAX = 240;

/** What the sheet says of one planned story: its own sentences only, each part empty when the story lacks it. */
export function sheetEntries(plan: Plan, stories: readonly SheetStory[]): SheetEntry[] {
  const byId = new Map(stories.map((s) => [s.id, s]));
  return plan.assignments.map((a) => {
    const s = byId.get(a.story);
    const story = s?.story;
    const situation = story ? sentencesOf(story, 'situation')[0] : undefined;
    return {
      principle: a.principle,
      title: s?.title ?? a.story,
      id: a.story,
      situation: situation && situation.length > SITUATION_MAX ? cut(situation) : situation,
      actions: story ? keyActions(story) : [],
      result: story ? measuredResult(story) : undefined,
      backupTitle: a.backup ? (byId.get(a.backup)?.title ?? a.backup) : undefined,
    };
  });
}

function cut(text: string): string {
  const at = text.lastIndexOf(' ', SITUATION_MAX);
  return text.slice(0, at > 0 ? at : SITUATION_MAX) + ' …';
}

/**
 * The cheat sheet as Markdown for the preview and for print: per planned principle the story's title, one line
 * of Situation, the "I" sentences of the Action and the measured Result; then the gaps and questions to ask.
 */
export function cheatSheetMarkdown(
  plan: Plan,
  stories: readonly SheetStory[],
  questions: readonly string[] = QUESTIONS_TO_ASK,
  /** How a story's id is shown: the CLI's ids are paths already, the extension's are URIs. */
  shownId: (id: string) => string = (id) => id,
): string {
  const out: string[] = ['# Interview cheat sheet', ''];
  if (plan.assignments.length === 0) out.push('_No story is planned yet: give a story the principles you prepare._', '');
  for (const e of sheetEntries(plan, stories)) {
    out.push(`## ${mdText(e.principle)}`, '');
    out.push(`**${mdText(e.title)}** · ${mdCode(shownId(e.id))}`, '');
    out.push(`- **Situation:** ${e.situation ? mdText(e.situation) : '_no Situation yet_'}`);
    if (e.actions.length === 0) out.push('- **I did:** _no "I" sentence in the Action yet_');
    else {
      out.push('- **I did:**');
      for (const a of e.actions) out.push(`  - ${mdText(a)}`);
    }
    out.push(`- **Result:** ${e.result ? mdText(e.result) : '_no measured result yet_'}`);
    if (e.backupTitle) out.push(`- **Backup:** ${mdText(e.backupTitle)}`);
    out.push('');
  }
  if (plan.gaps.length > 0) {
    out.push('## No story yet', '');
    for (const g of plan.gaps) out.push(`- ${mdText(g)}`);
    out.push('');
  }
  out.push('## Questions to ask', '');
  questions.forEach((q, i) => out.push(`${i + 1}. ${mdText(q)}`));
  return out.join('\n') + '\n';
}
