import { type Command, Option } from 'commander';
import type { IO } from '../io.js';
import type { KpiFlags } from '../kpi.js';
import type { GlobalOptions } from '../main.js';

export function registerKpi(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('kpi')
    .description('measured KPI values against their targets and alert thresholds, per region')
    .argument('<measurements...>', 'CSV or JSON files with region, metric, period and value columns')
    .option('--period <period>', 'the dashboard as of this period (2027-W05, 2027-02, 2027-Q1, 2027-02-03, 2027); default: the latest values')
    .addOption(new Option('-f, --format <format>', 'output format (default: text)').choices(['text', 'markdown', 'json', 'html']))
    .option('-o, --out <file>', 'write to a file (html default: <render.out>/html/kpi.html, next to the manual; "-" for stdout)')
    .option('--exit-code', 'exit 1 when any KPI is below its alert threshold')
    .addOption(new Option('--lang <lang>', "language of the labels (default: the manual's, manual.language of stdkit.yaml)").choices(['zh-CN', 'en']))
    .addHelpText(
      'after',
      `
Measurements: one row per region, metric and period, e.g.
  region,metric,period,value
  EC,order-sla-rate,2027-W05,96.5%
Headers may be Chinese (区域, 指标, 期间, 数值), as Excel exports them; ratios as 0.965 or 96.5%.
Status: ok at or above the target; below target under it; alert under alertBelow
(exactly at alertBelow is below target, not an alert).
Score: Σ weight × min(value/target, 1) / Σ weight over the KPIs a region has values for.

Examples:
  $ stdkit kpi measurements/kpi-2027.csv
  $ stdkit kpi measurements/*.csv --period 2027-W05 --format markdown
  $ stdkit kpi measurements/kpi-2027.csv --format html
  $ stdkit kpi measurements/kpi-2027.csv --lang en --format markdown -o kpi.md
  $ stdkit kpi measurements/kpi-2027.csv --exit-code --format json -o kpi.json`,
    )
    .action(async (files: string[], opts: KpiFlags) => {
      const { kpiCommand } = await import('../kpi.js');
      setCode(await kpiCommand(io, globals(), files, opts));
    });
}
