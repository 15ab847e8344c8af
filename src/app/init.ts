// `stdkit init`: a working standards repository in a folder, refusing to overwrite without force.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { InitLang } from '../core/scaffold/repo-files.js';
import { StdkitError } from '../errors.js';
import { localToday } from './lint.js';
import { initFiles } from './init-files.js';
import { makeDirs } from '../adapters/make-dirs.js';

export interface InitOptions {
  dir: string;
  lang: InitLang;
  force?: boolean;
  /** YYYY-MM-DD; default today */
  today?: string;
  /** run `git init` when the folder is not in a git work tree (default true) */
  git?: boolean;
}

export interface InitResult {
  root: string;
  written: string[];
  overwritten: string[];
  /** 'initialized' | 'existing' | 'unavailable' (git missing or failed) | 'skipped' */
  git: 'initialized' | 'existing' | 'unavailable' | 'skipped';
}

function insideGit(dir: string): boolean | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() === 'true';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : false;
  }
}

export function initRepository(opts: InitOptions): InitResult {
  const root = resolve(opts.dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new StdkitError(`${opts.dir} exists and is not a folder`, { hint: 'name a new or existing folder' });
  const files = initFiles(opts.lang, opts.today ?? localToday());
  const existing = [...files.keys()].filter((rel) => existsSync(join(root, rel)));
  if (existing.length > 0 && !opts.force) {
    throw new StdkitError(`${existing.length} file${existing.length === 1 ? '' : 's'} already exist${existing.length === 1 ? 's' : ''} in ${root}: ${existing.join(', ')}`, {
      hint: 'nothing was written; pass --force to overwrite them, or init another folder',
    });
  }
  for (const [rel, text] of files) {
    const abs = join(root, rel);
    makeDirs(dirname(abs));
    writeFileSync(abs, text);
  }
  let git: InitResult['git'] = 'skipped';
  if (opts.git !== false) {
    const inside = insideGit(root);
    if (inside === true) git = 'existing';
    else if (inside === undefined) git = 'unavailable';
    else {
      try {
        execFileSync('git', ['init', '--quiet'], { cwd: root, stdio: 'ignore' });
        git = 'initialized';
      } catch {
        git = 'unavailable';
      }
    }
  }
  return { root, written: [...files.keys()], overwritten: existing, git };
}
