import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KINDS } from '../core/model/types.js';
import { didYouMean } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import type { IO } from './io.js';
import type { GlobalOptions } from './main.js';
import { makeDirs } from '../adapters/make-dirs.js';

/** kind name → schema file name (without .schema.json) */
export const SCHEMA_FILES: Record<string, string> = {
  Organization: 'organization',
  Standard: 'standard',
  ResponsibilityMatrix: 'responsibility-matrix',
  DataDictionary: 'data-dictionary',
  RolloutPlan: 'rollout-plan',
  config: 'stdkit-config',
};

export const schemasDir = (): string => new URL('../../schemas/', import.meta.url).pathname;

function resolveKind(name: string): string {
  const norm = name.toLowerCase().replace(/[-_\s]/g, '');
  for (const [kind, file] of Object.entries(SCHEMA_FILES)) {
    if (kind.toLowerCase() === norm || file.replace(/-/g, '') === norm || (kind === 'config' && norm === 'stdkityaml')) return kind;
  }
  throw new UsageError(`unknown kind "${name}"${didYouMean(name, Object.keys(SCHEMA_FILES))}`, `use one of ${[...KINDS, 'config'].join(', ')}`);
}

export function schemaCommand(io: IO, globals: GlobalOptions, kind: string | undefined, opts: { out?: string }): number {
  if (opts.out) {
    const out = resolve(io.cwd, globals.cwd ?? '.', opts.out);
    makeDirs(out);
    const names = kind ? [resolveKind(kind)] : Object.keys(SCHEMA_FILES);
    for (const k of names) {
      const file = `${SCHEMA_FILES[k]}.schema.json`;
      writeFileSync(join(out, file), readFileSync(join(schemasDir(), file)));
      if (!globals.quiet) io.stdout(`wrote ${join(opts.out, file)}\n`);
    }
    return 0;
  }
  if (!kind) throw new UsageError('name a kind, or pass --out <dir> to write every schema', `kinds: ${[...KINDS, 'config'].join(', ')}`);
  io.stdout(readFileSync(join(schemasDir(), `${SCHEMA_FILES[resolveKind(kind)]}.schema.json`), 'utf8'));
  return 0;
}
