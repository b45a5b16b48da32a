import { DEFAULT_LENGTH, defaultConfig, UserConfig } from './config';
import { RULES } from './rules';
import { holdsNoKeys, parseYaml } from './yaml';

/**
 * Reads a config file's text (JSON, or YAML through js-yaml's safe loader), as written: a byte-order mark,
 * a `---` document start and a closing `---` or `...` are all fine. Returns a message instead of throwing,
 * so the caller can say which file and line is wrong.
 */
export function parseConfigText(text: string, fileName: string): { config?: UserConfig; error?: string } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const isJson = /\.json$/i.test(fileName) || /^\s*\{/.test(text);
  try {
    const value: unknown = isJson ? JSON.parse(text) : holdsNoKeys(text) ? {} : parseYaml(withoutClosingMarker(text));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { error: `${fileName}: the configuration must be an object (keys such as "rules", "catalog", "length").` };
    }
    return { config: value as UserConfig };
  } catch (e) {
    const err = e as { mark?: { line?: number }; reason?: string; message?: string };
    const where = typeof err.mark?.line === 'number' ? ` on line ${err.mark.line}` : '';
    return { error: `${fileName} is not valid ${isJson ? 'JSON' : 'YAML'}${where}: ${err.reason ?? err.message ?? String(e)}` };
  }
}

/**
 * A YAML file written like front matter ends with `---` (or the end marker `...`); js-yaml would read that `---`
 * as the start of a second document and refuse the file, so a last marker line is dropped.
 */
function withoutClosingMarker(text: string): string {
  const trimmed = text.trimEnd();
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  return (lastLine === '---' || lastLine === '...') && trimmed.indexOf('\n') !== -1 ? trimmed.slice(0, trimmed.length - 3) : text;
}

/** A config of a few rules is a few hundred bytes; this bound, for the CLI and the extension alike, stops a hostile one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Why a config file was not read, in words for a message: the reader's error, its reason to skip, or its size. */
export function unreadConfigReason(read: { error: string } | { skipped: string } | { tooLarge: number }): string {
  return 'error' in read ? read.error : 'skipped' in read ? read.skipped : `it is over ${MAX_CONFIG_BYTES / 1024} KB`;
}

/** Names the CLI and the extension look for at the top of a folder, in this order. */
export const CONFIG_FILE_NAMES = ['.starlintrc.json', '.starlintrc.yaml', '.starlintrc.yml', '.starlintrc'] as const;

/**
 * A starting config with every rule at its default severity and the defaults of the other keys, each with a
 * comment saying what it does: what "Open Config File" writes when a folder has none.
 */
export function defaultConfigText(): string {
  const width = Math.max(...RULES.map((r) => r.id.length)) + 1;
  const lines = [
    '# STAR Stories config, read by the extension and by star-lint (see the README for every key).',
    '# Severities: error, warning, info, hint or off.',
    'rules:',
    ...RULES.map((r) => `  ${(r.id + ':').padEnd(width)} ${r.defaultSeverity.padEnd(7)} # ${r.summary}`),
    '',
    '# The principles stories are checked against: amazon, or the id of one of your catalogs.',
    `catalog: ${defaultConfig().catalog}`,
    '',
    '# Your own catalogs, e.g.:',
    '# catalogs:',
    '#   - id: acme',
    '#     label: Acme values',
    '#     principles: [Customers First, Ship It]',
    '',
    '# How long a story should take to tell.',
    'length:',
    `  minMinutes: ${DEFAULT_LENGTH.minMinutes}`,
    `  maxMinutes: ${DEFAULT_LENGTH.maxMinutes}`,
    `  wordsPerMinute: ${DEFAULT_LENGTH.wordsPerMinute}`,
    '',
    '# Files never checked, relative to this folder, e.g. [drafts/**].',
    'ignores: []',
    '',
  ];
  return lines.join('\n');
}
