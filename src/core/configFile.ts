import { UserConfig } from './config';
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

/** Names the CLI and the extension look for at the top of a folder, in this order. */
export const CONFIG_FILE_NAMES = ['.starlintrc.json', '.starlintrc.yaml', '.starlintrc.yml', '.starlintrc'] as const;
