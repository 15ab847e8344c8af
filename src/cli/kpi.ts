// stdkit kpi: measured KPI values against the thresholds of the data dictionaries.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { loadRepository } from '../app/load.js';
import { readMeasurements } from '../adapters/measurements.js';
import { repositoryTemplates } from '../adapters/render-manual.js';
import { catalogFrom, kpiMetrics } from '../core/kpi/catalog.js';
import { evaluate, type EvaluateOptions } from '../core/kpi/evaluate.js';
import { KPI_FORMATS, kpiFormatters, type KpiFormat } from '../core/kpi/formats.js';
import { KPI_LANGS, type Lang } from '../core/kpi/labels.js';
import { detectPeriod, formatPeriod } from '../core/kpi/period.js';
import type { KpiProblem, RawRow } from '../core/kpi/types.js';
import { validateRows } from '../core/kpi/validate.js';
import { KPI_DASHBOARD_FILE } from '../core/render/refs.js';
import { StdkitError, UsageError } from '../errors.js';
import { useColor, type IO } from './io.js';
import type { GlobalOptions } from './main.js';
import { makeDirs } from '../adapters/make-dirs.js';

export interface KpiFlags {
  period?: string;
  format?: KpiFormat;
  out?: string;
  exitCode?: boolean;
  /** labels' language; default: the manual's (stdkit.yaml manual.language), else zh-CN like the manual */
  lang?: Lang;
}

/** problems listed before the rest are only counted */
export const MAX_PROBLEMS = 50;

export async function kpiCommand(io: IO, globals: GlobalOptions, files: string[], opts: KpiFlags): Promise<number> {
  const cwd = resolve(io.cwd, globals.cwd ?? '.');
  const format = opts.format ?? 'text';
  if (!KPI_FORMATS.includes(format)) throw new UsageError(`unknown format "${String(format)}"`, `use one of ${KPI_FORMATS.join(', ')}`);
  if (opts.lang !== undefined && !KPI_LANGS.includes(opts.lang)) throw new UsageError(`unknown language "${String(opts.lang)}"`, `use one of ${KPI_LANGS.join(', ')}`);
  if (files.length === 0) throw new UsageError('name at least one measurements file', 'e.g. stdkit kpi measurements/kpi-2027.csv');
  const asOf = parseAsOf(opts.period);
  const repo = await loadRepository(cwd);
  const catalog = catalogFrom(repo.index);
  if (kpiMetrics(catalog).length === 0) {
    throw new StdkitError('no metric of the data dictionaries has a kpi', { hint: 'give a metric thresholds, e.g. kpi: { target: 0.95, alertBelow: 0.8, weight: 0.15 }' });
  }
  let rows: RawRow[] = [];
  const problems: KpiProblem[] = [];
  for (const f of files) {
    const abs = resolve(cwd, f);
    const read = await readMeasurements(abs, shown(io.cwd, abs));
    rows = rows.length === 0 ? read.rows : rows.concat(read.rows);
    problems.push(...read.problems);
  }
  const { measurements, problems: invalid } = validateRows(rows, catalog);
  problems.push(...invalid);
  if (problems.length > 0) return reportProblems(io, problems, files.length);
  const dashboard = evaluate(catalog, measurements, { asOf });
  if (dashboard.regions.length === 0) throw new StdkitError('none of the measurements is of a KPI metric', { hint: `KPIs: ${kpiMetrics(catalog).map((m) => m.id).join(', ')}` });
  if (dashboard.kpis.every((k) => k.period === null)) throw new UsageError(`no KPI values on or before ${opts.period}`, 'leave out --period for the latest values');
  const manualDir = resolve(repo.root, repo.config.render.out, 'html');
  const out = opts.out ?? (format === 'html' ? join(manualDir, KPI_DASHBOARD_FILE) : undefined);
  const abs = out === undefined || out === '-' ? undefined : resolve(cwd, out);
  // next to the manual (or where it will be rendered), the dashboard links back to it
  const besideManual = abs !== undefined && (dirname(abs) === manualDir || existsSync(join(dirname(abs), 'index.html')));
  const text = kpiFormatters[format](dashboard, {
    color: useColor(io, globals.color),
    title: repo.config.manual.title,
    version: repo.config.manual.version,
    lang: opts.lang ?? repo.config.manual.language ?? 'zh-CN',
    css: format === 'html' ? repositoryTemplates(repo.root).get('html/manual.css') : undefined,
    manualHref: besideManual ? 'index.html' : undefined,
  });
  if (abs === undefined) io.stdout(text);
  else {
    writeAtomically(abs, text);
    if (!globals.quiet) {
      io.stdout(`KPI dashboard as of ${dashboard.period ?? '–'} written: ${shown(io.cwd, abs)} (${dashboard.alerts.length} alert${dashboard.alerts.length === 1 ? '' : 's'})\n`);
      if (format === 'html' && besideManual && basename(abs) === KPI_DASHBOARD_FILE && !manualLinks(join(dirname(abs), 'index.html'))) {
        io.stderr('stdkit: the manual next to it was rendered before the dashboard existed; run `stdkit render` to link its KPIs to the dashboard\n');
      }
    }
  }
  return opts.exitCode && dashboard.alerts.length > 0 ? 1 : 0;
}

/** the whole file or nothing: a manual being rendered or opened never sees half a dashboard */
function writeAtomically(abs: string, text: string): void {
  makeDirs(dirname(abs));
  const tmp = join(dirname(abs), `.stdkit-kpi-${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, abs);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new StdkitError(`cannot write ${abs}: ${(e as Error).message}`, { hint: 'check that the output folder is writable', cause: e });
  }
}

/** does the manual page link to the dashboard? (true when there is no manual yet: `stdkit render` will) */
function manualLinks(index: string): boolean {
  return !existsSync(index) || readFileSync(index, 'utf8').includes(`href="${KPI_DASHBOARD_FILE}`);
}

/** a path as the user sees it: relative to where they are, unless it is elsewhere */
function shown(from: string, abs: string): string {
  const rel = relative(from, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

function parseAsOf(period: string | undefined): EvaluateOptions['asOf'] {
  if (period === undefined) return undefined;
  const p = detectPeriod(period);
  if (!p) throw new UsageError(`--period "${period}" is not a period`, 'write a day, week, month, quarter or year: 2027-02-03, 2027-W05, 2027-02, 2027-Q1, 2027');
  return { ...p, label: formatPeriod(p.type, p.ord) };
}

function reportProblems(io: IO, problems: KpiProblem[], fileCount: number): number {
  const order = new Map<string, number>();
  for (const p of problems) if (!order.has(p.file)) order.set(p.file, order.size);
  const sorted = [...problems].sort((a, b) => order.get(a.file)! - order.get(b.file)! || (a.line ?? 0) - (b.line ?? 0));
  for (const p of sorted.slice(0, MAX_PROBLEMS)) io.stderr(`${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}\n`);
  if (sorted.length > MAX_PROBLEMS) io.stderr(`… and ${sorted.length - MAX_PROBLEMS} more\n`);
  const n = problems.length;
  io.stderr(`stdkit: ${n} problem${n === 1 ? '' : 's'} in the measurement file${fileCount === 1 ? '' : 's'}; nothing was evaluated\n`);
  io.stderr('  fix the rows above: regions and metrics are those of the repository, periods match each metric\'s period\n');
  return 2;
}
