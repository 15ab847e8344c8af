// `stdkit init [dir]`: print what was created and what to do next.
import { relative, resolve } from 'node:path';
import { initRepository } from '../app/init.js';
import type { InitLang } from '../core/scaffold/repo-files.js';
import type { IO } from './io.js';
import type { GlobalOptions } from './main.js';

export interface InitFlags {
  lang?: InitLang;
  force?: boolean;
  git?: boolean;
}

/** zh-CN when the user's locale is Chinese, else English */
export function defaultLang(env: NodeJS.ProcessEnv): InitLang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export async function initCommand(io: IO, globals: GlobalOptions, dir: string | undefined, flags: InitFlags): Promise<number> {
  const base = resolve(io.cwd, globals.cwd ?? '.');
  const lang = flags.lang ?? defaultLang(io.env);
  const r = initRepository({ dir: resolve(base, dir ?? '.'), lang, force: flags.force, git: flags.git });
  if (globals.quiet) return 0;
  const shown = relative(io.cwd, r.root) || '.';
  io.stdout(`Created a standards repository in ${shown} (${lang}, ${r.written.length} files${r.overwritten.length ? `, ${r.overwritten.length} overwritten` : ''}):\n`);
  for (const f of r.written.filter((f) => !f.startsWith('schemas/'))) io.stdout(`  ${f}\n`);
  io.stdout('  schemas/*.schema.json (for editors: refresh with `stdkit schema --out schemas` after upgrading)\n');
  if (r.git === 'initialized') io.stdout('Initialized an empty git repository.\n');
  if (r.git === 'unavailable') io.stderr('stdkit: git is not available: run `git init` yourself to diff and release\n');
  const cd = shown === '.' ? '' : `cd ${shown} && `;
  io.stdout(`\nNext:\n${cd ? `  ${cd.slice(0, -4)}\n` : ''}`);
  io.stdout('  stdkit lint && stdkit render     # check, then build the manual (dist/manual/html/index.html)\n');
  io.stdout('  stdkit serve                     # the manual on http://127.0.0.1:8000/, reloaded as you edit\n');
  io.stdout('  stdkit new standard my-process   # add a document\n');
  io.stdout('  git add -A && git commit -m "standards: first version"\n');
  io.stdout('  stdkit release                   # publish the first version: changelog, manual, commit, tag\n');
  io.stdout('  stdkit status                    # then: what changed since the last release\n');
  return 0;
}
