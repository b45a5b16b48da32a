import { parseArgs as parseNodeArgs } from 'node:util';
import { DEFAULT_MAX_USES } from '../core';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliOptions {
  format: OutputFormat;
  configPath?: string;
  maxWarnings: number;
  report: boolean;
  /** Where --report=FILE writes the report; stdout when absent. */
  reportFile?: string;
  followSymlinks: boolean;
  /** Files larger than this are skipped with a finding, never read. */
  maxFileSize: number;
  /** Skip what the repository's .gitignore files ignore. */
  gitignore: boolean;
  /** The name a story read from stdin (`-`) has in the output. */
  stdinName: string;
  fix: boolean;
  dryRun: boolean;
  /** Print the interview loop plan instead of findings. */
  plan: boolean;
  /** Print the cheat sheet for the plan instead of findings. */
  cheatsheet: boolean;
  /** What --principles names (a focus set's id or names); the whole catalog when absent. */
  principles?: string;
  maxUses: number;
  /** Whether a story may stand for a principle the coach suggests but it does not claim. */
  allowSuggested: boolean;
  help: boolean;
  version: boolean;
  /** Files, folders and globs; `!glob` excludes; `-` is stdin. */
  paths: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: star-lint [options] <file|folder|glob|->...

Checks Markdown STAR stories (behavioral-interview answers) and reports what is missing.
Folders are searched for .md and .markdown files (node_modules and dot folders are skipped). A glob such as
"stories/**/*.md" (quoted, or expanded by the shell) names Markdown files; "!drafts/**" leaves files out;
"-" reads one story from standard input.

Options:
  -f, --format FORMAT   text (default), json, sarif (SARIF 2.1.0 for code scanning), github (workflow
                        annotations) or junit
  -c, --config FILE     a JSON or YAML config file (default: .starlintrc.json/.yaml/.yml/.starlintrc here)
      --max-warnings N  exit with 1 when there are more than N warnings (default: no limit)
      --report[=FILE]   print (or write to FILE) a Markdown coverage table instead of findings
      --fix             apply the fixes that change no prose (principle names, quoting, duplicates) and
                        say what changed; never creates, deletes or renames a file
      --dry-run         with --fix: show the changes as a diff, write nothing
      --plan            print the interview loop plan (Markdown, or JSON with --format json) instead of
                        findings: a story and a backup for each principle, no story used too often
      --cheatsheet      print a Markdown cheat sheet of the plan: each story's situation, what you did,
                        its measured result, then questions to ask the interviewer
      --principles LIST with --plan or --cheatsheet: the principles to prepare, comma-separated, or a
                        focus set's id such as aws (default: the whole catalog)
      --max-uses N      with --plan or --cheatsheet: most times a story appears in the plan (default 2)
      --no-suggested    with --plan or --cheatsheet: only claimed principles, never the coach's suggestions
      --stdin-name NAME the file name of the story read from "-" (default: stdin.md)
      --no-gitignore    also check what the repository's .gitignore files ignore
      --max-file-size SIZE  skip larger files with a warning, never reading them (default: 1mb; e.g. 500kb)
      --follow-symlinks read symbolic links to files outside the folder named (never devices or pipes)
  -h, --help            show this help
  -v, --version         show the version

Symbolic links to folders are never followed. The config's "ignores" globs leave files out too.
Exit codes: 0 clean, 1 errors or too many warnings, 2 bad usage, a bad config or an unreadable file.`;

/** The extension's default too (setting starStories.maxFileSizeKB: 1024). */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  report: { type: 'boolean' },
  // --report=FILE arrives here (see parseArgs): node's parser has no option with an optional value.
  'report-file': { type: 'string' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  plan: { type: 'boolean' },
  cheatsheet: { type: 'boolean' },
  principles: { type: 'string' },
  'max-uses': { type: 'string' },
  'no-suggested': { type: 'boolean' },
  'stdin-name': { type: 'string' },
  'no-gitignore': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'follow-symlinks': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseArgs(argv: readonly string[]): CliOptions {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (a === '--report-file' || a.startsWith('--report-file=')) throw new UsageError(`Unknown option "${a}".`);
    if (a.startsWith('--report=')) {
      if (a.length === '--report='.length) throw new UsageError('--report=FILE needs a file name.');
      args.push('--report', '--report-file', a.slice('--report='.length));
    } else args.push(a);
  }
  let parsed;
  try {
    parsed = parseNodeArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(plainMessage(e));
  }
  const v = parsed.values;
  const options: CliOptions = {
    format: 'text',
    maxWarnings: -1,
    report: v.report === true,
    followSymlinks: v['follow-symlinks'] === true,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    gitignore: v['no-gitignore'] !== true,
    stdinName: v['stdin-name'] ?? 'stdin.md',
    fix: v.fix === true,
    dryRun: v['dry-run'] === true,
    plan: v.plan === true,
    cheatsheet: v.cheatsheet === true,
    maxUses: DEFAULT_MAX_USES,
    allowSuggested: v['no-suggested'] !== true,
    help: v.help === true,
    version: v.version === true,
    paths: parsed.positionals,
  };
  if (v.format !== undefined) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(v.format))
      throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${v.format}".`);
    options.format = v.format as OutputFormat;
  }
  if (v.config !== undefined) options.configPath = v.config;
  if (v['report-file'] !== undefined) options.reportFile = v['report-file'];
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings']))
      throw new UsageError(`--max-warnings takes a whole number (0 or more), not "${v['max-warnings']}".`);
    options.maxWarnings = Number(v['max-warnings']);
  }
  if (v.principles !== undefined) options.principles = v.principles;
  if (v['max-uses'] !== undefined) {
    if (!/^\d+$/.test(v['max-uses']) || Number(v['max-uses']) < 1)
      throw new UsageError(`--max-uses takes a whole number (1 or more), not "${v['max-uses']}".`);
    options.maxUses = Number(v['max-uses']);
  }
  if (v['max-file-size'] !== undefined) options.maxFileSize = parseSize(v['max-file-size']);
  if (v['stdin-name'] !== undefined && !v['stdin-name'].trim()) throw new UsageError('--stdin-name needs a file name.');
  if (options.help || options.version) return options;
  if (options.report && options.format !== 'text')
    throw new UsageError('--report writes Markdown; leave out --format, or use --format json without --report.');
  checkPlanOptions(options, v.principles !== undefined || v['max-uses'] !== undefined || v['no-suggested'] === true);
  if (options.dryRun && !options.fix) throw new UsageError('--dry-run goes with --fix: it shows what --fix would change.');
  if (options.fix && options.paths.includes('-'))
    throw new UsageError('--fix changes files; it cannot fix a story read from standard input.');
  if (options.paths.filter((p) => p === '-').length > 1) throw new UsageError('"-" (standard input) can be named once.');
  if (options.paths.every((p) => p.startsWith('!')))
    throw new UsageError('Name at least one file, folder or glob to check, e.g. `star-lint stories/`.');
  return options;
}

