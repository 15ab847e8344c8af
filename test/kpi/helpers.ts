// Small catalogs and rows for the kpi tests.
import type { Metric } from '../../src/core/model/types.js';
import type { Catalog, RawRow } from '../../src/core/kpi/types.js';

export const metric = (id: string, unit: string, period: Metric['period'], kpi?: Metric['kpi']): Metric => ({ id, name: id.toUpperCase(), unit, period, kpi });

export function catalog(metrics: Metric[] = DEFAULT_METRICS, regions: Array<[string, string]> = [['EC', '华东'], ['SC', '华南']]): Catalog {
  return { regions: new Map(regions.map(([code, name]) => [code, { code, name }])), metrics: new Map(metrics.map((m) => [m.id, m])) };
}

export const DEFAULT_METRICS: Metric[] = [
  metric('sla', 'ratio', 'week', { target: 0.95, alertBelow: 0.8, weight: 0.15 }),
  metric('conv', 'ratio', 'month', { target: 0.25, alertBelow: 0.15, weight: 0.1 }),
  metric('sales', 'CNY', 'month'),
  metric('orders', 'count', 'month'),
  metric('cycle', 'hours', 'week'),
];

let line = 1;
export function row(region: string, metricId: string, period: string, value: string, file = 'm.csv'): RawRow {
  return { region, metric: metricId, period, value, file, line: ++line };
}
