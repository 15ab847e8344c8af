// `stdkit release [major|minor|patch]` and `stdkit release --notes [version]`.
import { relative, resolve } from 'node:path';
import semver from 'semver';
import { findRoot, loadConfig } from '../adapters/config.js';
import * as gitx from '../adapters/git.js';
import { loadFromFiles } from '../app/load.js';
import { applyRelease, loadRevision, prepareRelease, type ReleaseOptions } from '../app/release.js';
import { diffRepositories } from '../core/diff/diff.js';
import type { ChangeClass } from '../core/diff/types.js';
import { formatPlan, isBookkeeping, notesCsv, notesMarkdown } from '../core/release/index.js';
import { didYouMean } from '../core/suggest.js';
import { StdkitError, UsageError } from '../errors.js';
import type { IO } from './io.js';
import type { GlobalOptions } from './main.js';

export interface ReleaseFlags {
  dryRun?: boolean;
  commit?: boolean;
  tag?: boolean;
  render?: boolean;
  message?: string;
  date?: string;
  force?: boolean;
  notes?: boolean;
  region?: string;
  role?: string;
  format?: 'markdown' | 'csv';
}

const BUMPS = ['major', 'minor', 'patch'];

/** the real renderer, run quietly on the released repository (the --date fixes the cover's date) */
function realRender(io: IO, date: string | undefined): ReleaseOptions['render'] {
  return async (root) => {
    const { renderCommand } = await import('./render.js');
    const env = { ...io.env };
    if (date) env.SOURCE_DATE_EPOCH = String(Date.parse(`${date}T00:00:00Z`) / 1000);
    const code = await renderCommand({ ...io, env, cwd: root, stdout: () => undefined, stderr: () => undefined }, { quiet: true }, {});
    if (code !== 0) throw new StdkitError(`stdkit render exited with ${code}`);
  };
}

export async function releaseCommand(io: IO, globals: GlobalOptions, arg: string | undefined, opts: ReleaseFlags, render = realRender(io, opts.date)): Promise<number> {
  const cwd = resolve(io.cwd, globals.cwd ?? '.');
  if (opts.notes) return notesCommand(io, cwd, arg, opts);
  if (opts.region !== undefined || opts.role !== undefined || opts.format !== undefined) throw new UsageError('--region, --role and --format go with --notes', 'stdkit release --notes --region SC');
  if (arg !== undefined && !BUMPS.includes(arg)) throw new UsageError(`unknown bump "${arg}": use major, minor or patch`, 'without an argument the bump is the highest class of the changes');
  const ro: ReleaseOptions = { cwd, bump: arg as ChangeClass | undefined, force: opts.force, dryRun: opts.dryRun, commit: opts.commit, tag: opts.tag, message: opts.message, date: opts.date, render: opts.render === false ? undefined : render };
  const prepared = await prepareRelease(ro);
  const commit = opts.commit !== false;
  const view = { plan: prepared.plan, files: [...prepared.writes.keys()], renderOut: ro.render ? relative(prepared.root, prepared.renderOut) || '.' : undefined, commit, tag: commit && opts.tag !== false };
  if (opts.dryRun) {
    if (prepared.dirty) io.stderr('stdkit release: the working tree is not clean: a real release would refuse until it is committed\n');
    io.stdout(formatPlan(view, true));
    return 0;
  }
  await applyRelease(prepared, ro);
  if (!globals.quiet) io.stdout(formatPlan(view, false));
  return 0;
}

async function notesCommand(io: IO, cwd: string, version: string | undefined, opts: ReleaseFlags): Promise<number> {
  const root = findRoot(cwd);
  const prefix = loadConfig(root).config.release.tagPrefix;
  const repo = await gitx.openGit(root);
  const tags = (await gitx.listTags(repo, prefix)).filter((t) => semver.valid(t.slice(prefix.length))).sort((a, b) => semver.compare(a.slice(prefix.length), b.slice(prefix.length)));
  if (tags.length === 0) throw new StdkitError(`no release tag ${prefix}* yet: nothing to write notes for`, { hint: repo.shallow ? gitx.SHALLOW_HINT : 'run stdkit release first, or fetch the tags (git fetch --tags)' });
  const wanted = version === undefined ? tags[tags.length - 1]! : version.startsWith(prefix) ? version : `${prefix}${version}`;
  const at = tags.indexOf(wanted);
  if (at < 0) throw new UsageError(`no release ${wanted}${didYouMean(wanted, tags)}`, `releases: ${tags.slice(-5).join(', ')}`);
  const previous = at > 0 ? tags[at - 1] : undefined;
  const head = await loadRevision(repo, root, wanted);
  const base = previous ? await loadRevision(repo, root, previous) : loadFromFiles(root, head.configText, []);
  if (opts.region !== undefined && !head.index.regions.has(opts.region)) throw new UsageError(`unknown region "${opts.region}"${didYouMean(opts.region, head.index.regions.keys())}`, 'use a region code of the organization');
  if (opts.role !== undefined && !head.index.roles.has(opts.role) && !base.index.roles.has(opts.role)) throw new UsageError(`unknown role "${opts.role}"${didYouMean(opts.role, head.index.roles.keys())}`, 'use a role id of the organization');
  const input = {
    title: head.config.manual.title,
    version: wanted.slice(prefix.length),
    previous,
    date: await releaseDate(repo, wanted),
    changes: diffRepositories(base.index, head.index).filter((c) => !isBookkeeping(c)),
    base: base.index,
    head: head.index,
    region: opts.region,
    role: opts.role,
    lang: head.config.manual.language ?? 'zh-CN',
  };
  io.stdout(opts.format === 'csv' ? notesCsv(input) : notesMarkdown(input));
  return 0;
}

/** the date of the release's changelog section (its tag's annotation), else the day the tag was made */
async function releaseDate(repo: gitx.GitRepo, tag: string): Promise<string | undefined> {
  const info = await gitx.tagInfo(repo, tag);
  return /^## \[[^\]]+\] - (\d{4}-\d{2}-\d{2})/m.exec(info.message)?.[1] ?? info.date;
}
