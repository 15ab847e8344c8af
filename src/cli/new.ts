// `stdkit new <kind> <id>`
import { relative, resolve } from 'node:path';
import { newDocument } from '../app/new.js';
import type { IO } from './io.js';
import type { GlobalOptions } from './main.js';

export interface NewFlags {
  title?: string;
  owner?: string;
}

export async function newCommand(io: IO, globals: GlobalOptions, kind: string, id: string, flags: NewFlags): Promise<number> {
  const cwd = resolve(io.cwd, globals.cwd ?? '.');
  const r = await newDocument({ cwd, kind, id, title: flags.title, owner: flags.owner });
  if (!globals.quiet) {
    io.stdout(`created ${relative(io.cwd, r.file) || r.rel}: ${r.kind} ${id}${r.kind === 'Organization' ? '' : `, owner ${r.owner}`}\n`);
    io.stdout('fill in the placeholders, then run `stdkit lint`\n');
  }
  return 0;
}
