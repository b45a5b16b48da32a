export type OutputFormat = 'text' | 'json';

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
  help: boolean;
  version: boolean;
  paths: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: star-lint [options] <file|dir>...

Checks Markdown STAR stories (behavioral-interview answers) and reports what is missing.
Directories are searched for .md and .markdown files (node_modules and dot folders are skipped).

Options:
  --format text|json    output format (default: text)
  --config FILE         a JSON or YAML config file (default: .starlintrc.json/.yaml/.yml in the current folder)
  --max-warnings N      exit with 1 when there are more than N warnings (default: no limit)
  --report[=FILE]       print (or write to FILE) a Markdown coverage table (principles x stories) instead of findings
  --max-file-size SIZE  skip larger files with a warning, never reading them (default: 1mb; e.g. 500kb, 2mb)
  --follow-symlinks     read symbolic links to files outside the folder named (never to devices or pipes)
  -h, --help            show this help
  -v, --version         show the version

Symbolic links to folders are never followed.
Exit codes: 0 clean, 1 errors or too many warnings, 2 bad usage, a bad config or an unreadable file.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { format: 'text', maxWarnings: -1, report: false, followSymlinks: false, maxFileSize: DEFAULT_MAX_FILE_SIZE, help: false, version: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case '--format':
      case '-f': {
        const f = value();
        if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be "text" or "json", not "${f}".`);
        options.format = f;
        break;
      }
      case '--config':
      case '-c':
        options.configPath = value();
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings takes a whole number (0 or more), not "${v}".`);
        options.maxWarnings = Number(v);
        break;
      }
      case '--report':
        options.report = true;
        if (inline !== undefined) {
          if (!inline) throw new UsageError('--report=FILE needs a file name.');
          options.reportFile = inline;
        }
        break;
      case '--follow-symlinks':
        options.followSymlinks = true;
        break;
      case '--max-file-size':
        options.maxFileSize = parseSize(value());
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--version':
      case '-v':
        options.version = true;
        break;
      case '--':
        options.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
        options.paths.push(arg);
    }
  }
  if (options.report && options.format !== 'text') throw new UsageError('--report writes Markdown; leave out --format, or use --format json without --report.');
  if (!options.help && !options.version && options.paths.length === 0) throw new UsageError('Name at least one file or folder to check, e.g. `star-lint stories/`.');
  return options;
}

/** The extension's default too (setting starStories.maxFileSizeKB: 1024). */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 * 1024, mb: 1024 * 1024 };

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError(`--max-file-size takes a size such as 500kb or 2mb, not "${text}".`);
  return Math.floor(Number(m[1]) * unit);
}
