import { CoachSummary } from './summary';
import { StoryHealth } from './coverage';

/** One line of a story's checklist: what an interviewer listens for, and whether the story has it. */
export interface ChecklistItem {
  /** Short name: WHO, HOW MUCH, I, Clear, or a principle's name. */
  label: string;
  /** True when the story has it; undefined when it cannot be judged (too short a story). */
  ok: boolean | undefined;
  /** What it means, in plain words, for the one reading the checklist. */
  detail: string;
}

/**
 * The checklist behind a story's hover and the coverage columns: WHO (role), HOW MUCH (a measured result),
 * I (own contribution), clear (no hedges), then each declared principle shown or not. Pure, from the summary.
 */
export function checklist(health: StoryHealth, coach: CoachSummary): ChecklistItem[] {
  const judged = coach.judged ? undefined : 'too short to judge';
  const items: ChecklistItem[] = [
    {
      label: 'WHO',
      ok: coach.judged ? coach.roleStated : undefined,
      detail: judged ?? (coach.roleStated ? 'your role is stated' : 'say what your role was, and how many people were involved'),
    },
    {
      label: 'HOW MUCH',
      ok: health.quantifiedResult,
      detail: health.quantifiedResult ? 'the Result has a number' : 'give the Result a number',
    },
    { label: 'I', ok: health.iContribution, detail: health.iContribution ? 'the Action says what you did' : 'tell the Action with "I"' },
    {
      label: 'Clear',
      ok: coach.judged ? coach.hedges === 0 : undefined,
      detail:
        judged ??
        (coach.hedges === 0
          ? 'no hedges'
          : `${coach.hedges} ${coach.hedges === 1 ? 'hedge' : 'hedges'} ("I helped", "I think", "kind of"...)`),
    },
  ];
  for (const [name, shown] of Object.entries(coach.shown)) {
    items.push({
      label: name,
      ok: coach.judged ? shown : undefined,
      detail: judged ?? (shown ? 'shown' : 'named but not shown by what the story tells'),
    });
  }
  return items;
}
