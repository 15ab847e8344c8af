// Finding and reading stdkit.yaml.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, parseConfig } from '../core/model/config.js';
import type { StdkitConfig } from '../core/model/types.js';
import { ConfigError } from '../errors.js';

/** The folder holding stdkit.yaml, from `start` upward. */
export function findRoot(start: string): string {
  let dir = resolve(start);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigError(`folder not found: ${start}`, { hint: 'pass an existing folder with -C' });
  }
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) {
      throw new ConfigError(`no ${CONFIG_FILE} in ${resolve(start)} or any folder above it`, {
        hint: 'run stdkit inside a standards repository, pass one with -C <dir>, or create one with `stdkit init`',
      });
    }
    dir = up;
  }
}

export interface LoadedConfig {
  config: StdkitConfig;
  text: string;
}

export function loadConfig(root: string): LoadedConfig {
  const file = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read ${CONFIG_FILE}: ${(e as Error).message}`, { location: { file: CONFIG_FILE } });
  }
  const parsed = parseConfig(text);
  if ('problems' in parsed) {
    const [first, ...rest] = parsed.problems;
    const more = rest.length ? ` (and ${rest.length} more: ${rest.map((p) => `${p.line}:${p.column} ${p.message}`).join('; ')})` : '';
    throw new ConfigError(`${first!.message}${more}`, {
      location: { file: CONFIG_FILE, line: first!.line, column: first!.column },
      hint: `fix ${CONFIG_FILE}; its schema is printed by \`stdkit schema config\``,
    });
  }
  return { config: parsed.config, text };
}
