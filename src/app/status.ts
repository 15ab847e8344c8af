// `stdkit status`: load the repository, ask git about releases and ages, summarize.
import { summarize, type StatusReport } from '../core/status/summary.js';
import { localToday } from './lint.js';
import { loadRepository } from './load.js';
import { addedDates, openGitOrNull, releaseFacts } from './status-git.js';

export interface StatusOptions {
  cwd: string;
  /** YYYY-MM-DD; default today */
  today?: string;
}

export async function repositoryStatus(opts: StatusOptions): Promise<StatusReport> {
  const repo = await loadRepository(opts.cwd);
  const git = await openGitOrNull(repo.root);
  const [release, addedOn] = await Promise.all([releaseFacts(git, repo), addedDates(git)]);
  return summarize({ index: repo.index, today: opts.today ?? localToday(), release, addedOn });
}
