// stdkit kpi: measured KPI values against the thresholds of the data dictionaries.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { loadRepository } from '../app/load.js';
import { readMeasurements } from '../adapters/measurements.js';
import { catalogFrom, kpiMetrics } from '../core/kpi/catalog.js';
import { evaluate, type EvaluateOptions } from '../core/kpi/evaluate.js';
import { KPI_FORMATS, kpiFormatters, type KpiFormat } from '../core/kpi/formats.js';
import { detectPeriod, formatPeriod } from '../core/kpi/period.js';
import type { KpiProblem, RawRow } from '../core/kpi/types.js';
import { validateRows } from '../core/kpi/validate.js';
import { StdkitError, UsageError } from '../errors.js';
import { useColor, type IO } from './io.js';
import type { GlobalOptions } from './main.js';

export interface KpiFlags {
  period?: string;
  format?: KpiFormat;
  out?: string;
  exitCode?: boolean;
}

/** problems listed before the rest are only counted */
export const MAX_PROBLEMS = 50;

export async function kpiCommand(io: IO, globals: GlobalOptions, files: string[], opts: KpiFlags): Promise<number> {
  const cwd = resolve(io.cwd, globals.cwd ?? '.');
  const format = opts.format ?? 'text';
  if (!KPI_FORMATS.includes(format)) throw new UsageError(`unknown format "${String(format)}"`, `use one of ${KPI_FORMATS.join(', ')}`);
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
  const text = kpiFormatters[format](dashboard, { color: useColor(io, globals.color), title: repo.config.manual.title, lang: repo.config.manual.language });
  const out = opts.out ?? (format === 'html' ? resolve(repo.root, repo.config.render.out, 'html', 'kpi.html') : undefined);
  if (out === undefined || out === '-') io.stdout(text);
  else {
    const abs = resolve(cwd, out);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    if (!globals.quiet) io.stdout(`KPI dashboard as of ${dashboard.period ?? '–'} written: ${shown(io.cwd, abs)} (${dashboard.alerts.length} alert${dashboard.alerts.length === 1 ? '' : 's'})\n`);
  }
  return opts.exitCode && dashboard.alerts.length > 0 ? 1 : 0;
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
