export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  format: OutputFormat;
  configPath?: string;
  maxWarnings: number;
  report: boolean;
  help: boolean;
  version: boolean;
  paths: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: star-lint [options] <file|dir>...

Checks Markdown STAR stories (behavioral-interview answers) and reports what is missing.
Directories are searched for .md and .markdown files (node_modules and dot folders are skipped).

Options:
  --format text|json   output format (default: text)
  --config FILE        a JSON or YAML config file (default: .starlintrc.json/.yaml/.yml in the current folder)
  --max-warnings N     exit with 1 when there are more than N warnings (default: no limit)
  --report             print a Markdown coverage table (principles x stories) instead of findings
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 clean, 1 errors or too many warnings, 2 bad usage or an unreadable file.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { format: 'text', maxWarnings: -1, report: false, help: false, version: false, paths: [] };
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
  if (!options.help && !options.version && options.paths.length === 0) throw new UsageError('Name at least one file or folder to check, e.g. `star-lint stories/`.');
  return options;
}
