import matter from 'gray-matter';
import { UserConfig } from './config';

/**
 * Reads a config file's text (JSON, or YAML through gray-matter's safe YAML engine).
 * Returns a message instead of throwing, so the caller can say which file and line is wrong.
 */
export function parseConfigText(text: string, fileName: string): { config?: UserConfig; error?: string } {
  const isJson = /\.json$/i.test(fileName) || /^\s*\{/.test(text);
  try {
    const value: unknown = isJson ? JSON.parse(text) : matter(`---\n${text}\n---\n`, { language: 'yaml' }).data;
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

/** Names the CLI and the extension look for at the top of a folder, in this order. */
export const CONFIG_FILE_NAMES = ['.starlintrc.json', '.starlintrc.yaml', '.starlintrc.yml', '.starlintrc'] as const;
