// In-memory repositories for diff tests: YAML strings in, changes out.
import { diffRepositories } from '../../src/core/diff/diff.js';
import type { Change } from '../../src/core/diff/types.js';
import { processText } from '../../src/core/model/document.js';
import { RepoIndex } from '../../src/core/model/index-repo.js';
import { validators } from '../../src/core/model/validators.js';
import { BASE, CONFIG, repo } from '../helpers/lint.js';

export { BASE, repo };

export function index(files: Record<string, string>): RepoIndex {
  const results = Object.entries(files).map(([file, text]) => processText(file, text, validators));
  const bad = results.flatMap((r) => r.findings);
  if (bad.length) throw new Error(`test repository does not load: ${JSON.stringify(bad[0])}`);
  return new RepoIndex(results.flatMap((r) => r.docs), CONFIG);
}

/** changes from BASE to BASE with one file's text edited by `edit` */
export function diffEdit(file: string, edit: (text: string) => string): Change[] {
  const text = BASE[file];
  if (text === undefined) throw new Error(`no ${file} in BASE`);
  const next = edit(text);
  if (next === text) throw new Error(`edit of ${file} changed nothing`);
  return diffRepositories(index(BASE), index(repo({ [file]: next })));
}

/** one line per change: "path change class" */
export const brief = (changes: Change[]) => changes.map((c) => `${c.document} ${c.path} ${c.change} ${c.class}`);
