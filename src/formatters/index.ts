// The explicit registry of output formats: no directory scanning at run time.
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Format, Formatter } from './types.js';

export const formatters: Record<Format, Formatter> = { github, gitlab, json, junit, sarif, stylish };

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name as Format] : undefined;
}
