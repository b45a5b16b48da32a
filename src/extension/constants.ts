/** Every id the manifest (package.json) and the code share, named once. */
export const EXTENSION_ID = 'star-stories.star-stories';
export const DIAGNOSTIC_SOURCE = 'STAR Stories';
export const README_URL = 'https://github.com/star-stories/star-stories#';

export const Commands = {
  newStory: 'starStories.newStory',
  newStoryForPrinciple: 'starStories.newStoryForPrinciple',
  refresh: 'starStories.refresh',
  collapseAll: 'starStories.collapseAll',
  filterFocusSet: 'starStories.filterFocusSet',
  clearFilter: 'starStories.clearFilter',
  openProblems: 'starStories.openProblems',
  openStory: 'starStories.openStory',
  showCoverage: 'starStories.showCoverage',
  practice: 'starStories.practice',
  stopPractice: 'starStories.stopPractice',
  openConfigFile: 'starStories.openConfigFile',
  planLoop: 'starStories.planLoop',
  openCheatSheet: 'starStories.openCheatSheet',
  clearPracticeLog: 'starStories.clearPracticeLog',
  selectWeInAction: 'starStories.selectWeInAction',
  insertStoryTemplate: 'starStories.insertStoryTemplate',
} as const;

export const Views = {
  container: 'starStories',
  principles: 'starStories.principles',
} as const;

/** View types of webview panels. */
export const Panels = {
  coverage: 'starStories.coverage',
  plan: 'starStories.plan',
} as const;

/** Setting keys under the `starStories` section. */
export const Settings = {
  section: 'starStories',
  diagnosticsScope: 'diagnostics.scope',
  rules: 'rules',
  catalog: 'catalog',
  catalogs: 'catalogs',
  focusSets: 'focusSets',
  hedgesAdd: 'hedges.add',
  hedgesAllow: 'hedges.allow',
  lengthMinMinutes: 'length.minMinutes',
  lengthMaxMinutes: 'length.maxMinutes',
  lengthWordsPerMinute: 'length.wordsPerMinute',
  newStoryFolder: 'newStory.folder',
  maxFileSizeKB: 'maxFileSizeKB',
  followSymlinks: 'followSymlinks',
  run: 'run',
  exclude: 'exclude',
  previewEnabled: 'preview.enabled',
} as const;

export const ContextKeys = {
  hasStories: 'starStories.hasStories',
  filtered: 'starStories.filtered',
  practicing: 'starStories.practicing',
} as const;

/** How long typing must pause before a story is checked again. */
export const TYPING_DEBOUNCE_MS = 250;
