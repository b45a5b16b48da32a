/** Zero-based position in the story's text, as VS Code counts lines (CRLF, LF and lone CR all end a line). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** What a finding's severity can be set to; `off` disables the rule. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type SectionKind = 'situation' | 'task' | 'action' | 'result' | 'learnings';

/** The four sections every STAR story needs, in telling order. */
export const REQUIRED_SECTIONS: readonly SectionKind[] = ['situation', 'task', 'action', 'result'];

export const SECTION_TITLES: Readonly<Record<SectionKind, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learnings: 'Learnings',
};

/** A block of body text (paragraph, list item, heading, table row...) the rules read. */
export interface TextBlock {
  /** First and last (inclusive) line of the block in the original text. */
  startLine: number;
  endLine: number;
  kind: 'heading' | 'paragraph' | 'code' | 'html' | 'other';
  /** True inside a block quote: quoted words are someone else's. */
  quoted: boolean;
}

export interface Section {
  kind: SectionKind;
  /** How the writer marked it. */
  form: 'heading' | 'label';
  /** The heading line or the label text (e.g. `**Situation:**`). */
  markerRange: Range;
  /** The heading's text as written, without `#` marks. */
  markerText: string;
  /** Heading level (1-6); labels get 7 so any heading ends them. */
  level: number;
  /** Lines of the section's own text: after a heading, or from the label on. Inclusive; empty when endLine < startLine. */
  contentStart: Position;
  endLine: number;
  /** When set, the section's text stops at this column of endLine (a label inside or after a line's text). */
  endCharacter?: number;
  /** Set when one heading names several sections (`Situation & Task`). */
  combined: boolean;
}

export interface PrincipleRef {
  /** As written in the front matter. */
  raw: string;
  /** Canonical name in the active catalog, when recognised. */
  canonical?: string;
  /** Nearest known principle for an unrecognised name. */
  suggestion?: string;
  /** Where the name stands in the front matter (the `principles:` line when it cannot be located). */
  range: Range;
}

export interface FrontMatter {
  /** Lines of the whole block, delimiters included. */
  range: Range;
  /** Line of the first line after the closing delimiter (the body starts there). */
  bodyStartLine: number;
  /** Language after the opening delimiter (`---yaml`), lower case; empty when none is given. */
  language: string;
  data: Record<string, unknown>;
  error?: { message: string; range: Range };
  /** True when the block never closes. */
  unclosed: boolean;
}

export interface Story {
  /** The text with every line ending turned into `\n`; line numbers are unchanged. */
  text: string;
  lines: string[];
  frontMatter?: FrontMatter;
  title?: string;
  titleRange?: Range;
  principles: PrincipleRef[];
  /** Indexes in `principles` of names written with a comma and unquoted, which the list had split (joined back). */
  rejoined: number[];
  /** True when the front matter has a principles key (even an empty one). */
  hasPrinciplesKey: boolean;
  /** Where a principles problem is reported: the key's line, else the front matter, else the first line. */
  principlesRange: Range;
  sections: Section[];
  blocks: TextBlock[];
  /** Rule ids disabled for this story by front matter or an HTML comment; `*` disables all. */
  disabledRules: Set<string>;
  /** Rule ids disabled on single lines (`star-lint-disable-line`, `-next-line`), by line; `*` disables all. */
  disabledLines: Map<number, Set<string>>;
  /** A story is a file with a principles key or at least two STAR sections; anything else gets no findings. */
  isStory: boolean;
  /** Words a candidate would say aloud (headings, code, comments and front matter excluded). */
  spokenWordCount: number;
  /** Set when the file is too long to read whole as Markdown: the line from which nothing was checked. */
  uncheckedFromLine?: number;
  /**
   * Results derived from this story on first use and shared by the rules (see analysis.ts). Kept on the story
   * rather than in a WeakMap: thousands of short-lived keys made the WeakMap the engine's costliest line.
   */
  derived: {
    analysis?: unknown;
    coach?: unknown;
    suggestions?: unknown;
    proseLines?: boolean[];
    proseLinesWithoutQuotes?: boolean[];
    lineStarts?: number[];
    prompts?: [number, number][];
  };
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The S/T/A/R section a finding is about, when it is about one. */
  section?: string;
  /** Machine-readable details a quick fix can use. */
  data?: Record<string, unknown>;
  /** Canonical name of the principle a finding is about (principle-not-shown). */
  principle?: string;
}
