// Writes the rendered manual atomically: everything goes to a staging folder next to the target,
// and each format's folder is swapped in only when all of it is written. Files other commands
// write into a format's folder (the KPI dashboard of `stdkit kpi`) are carried over.
import { closeSync, copyFileSync, existsSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KPI_DASHBOARD_FILE } from '../core/render/refs.js';
import { StdkitError } from '../errors.js';
import { makeDirs } from './make-dirs.js';

/** files of the previous output that the render does not write but must not drop */
export const CARRIED_OVER = [`html/${KPI_DASHBOARD_FILE}`];

const failure = (out: string, e: unknown) =>
  new StdkitError(`cannot write the manual to ${out}: ${(e as Error).message}`, { hint: 'check that the output folder is writable; the previous manual was left as it was', cause: e });

/**
 * Files by path relative to `out` ("markdown/index.md"), streamed: consecutive writes to the same
 * path append. The first segment of a path is the folder replaced as a whole on commit; folders of
 * `out` not written this time are left as they were.
 */
export class OutputWriter {
  private readonly stage: string;
  private readonly tops = new Set<string>();
  private open?: { path: string; fd: number };

  constructor(private readonly out: string) {
    this.stage = join(out, `.stdkit-render-${process.pid}-${Date.now()}`);
    try {
      makeDirs(this.stage);
    } catch (e) {
      throw failure(out, e);
    }
  }

  write(path: string, text: string): void {
    try {
      if (this.open?.path !== path) {
        this.close();
        const target = join(this.stage, path);
        makeDirs(dirname(target));
        this.open = { path, fd: openSync(target, 'w') };
        this.tops.add(path.split('/')[0]!);
      }
      writeSync(this.open.fd, text);
    } catch (e) {
      this.abort();
      throw failure(this.out, e);
    }
  }

  /** swaps the written folders in; returns them */
  commit(): string[] {
    const tops = [...this.tops].sort();
    try {
      this.close();
      for (const path of CARRIED_OVER) {
        const from = join(this.out, path);
        const to = join(this.stage, path);
        if (this.tops.has(path.split('/')[0]!) && existsSync(from) && !existsSync(to)) copyFileSync(from, to);
      }
      for (const top of tops) {
        const final = join(this.out, top);
        const old = join(this.stage, `.old-${top}`);
        if (existsSync(final)) renameSync(final, old);
        try {
          renameSync(join(this.stage, top), final);
        } catch (e) {
          if (existsSync(old)) renameSync(old, final);
          throw e;
        }
      }
    } catch (e) {
      throw failure(this.out, e);
    } finally {
      this.abort();
    }
    return tops.map((t) => join(this.out, t));
  }

  /** drops the staging folder (and, after a commit, the previous output) */
  abort(): void {
    this.close();
    rmSync(this.stage, { recursive: true, force: true });
  }

  private close(): void {
    if (this.open) closeSync(this.open.fd);
    this.open = undefined;
  }
}

export function writeOutput(out: string, files: ReadonlyMap<string, string>): string[] {
  const w = new OutputWriter(out);
  for (const path of [...files.keys()].sort()) w.write(path, files.get(path)!);
  return w.commit();
}
