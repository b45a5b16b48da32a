import { promises as fs } from 'fs';
import * as path from 'path';
import { buildCoverage, coverageMarkdown, StarConfig } from '../core';
import { CliOptions } from './args';
import { formatGithub } from './formats/github';
import { formatJunit } from './formats/junit';
import { formatSarif } from './formats/sarif';
import { FileReport, formatJson, formatText } from './formats/text';
import type { Checked, CliIo } from './main';
import { writePlan } from './plan';

/** Prints the findings in the chosen format, or the coverage report; says what went wrong if it cannot. */
export async function writeOutput(
  options: CliOptions,
  reports: readonly FileReport[],
  checked: readonly Checked[],
  config: StarConfig,
  io: CliIo,
  version: string,
): Promise<string | undefined> {
  if (options.plan || options.cheatsheet) return writePlan(options, checked, config, io);
  if (options.report) {
    const coverage = buildCoverage(
      checked.map((s) => ({
        id: s.id,
        fallbackTitle: path.basename(s.id).replace(/\.(md|markdown)$/i, ''),
        story: s.result.story,
        findings: s.result.findings,
      })),
      config,
    );
    const markdown = coverageMarkdown(coverage);
    if (options.reportFile === undefined) io.stdout(markdown);
    else {
      const error = await writeReport(path.resolve(io.cwd, options.reportFile), markdown);
      if (error) return `Cannot write the report to "${options.reportFile}": ${error}.`;
    }
    return undefined;
  }
  switch (options.format) {
    case 'json':
      io.stdout(formatJson(reports) + '\n');
      break;
    case 'sarif':
      io.stdout(formatSarif(reports, version) + '\n');
      break;
    case 'github':
      io.stdout(formatGithub(reports));
      break;
    case 'junit':
      io.stdout(formatJunit(reports));
      break;
    default:
      io.stdout(formatText(reports, io.color));
  }
  return undefined;
}

/** Writes the report, or says why it cannot: a folder or an unwritable place is refused, never half written. */
async function writeReport(file: string, text: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && !stat.isFile()) return 'it is not a regular file';
    await fs.writeFile(file, text, 'utf8');
    return undefined;
  } catch (e) {
    return String((e as Error)?.message ?? e);
  }
}
