// `mkdir -p` one level at a time. Node's recursive mkdirSync never returns on some
// pseudo-filesystems (a folder under /proc answers ENOENT for ever); here an impossible
// folder is an error that names it.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StdkitError } from '../errors.js';

export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    try {
      if (statSync(at).isDirectory()) break;
      throw new StdkitError(`cannot create the folder ${dir}: ${at} is a file`, { hint: 'choose another folder' });
    } catch (e) {
      if (e instanceof StdkitError) throw e;
      const up = dirname(at);
      if (up === at) break;
      missing.unshift(at);
      at = up;
    }
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      throw new StdkitError(`cannot create the folder ${d}: ${code ?? (e as Error).message}`, { hint: 'choose a folder you can write to' });
    }
  }
}
