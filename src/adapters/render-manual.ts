// The manual of a loaded repository, in memory: for `stdkit render` and for `stdkit release`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadedRepository } from '../app/load.js';
import { renderPages, renderToMap, type Emit, type TemplateSet } from '../core/render/engine.js';
import type { Format } from '../core/render/helpers.js';
import type { Lang } from '../core/render/i18n.js';
import { KPI_DASHBOARD_FILE } from '../core/render/refs.js';
import { buildManual } from '../core/render/view-manual.js';
import { loadTemplates } from './render-templates.js';

export interface RenderOptions {
  formats?: Format[];
  lang?: Lang;
  region?: string;
  /** cover date YYYY-MM-DD; default from SOURCE_DATE_EPOCH, else today (UTC) */
  date?: string;
  /** a templates folder overriding the built-in and the repository's templates/ */
  templatesDir?: string;
  /** ready template sources; skips reading templates from disk */
  templates?: TemplateSet;
  /** text of the changelog; default: the repository's changelog file when it exists */
  changelog?: string;
  env?: NodeJS.ProcessEnv;
  /** the output folder: when its html/kpi.html exists (written by `stdkit kpi`), the manual links to it */
  out?: string;
  /** link the KPI dashboard or not, whatever the output folder holds */
  kpiDashboard?: boolean;
}

/** The templates of a repository as `stdkit render` sees them: built-in, its templates/, then `templatesDir`. */
export function repositoryTemplates(root: string, templatesDir?: string): TemplateSet {
  const own = join(root, 'templates');
  return loadTemplates([existsSync(own) ? own : undefined, templatesDir && resolve(root, templatesDir)]);
}

/** Is there a KPI dashboard in the output folder's html/ for the manual to link to? */
export function hasKpiDashboard(out: string): boolean {
  return existsSync(join(out, 'html', KPI_DASHBOARD_FILE));
}

/** YYYY-MM-DD from SOURCE_DATE_EPOCH (seconds) when set, else today, in UTC. */
export function coverDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch.trim()) ? Number(epoch.trim()) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}

function prepare(repo: Pick<LoadedRepository, 'root' | 'config' | 'index'>, opts: RenderOptions) {
  const changelogFile = join(repo.root, repo.config.release.changelog);
  const changelog = opts.changelog ?? (existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : undefined);
  const dashboard = opts.kpiDashboard ?? (opts.out !== undefined && hasKpiDashboard(opts.out));
  const manual = buildManual(repo.index, repo.config, {
    lang: opts.lang, region: opts.region, date: opts.date ?? coverDate(opts.env), changelog,
    kpiDashboard: dashboard ? KPI_DASHBOARD_FILE : undefined,
  });
  const templates = opts.templates ?? repositoryTemplates(repo.root, opts.templatesDir);
  return { manual, templates, formats: opts.formats ?? repo.config.render.formats };
}

/** Every file of the manual by path relative to the output folder: "markdown/index.md", "html/index.html". */
export function renderManual(repo: Pick<LoadedRepository, 'root' | 'config' | 'index'>, opts: RenderOptions = {}): Map<string, string> {
  const { manual, templates, formats } = prepare(repo, opts);
  return renderToMap(manual, formats, templates);
}

/** The same files streamed to `emit` as they are rendered, for large manuals. */
export function streamManual(repo: Pick<LoadedRepository, 'root' | 'config' | 'index'>, opts: RenderOptions, emit: Emit): void {
  const { manual, templates, formats } = prepare(repo, opts);
  renderPages(manual, formats, templates, emit);
}
