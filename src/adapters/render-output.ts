// Writes the rendered manual atomically: everything goes to a staging folder next to the target,
// and each format's folder is swapped in only when all of it is written.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StdkitError } from '../errors.js';

/**
 * `files` by path relative to `out` ("markdown/index.md"); their first segment is the folder that is
 * replaced as a whole. Folders of `out` that are not rendered this time are left as they were.
 */
export function writeOutput(out: string, files: ReadonlyMap<string, string>): string[] {
  const tops = [...new Set([...files.keys()].map((p) => p.split('/')[0]!))].sort();
  const stage = join(out, `.stdkit-render-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(stage, { recursive: true });
    for (const path of [...files.keys()].sort()) {
      const target = join(stage, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, files.get(path)!);
    }
    for (const top of tops) {
      const final = join(out, top);
      const old = join(stage, `.old-${top}`);
      if (existsSync(final)) renameSync(final, old);
      try {
        renameSync(join(stage, top), final);
      } catch (e) {
        if (existsSync(old)) renameSync(old, final);
        throw e;
      }
    }
  } catch (e) {
    throw new StdkitError(`cannot write the manual to ${out}: ${(e as Error).message}`, { hint: 'check that the output folder is writable; the previous manual was left as it was', cause: e });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return tops.map((t) => join(out, t));
}
