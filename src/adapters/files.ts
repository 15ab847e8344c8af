// Which files are documents: the include/exclude globs of stdkit.yaml, dot-folders and
// stdkit.yaml itself never; symlinks followed only inside the repository, loops never.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { documentMatcher } from '../core/model/globs.js';

export function listDocumentFiles(root: string, include: string[], exclude: string[]): string[] {
  const match = documentMatcher(include, exclude);
  const realRoot = realpathSync(root);
  const seenDirs = new Set<string>([realRoot]);
  const seenFiles = new Set<string>();
  const out: string[] = [];

  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);

  // viaLink: below a linked folder, paths are not real paths, so compare by realpath
  const walk = (abs: string, rel: string, viaLink: boolean) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing of it can be linted; permission errors surface on files
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const childAbs = join(abs, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      const link = e.isSymbolicLink();
      let real = childAbs;
      if (link) {
        try {
          real = realpathSync(childAbs);
          const st = statSync(real);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
        if (!inside(real)) continue;
      }
      if (isDir) {
        if (!match.folder(childRel)) continue;
        const r = link || viaLink ? realpathSync(childAbs) : childAbs;
        if (seenDirs.has(r)) continue;
        seenDirs.add(r);
        walk(childAbs, childRel, viaLink || link);
      } else if (isFile) {
        if (!match.file(childRel)) continue;
        const key = link || viaLink ? realpathSync(childAbs) : childAbs;
        if (seenFiles.has(key)) continue;
        seenFiles.add(key);
        out.push(childRel);
      }
    }
  };
  walk(realRoot, '', false);
  return out;
}
