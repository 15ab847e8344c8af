// What status needs from git: the latest release, the changes since it, and when files were added.
import * as gitx from '../adapters/git.js';
import { diffRepositories } from '../core/diff/diff.js';
import { latestTag } from '../core/diff/revisions.js';
import { bumpOf } from '../core/diff/types.js';
import { CONFIG_FILE } from '../core/model/config.js';
import { documentMatcher } from '../core/model/globs.js';
import type { ReleaseFacts } from '../core/status/summary.js';
import { loadFromFiles, type LoadedRepository } from './load.js';

export async function openGitOrNull(root: string): Promise<gitx.GitRepo | null> {
  try {
    return await gitx.openGit(root);
  } catch {
    return null;
  }
}

/** latest release tag and the semantic changes from it to the working tree */
export async function releaseFacts(git: gitx.GitRepo | null, head: LoadedRepository): Promise<ReleaseFacts> {
  if (!git) return { git: false, latest: null, unreleased: null };
  const prefix = head.config.release.tagPrefix;
  const tag = latestTag(await gitx.listTags(git, prefix), prefix);
  if (!tag) return { git: true, latest: null, unreleased: null };
  const entries = await gitx.listRevision(git, await gitx.resolveCommit(git, tag));
  const cfg = entries.find((e) => e.path === CONFIG_FILE);
  if (!cfg) return { git: true, latest: tag, unreleased: null };
  const configText = new TextDecoder().decode((await gitx.readFiles(git, [cfg]))[0]!.bytes);
  const { config } = loadFromFiles(head.root, configText, [], `${tag}:${CONFIG_FILE}`);
  const match = documentMatcher(config.include, config.exclude);
  const base = loadFromFiles(head.root, configText, await gitx.readFiles(git, entries.filter((e) => match.file(e.path))), `${tag}:${CONFIG_FILE}`);
  const changes = diffRepositories(base.index, head.index);
  return { git: true, latest: tag, unreleased: { changes: changes.length, bump: bumpOf(changes) } };
}

/** file (relative to the standards root) → the date of the latest commit that added it, from one `git log` */
export async function addedDates(git: gitx.GitRepo | null): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!git) return out;
  let log: string;
  try {
    log = await git.git.raw(['log', '--diff-filter=A', '--relative', '--format=%x00%cs', '--name-only', '--', '.']);
  } catch {
    return out; // no commits yet
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1).trim();
    else if (line.trim() !== '' && !out.has(line.trim())) out.set(line.trim(), date); // newest first
  }
  return out;
}
