#!/usr/bin/env node
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildCoverage, CONFIG_FILE_NAMES, coverageMarkdown, lintStory, parseConfigText, resolveConfig, RULE_IDS, StarConfig, visible } from '../core';
import { CliOptions, parseArgs, USAGE, UsageError } from './args';
import { describeError, LEAVES_ROOT, readSafely } from '../node/safeRead';
import { collectFiles } from './files';
import { countFindings, FileReport, formatJson, formatText, tooLargeReport } from './format';
import { readStoryFile } from './readStory';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs star-lint and returns its exit code; all output goes through `io`, so tests can run it in-process. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`star-lint: ${visible(e.message)}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  if (options.help) {
    io.stdout(USAGE + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(readVersion() + '\n');
    return EXIT_OK;
  }

  const loaded = await loadConfig(options.configPath, io.cwd);
  if ('error' in loaded) {
    io.stderr(`star-lint: ${visible(loaded.error)}\n`);
    return EXIT_USAGE;
  }
  for (const problem of loaded.problems) io.stderr(`star-lint: ${visible(`${loaded.source}: ${problem}`)}\n`);

  const paths = options.paths.map((p) => path.resolve(io.cwd, p));
  const { files, skipped, problems } = await collectFiles(paths, { cwd: io.cwd, followSymlinks: options.followSymlinks });
  // A path that does not exist is a mistake in the command: say so, and print no result that could pass for clean.
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`star-lint: ${visible(p)}\n`);
    return EXIT_USAGE;
  }
  for (const s of skipped) io.stderr(`star-lint: Skipped "${visible(shown(s.file, io.cwd))}": ${s.reason}${s.reason === LEAVES_ROOT ? ' (--follow-symlinks reads it)' : ''}.\n`);

  let failed = false;
  const reports: FileReport[] = [];
  const stories: { id: string; result: ReturnType<typeof lintStory> }[] = [];
  const readOptions = { followSymlinks: options.followSymlinks, maxBytes: options.maxFileSize };
  for (const file of files) {
    const name = shown(file.file, io.cwd);
    const read = readStoryFile(file, readOptions);
    if ('skipped' in read) {
      io.stderr(`star-lint: Skipped "${visible(name)}": ${read.skipped}${read.skipped === LEAVES_ROOT ? ' (--follow-symlinks reads it)' : ''}.\n`);
      continue;
    }
    if ('error' in read) {
      io.stderr(`star-lint: Cannot read "${visible(name)}": ${read.error}.\n`);
      failed = true;
      continue;
    }
    if ('tooLarge' in read) {
      reports.push(tooLargeReport(name, read.tooLarge, options.maxFileSize));
      continue;
    }
    const result = lintStory(read.text, loaded.config);
    reports.push({
      file: name,
      isStory: result.story.isStory,
      title: result.story.title,
      principles: [...new Set(result.story.principles.map((p) => p.canonical).filter((c): c is string => !!c))],
      findings: result.findings,
    });
    stories.push({ id: name, result });
  }

  if (options.report) {
    const coverage = buildCoverage(
      stories.map((s) => ({ id: s.id, fallbackTitle: path.basename(s.id).replace(/\.(md|markdown)$/i, ''), story: s.result.story, findings: s.result.findings })),
      loaded.config,
    );
    const markdown = coverageMarkdown(coverage);
    if (options.reportFile === undefined) io.stdout(markdown);
    else {
      const written = await writeReport(path.resolve(io.cwd, options.reportFile), markdown);
      if (written) {
        io.stderr(`star-lint: Cannot write the report to "${visible(options.reportFile)}": ${written}.\n`);
        return EXIT_USAGE;
      }
    }
  } else if (options.format === 'json') {
    io.stdout(formatJson(reports) + '\n');
  } else {
    io.stdout(formatText(reports, io.color));
  }

  if (failed) return EXIT_USAGE;
  const counts = countFindings(reports);
  if (counts.error > 0) return EXIT_FINDINGS;
  if (options.maxWarnings >= 0 && counts.warning > options.maxWarnings) {
    if (options.format === 'text' && !options.report) io.stderr(`star-lint: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

type LoadedConfig = { config: StarConfig; problems: string[]; source: string } | { error: string };

/** The named config file, else the first of the usual names in the current folder, else the defaults. */
async function loadConfig(configPath: string | undefined, cwd: string): Promise<LoadedConfig> {
  const candidates = configPath ? [path.resolve(cwd, configPath)] : CONFIG_FILE_NAMES.map((n) => path.join(cwd, n));
  for (const file of candidates) {
    const name = shown(file, cwd);
    // A config named on the command line is the user's choice; one found in the folder came with the repository.
    const read = readSafely(file, { root: cwd, followSymlinks: configPath !== undefined, maxBytes: MAX_CONFIG_BYTES });
    if ('missing' in read) {
      if (configPath) return { error: `Cannot read config "${configPath}": no such file or folder.` };
      continue;
    }
    if (!('bytes' in read)) {
      const why = 'error' in read ? read.error : 'skipped' in read ? read.skipped : `it is over ${MAX_CONFIG_BYTES / 1024} KB`;
      return { error: `Cannot read config "${name}": ${why}.` };
    }
    const parsed = parseConfigText(new TextDecoder().decode(read.bytes), name);
    if (parsed.error) return { error: parsed.error };
    const { config, problems } = resolveConfig(parsed.config, RULE_IDS);
    return { config, problems, source: name };
  }
  return { ...resolveConfig(undefined, RULE_IDS), source: '' };
}

/** A config of a few rules is a few hundred bytes; this bound only stops a hostile one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Writes the report, or says why it cannot: a folder or an unwritable place is refused, never half written. */
async function writeReport(file: string, text: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && !stat.isFile()) return 'it is not a regular file';
    await fs.writeFile(file, text, 'utf8');
    return undefined;
  } catch (e) {
    return describeError(e);
  }
}

function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

function readVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require('../../package.json').version as string;
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`star-lint: unexpected failure: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
