// `stdkit status`
import { resolve } from 'node:path';
import { repositoryStatus } from '../app/status.js';
import { formatStatusJson, formatStatusText } from '../core/status/format.js';
import type { IO } from './io.js';
import type { GlobalOptions } from './main.js';

export interface StatusFlags {
  format?: 'text' | 'json';
}

export async function statusCommand(io: IO, globals: GlobalOptions, flags: StatusFlags): Promise<number> {
  const report = await repositoryStatus({ cwd: resolve(io.cwd, globals.cwd ?? '.') });
  io.stdout(flags.format === 'json' ? formatStatusJson(report) : formatStatusText(report));
  return 0;
}
