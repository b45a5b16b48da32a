#!/usr/bin/env node
import { readFileSync } from 'fs';
import { join } from 'path';
import { isIgnored, lintStory, visible } from '../core';
import { LEAVES_ROOT } from '../node/safeRead';
import { CliOptions, parseArgs, USAGE, UsageError } from './args';
import { loadConfig } from './config';
import { collectFiles } from './files';
import { fixStory, lineDiff, writeFixed } from './fix';
import { countFindings, FileReport, tooLargeReport } from './formats/text';
import { GitIgnore } from './gitignore';
import { writeOutput } from './output';
import { shown } from './paths';
import { readStoryFile } from './readStory';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, read when a path is `-`; at most `maxBytes + 1` bytes are taken. */
  readStdin?(maxBytes: number): Promise<Uint8Array>;
  cwd: string;
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A story checked, for the report and the fixes. */
export interface Checked {
  id: string;
  file?: string;
  text: string;
  result: ReturnType<typeof lintStory>;
}

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

  const loaded = loadConfig(options.configPath, io.cwd);
  if ('error' in loaded) {
    io.stderr(`star-lint: ${visible(loaded.error)}\n`);
    return EXIT_USAGE;
  }
  for (const problem of loaded.problems) io.stderr(`star-lint: ${visible(`${loaded.source}: ${problem}`)}\n`);

  const gitignore = options.gitignore ? new GitIgnore(io.cwd) : undefined;
  const collected = await collectFiles(options.paths, {
    cwd: io.cwd,
    followSymlinks: options.followSymlinks,
    ignored: (rel, abs) => isIgnored(loaded.config, rel) || !!gitignore?.ignores(abs),
  });
  // A path that does not exist is a mistake in the command: say so, and print no result that could pass for clean.
  if (collected.problems.length > 0) {
    for (const p of collected.problems) io.stderr(`star-lint: ${visible(p)}\n`);
    return EXIT_USAGE;
  }
  for (const s of collected.skipped)
    io.stderr(
      `star-lint: Skipped "${visible(shown(s.file, io.cwd))}": ${s.reason}${s.reason === LEAVES_ROOT ? ' (--follow-symlinks reads it)' : ''}.\n`,
    );
  for (const g of collected.unmatched) io.stderr(`star-lint: "${visible(g)}" matched no Markdown file.\n`);

  let failed = false;
  const reports: FileReport[] = [];
  const checked: Checked[] = [];
  const check = (id: string, text: string, file?: string) => {
    const result = lintStory(text, loaded.config);
    reports.push({
      file: id,
      isStory: result.story.isStory,
      title: result.story.title,
      principles: [...new Set(result.story.principles.map((p) => p.canonical).filter((c): c is string => !!c))],
      findings: result.findings,
      suggestedPrinciples: result.suggestedPrinciples,
    });
    checked.push({ id, file, text, result });
  };

  if (options.paths.includes('-')) {
    const bytes = io.readStdin ? await io.readStdin(options.maxFileSize) : new Uint8Array();
    if (bytes.length > options.maxFileSize) reports.push(tooLargeReport(options.stdinName, bytes.length, options.maxFileSize));
    else check(options.stdinName, new TextDecoder().decode(bytes));
  }
  const readOptions = { followSymlinks: options.followSymlinks, maxBytes: options.maxFileSize };
  for (const file of collected.files) {
    const name = shown(file.file, io.cwd);
    const read = readStoryFile(file, readOptions);
    if ('skipped' in read)
      io.stderr(
        `star-lint: Skipped "${visible(name)}": ${read.skipped}${read.skipped === LEAVES_ROOT ? ' (--follow-symlinks reads it)' : ''}.\n`,
      );
    else if ('error' in read) {
      io.stderr(`star-lint: Cannot read "${visible(name)}": ${read.error}.\n`);
      failed = true;
    } else if ('tooLarge' in read) reports.push(tooLargeReport(name, read.tooLarge, options.maxFileSize));
    else check(name, read.text, file.file);
  }

  if (options.fix && applyFixes(checked, options.dryRun, io)) failed = true;

  const written = await writeOutput(options, reports, checked, loaded.config, io, readVersion());
  if (written) {
    io.stderr(`star-lint: ${visible(written)}\n`);
    return EXIT_USAGE;
  }

  if (failed) return EXIT_USAGE;
  // A plan is not a check: the stories' findings shape it, they do not fail the command.
  if (options.plan || options.cheatsheet) return EXIT_OK;
  const counts = countFindings(reports);
  if (counts.error > 0) return EXIT_FINDINGS;
  if (options.maxWarnings >= 0 && counts.warning > options.maxWarnings) {
    if (options.format === 'text' && !options.report)
      io.stderr(`star-lint: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * --fix: writes each story whose mechanical fixes change it, and says what changed (on stderr, so the findings
 * stay machine-readable on stdout); with --dry-run, prints the diff instead. The findings printed are those of
 * the stories as they were read. True when a file could not be written.
 */
function applyFixes(checked: readonly Checked[], dryRun: boolean, io: CliIo): boolean {
  let failed = false;
  for (const c of checked) {
    if (!c.file) continue;
    const { fixed, descriptions } = fixStory(c.text, c.result.story, c.result.findings);
    if (fixed === undefined) continue;
    if (dryRun) {
      io.stderr(lineDiff(c.id, c.text, fixed));
      continue;
    }
    const error = writeFixed(c.file, fixed);
    if (error) {
      io.stderr(`star-lint: Cannot write the fixes to "${visible(c.id)}": ${visible(error)}.\n`);
      failed = true;
    } else io.stderr(`star-lint: Fixed ${visible(c.id)}: ${visible(descriptions.join('; '))}.\n`);
  }
  return failed;
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Standard input, never more than one byte past the limit: the rest is left unread. */
async function readProcessStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    length += chunk.length;
    if (length > maxBytes) break;
  }
  return Buffer.concat(chunks, length);
}

if (require.main === module) {
  run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: readProcessStdin,
    cwd: process.cwd(),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`star-lint: unexpected failure: ${visible(String((e as Error)?.stack ?? e))}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
