import { StarConfig } from './config';
import { Range, SeveritySetting, Story } from './types';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface RuleFinding {
  message: string;
  range: Range;
  section?: string;
  data?: Record<string, unknown>;
  principle?: string;
}

export interface RuleContext {
  story: Story;
  config: StarConfig;
}

export interface Rule {
  /** Stable id used by settings, suppressions, the CLI and the README. */
  id: string;
  /** `off` for a rule that must be turned on (the coach's, until they are fast enough to run on every keystroke). */
  defaultSeverity: SeveritySetting;
  /** One line: what the rule checks. */
  summary: string;
  /** Rules that read sections etc. only apply to stories; front matter errors apply to any story-like file. */
  check(context: RuleContext): RuleFinding[];
}
