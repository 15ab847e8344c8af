// The lint cache: per-file results keyed by content hash, and the last run's findings
// keyed by everything they depend on. Lives in .stdkit/cache/, which ignores itself in git.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../core/model/document.js';
import type { Finding, LintSummary } from '../core/lint/types.js';
import { makeDirs } from './make-dirs.js';

export const CACHE_DIR = '.stdkit/cache';

export interface FileEntry { hash: string; result: FileResult }
export interface RunEntry { key: string; findings: Finding[]; summary: LintSummary }

export function hashBytes(b: Uint8Array | string): string {
  return createHash('sha1').update(b).digest('hex');
}

let saltMemo: string | undefined;
/** Changes whenever stdkit's code or schemas change, so an upgrade never reuses stale results. */
export function codeSalt(): string {
  if (saltMemo) return saltMemo;
  const here = dirname(fileURLToPath(import.meta.url));
  const parts: string[] = ['cache-v1'];
  for (const rel of ['../generated/validators.js', '../core/lint/rules/index.js', '../core/lint/rules/index.ts', '../core/model/document.js', '../core/model/document.ts', '../../package.json']) {
    try {
      const st = statSync(join(here, rel));
      parts.push(`${rel}:${st.size}:${st.mtimeMs}`);
    } catch {
      // not every layout has every file
    }
  }
  return (saltMemo = hashBytes(parts.join('|')));
}

export class LintCache {
  private readonly dir: string;
  private readonly salt = codeSalt();
  constructor(root: string, location?: string) {
    this.dir = location ?? join(root, CACHE_DIR);
  }

  private read<T>(name: string): T | undefined {
    try {
      const data = JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as { salt: string; value: T };
      return data.salt === this.salt ? data.value : undefined;
    } catch {
      return undefined; // missing or corrupt: start afresh
    }
  }

  private write(name: string, value: unknown): void {
    this.writeParts(name, [Buffer.from(JSON.stringify({ salt: this.salt, value }))]);
  }

  private writeParts(name: string, parts: Uint8Array[]): void {
    try {
      makeDirs(this.dir);
      const top = dirname(this.dir);
      if (top.endsWith('.stdkit')) writeFileSync(join(top, '.gitignore'), '# written by stdkit: the lint cache is never committed\n*\n');
      const tmp = join(this.dir, `${name}.${process.pid}.tmp`);
      const fd = openSync(tmp, 'w');
      try {
        for (const p of parts) writeSync(fd, p);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, join(this.dir, name));
    } catch {
      // a read-only checkout still lints; it just is not faster next time
    }
  }

  /** a per-file cache exists (cheap: does not read it) */
  hasFiles(): boolean {
    return existsSync(join(this.dir, 'files.json'));
  }

  files(): Record<string, FileEntry> {
    return this.read<Record<string, FileEntry>>('files.json') ?? {};
  }
  saveFiles(entries: Record<string, FileEntry>): void {
    this.write('files.json', entries);
  }
  /** files.json from entries already serialized (by the parse workers): no stringify on this thread */
  saveFileChunks(chunks: Uint8Array[]): void {
    this.writeParts('files.json', [Buffer.from(`{"salt":${JSON.stringify(this.salt)},"value":{`), ...interleave(chunks, Buffer.from(',')), Buffer.from('}}')]);
  }

  run(): RunEntry | undefined {
    return this.read<RunEntry>('run.json');
  }
  saveRun(entry: RunEntry): void {
    this.write('run.json', entry);
  }
}

function interleave<T>(items: T[], sep: T): T[] {
  return items.flatMap((x, i) => (i === 0 ? [x] : [sep, x]));
}
