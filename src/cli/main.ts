#!/usr/bin/env node
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildCoverage, CONFIG_FILE_NAMES, coverageMarkdown, lintStory, parseConfigText, resolveConfig, RULE_IDS, StarConfig } from '../core';
import { CliOptions, parseArgs, USAGE, UsageError } from './args';
import { collectFiles, describe } from './files';
import { countFindings, FileReport, formatJson, formatText } from './format';

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
      io.stderr(`star-lint: ${e.message}\n\n${USAGE}\n`);
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
    io.stderr(`star-lint: ${loaded.error}\n`);
    return EXIT_USAGE;
  }
  for (const problem of loaded.problems) io.stderr(`star-lint: ${loaded.source}: ${problem}\n`);

  const paths = options.paths.map((p) => path.resolve(io.cwd, p));
  const { files, problems } = await collectFiles(paths);
  let failed = problems.length > 0;
  for (const p of problems) io.stderr(`star-lint: ${p}\n`);

  const reports: FileReport[] = [];
  const stories: { id: string; result: ReturnType<typeof lintStory> }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      io.stderr(`star-lint: Cannot read "${shown(file, io.cwd)}": ${describe(e)}.\n`);
      failed = true;
      continue;
    }
    const result = lintStory(text, loaded.config);
    const name = shown(file, io.cwd);
    reports.push({
      file: name,
      isStory: result.story.isStory,
      title: result.story.title,
      principles: [...new Set(result.story.principles.map((p) => p.canonical).filter((c): c is string => !!c))],
      findings: result.findings,
      suggestedPrinciples: result.suggestedPrinciples,
    });
    stories.push({ id: name, result });
  }

  if (options.report) {
    const coverage = buildCoverage(
      stories.map((s) => ({ id: s.id, fallbackTitle: path.basename(s.id).replace(/\.(md|markdown)$/i, ''), story: s.result.story, findings: s.result.findings })),
      loaded.config,
    );
    io.stdout(coverageMarkdown(coverage));
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
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      if (configPath) return { error: `Cannot read config "${configPath}": ${describe(e)}.` };
      continue;
    }
    const name = shown(file, cwd);
    const parsed = parseConfigText(text, name);
    if (parsed.error) return { error: parsed.error };
    const { config, problems } = resolveConfig(parsed.config, RULE_IDS);
    return { config, problems, source: name };
  }
  return { ...resolveConfig(undefined, RULE_IDS), source: '' };
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