function checkPlanOptions(options: CliOptions, planFlags: boolean): void {
  const planning = options.plan || options.cheatsheet;
  if (planFlags && !planning) throw new UsageError('--principles, --max-uses and --no-suggested go with --plan or --cheatsheet.');
  if (!planning) return;
  if (options.plan && options.cheatsheet) throw new UsageError('Choose one of --plan and --cheatsheet.');
  if (options.report || options.fix) throw new UsageError('--plan and --cheatsheet cannot be combined with --report or --fix.');
  if (options.cheatsheet && options.format !== 'text') throw new UsageError('--cheatsheet writes Markdown; leave out --format.');
  if (options.plan && options.format !== 'text' && options.format !== 'json')
    throw new UsageError('--plan writes Markdown, or JSON with --format json.');
}

/** Node's parser names the problem well; its error codes and "To specify a positional..." hints are for developers. */
function plainMessage(e: unknown): string {
  const message = String((e as Error)?.message ?? e);
  const first = message
    .split('. ')[0]
    .replace(/^Option '/, 'Option "')
    .replace(/'/g, '"');
  if ((e as { code?: string })?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return first.replace(/^Unknown option "(.*)"$/, 'Unknown option "$1".');
  return first.endsWith('.') ? first : first + '.';
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 * 1024, mb: 1024 * 1024 };

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0)
    throw new UsageError(`--max-file-size takes a size such as 500kb or 2mb, not "${text}".`);
  return Math.floor(Number(m[1]) * unit);
}
