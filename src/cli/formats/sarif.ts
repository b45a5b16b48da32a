import { RULES } from '../../core';
import { cliSeverity, FileReport } from './text';

/** Where each rule is explained; the README's rule sections are named by their ids. */
export const RULE_HELP_URL = 'https://github.com/star-stories/star-stories#';

const LEVEL: Record<string, 'error' | 'warning' | 'note' | 'none'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, as GitHub code scanning and other tools read it: one run, the rules with their help links, one
 * result per finding with its file and region (1-based lines and columns). Files that fit no rule (a file over the
 * size limit) get their rule id described too.
 */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.summary },
    helpUri: RULE_HELP_URL + r.id,
    defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : LEVEL[cliSeverity(r.defaultSeverity)] },
  }));
  const known = new Set(rules.map((r) => r.id));
  for (const f of reports.flatMap((r) => r.findings)) {
    if (known.has(f.rule)) continue;
    known.add(f.rule);
    rules.push({
      id: f.rule,
      name: f.rule,
      shortDescription: { text: f.message },
      helpUri: RULE_HELP_URL + 'the-command-line-star-lint',
      defaultConfiguration: { level: LEVEL[cliSeverity(f.severity)] },
    });
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: LEVEL[cliSeverity(f.severity)],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.file) },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      { tool: { driver: { name: 'star-lint', informationUri: 'https://github.com/star-stories/star-stories', version, rules } }, results },
    ],
  };
  return JSON.stringify(log, null, 2);
}
