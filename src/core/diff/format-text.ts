// The reviewer's summary: one line per change, grouped by document, old → new, class tags.
import { Chalk } from 'chalk';
import { describe } from './describe.js';
import type { Change, ChangeClass, DiffResult } from './types.js';

export interface TextOptions {
  color: boolean;
}

export function counts(changes: readonly Change[]): Record<ChangeClass, number> {
  const n: Record<ChangeClass, number> = { major: 0, minor: 0, patch: 0 };
  for (const c of changes) n[c.class]++;
  return n;
}

export function formatText(result: DiffResult, opts: TextOptions): string {
  const ch = new Chalk({ level: opts.color ? 1 : 0 });
  const tag: Record<ChangeClass, (s: string) => string> = { major: ch.red.bold, minor: ch.yellow, patch: ch.cyan };
  const range = `${result.base} → ${result.head}`;
  if (result.changes.length === 0) return `${ch.green('no changes')} to the standards: ${range}\n`;
  const n = counts(result.changes);
  const lines = [
    `${ch.bold(`bump: ${result.bump}`)}  ${range}  (${n.major} major, ${n.minor} minor, ${n.patch} patch)`,
  ];
  const width = Math.max(...result.changes.map((c) => c.file.length));
  let group = '';
  for (const c of result.changes) {
    const g = `${c.file}\u0000${c.kind}\u0000${c.document}`;
    if (g !== group) {
      lines.push('');
      group = g;
    }
    const d = describe(c);
    const what = c.change === 'added' ? ch.green(d.what) : c.change === 'removed' ? ch.red(d.what) : d.what;
    lines.push(`${ch.dim(c.file.padEnd(width))}  ${ch.bold(d.where.join(' › '))}  ${what}  ${tag[c.class](`(${c.class})`)}`);
  }
  return `${lines.join('\n')}\n`;
}
