export { planLoop, weakness, DEFAULT_MAX_USES } from './planner';
export type { Plan, PlanAssignment, PlanOptions, PlanSource, PlanStory } from './planner';
export { planStoryFrom } from './fromSummary';
export { choosePrinciples } from './choose';
export type { ChosenPrinciples } from './choose';
export { planMarkdown, planJson, planReason } from './planMarkdown';
export { cheatSheetMarkdown, sheetEntries } from './cheatSheet';
export type { SheetEntry, SheetStory } from './cheatSheet';
export { sentencesOf, keyActions, measuredResult } from './sentences';
