// The programmatic API: `import { loadRepository, lint, diff, render } from 'stdkit'`.
import { lintRepository, type LintOptions, type LintOutcome } from './app/lint.js';
import { loadFromFiles, loadRepository, type LoadedRepository } from './app/load.js';
import { renderManual, type RenderOptions } from './adapters/render-manual.js';
import { diffRepositories } from './core/diff/diff.js';
import { bumpOf, type Bump, type Change } from './core/diff/types.js';
import type { RepoIndex } from './core/model/index-repo.js';

export { loadRepository, loadFromFiles };
export type { LoadedRepository, LintOptions, LintOutcome, RenderOptions, RepoIndex };
export type { Finding, LintResult, LintSummary, Rule, RuleMeta, Severity } from './core/lint/types.js';
export type { Bump, Change, ChangeClass, ChangeKind, DiffResult } from './core/diff/types.js';
export type { Doc, Kind, Metadata, StdkitConfig } from './core/model/types.js';
export type { StatusReport } from './core/status/summary.js';
export { rules } from './core/lint/rules/index.js';
export { StdkitError } from './errors.js';
export { repositoryStatus as status } from './app/status.js';

/** Lint a repository as `stdkit lint` does: `{ findings, summary }` plus the root, config and index. */
export function lint(options: LintOptions | string): Promise<LintOutcome> {
  return lintRepository(typeof options === 'string' ? { cwd: options } : options);
}

/** The semantic diff of two repositories (or their indexes), with the bump it calls for. */
export function diff(base: RepoIndex | LoadedRepository, head: RepoIndex | LoadedRepository): { bump: Bump; changes: Change[] } {
  const index = (r: RepoIndex | LoadedRepository): RepoIndex => ('index' in r ? r.index : r);
  const changes = diffRepositories(index(base), index(head));
  return { bump: bumpOf(changes), changes };
}

/** The manual as files in memory: path ("html/index.html", "markdown/index.md", …) → text. */
export function render(repo: LoadedRepository, options: RenderOptions = {}): Map<string, string> {
  return renderManual(repo, options);
}
