import * as path from 'path';
import { CONFIG_FILE_NAMES, MAX_CONFIG_BYTES, parseConfigText, resolveConfig, RULE_IDS, StarConfig, unreadConfigReason } from '../core';
import { readSafely } from '../node/safeRead';
import { shown } from './paths';

export type LoadedConfig = { config: StarConfig; problems: string[]; source: string } | { error: string };

/** The named config file, else the first of the usual names in the current folder, else the defaults. */
export function loadConfig(configPath: string | undefined, cwd: string): LoadedConfig {
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
      return { error: `Cannot read config "${name}": ${unreadConfigReason(read)}.` };
    }
    const parsed = parseConfigText(new TextDecoder().decode(read.bytes), name);
    if (parsed.error) return { error: parsed.error };
    const { config, problems } = resolveConfig(parsed.config, RULE_IDS);
    return { config, problems, source: name };
  }
  return { ...resolveConfig(undefined, RULE_IDS), source: '' };
}
