// The dashboard: each region × KPI in its selected period, against target and alert threshold.
import type { Kpi } from '../model/types.js';
import { kpiMetrics } from './catalog.js';
import { formatPeriod, periodDays } from './period.js';
import { regionScore } from './score.js';
import type { Alert, Catalog, Dashboard, KpiCell, KpiColumn, Measurement, PeriodType, RegionResult, Status, Trend } from './types.js';

export interface EvaluateOptions {
  /** the dashboard as of the end of this period (parsed --period): each KPI shows its latest period
   *  that has ended by then, e.g. 2027-01 for monthly KPIs as of 2027-W05; default: the latest data */
  asOf?: { type: PeriodType; ord: number; label: string };
  /** how many periods the trend charts show */
  historyLength?: number;
}

/** At or above the target is ok; below it but at or above alertBelow is below target; under alertBelow is an alert. */
export function statusOf(value: number | null, kpi: Kpi): Status {
  if (value === null) return 'missing';
  if (value >= kpi.target) return 'ok';
  if (kpi.alertBelow === undefined || value >= kpi.alertBelow) return 'below-target';
  return 'alert';
}

export function trendOf(value: number | null, previous: number | null): Trend {
  if (value === null || previous === null) return 'none';
  return value > previous ? 'up' : value < previous ? 'down' : 'flat';
}

export function evaluate(catalog: Catalog, measurements: Measurement[], opts: EvaluateOptions = {}): Dashboard {
  const kpis = kpiMetrics(catalog);
  const weighted = kpis.some((m) => m.kpi.weight !== undefined);
  // metric → region → period ordinal → value
  const values = new Map<string, Map<string, Map<number, number>>>();
  for (const m of measurements) {
    let byRegion = values.get(m.metric);
    if (!byRegion) values.set(m.metric, (byRegion = new Map()));
    let byPeriod = byRegion.get(m.region);
    if (!byPeriod) byRegion.set(m.region, (byPeriod = new Map()));
    byPeriod.set(m.period, m.value);
  }
  const asOfEnd = opts.asOf ? periodDays(opts.asOf.type, opts.asOf.ord)[1] : Infinity;
  const length = opts.historyLength ?? 12;
  const reporting = new Set<string>();
  const columns: Array<KpiColumn & { ord: number | undefined }> = kpis.map((m) => {
    const byRegion = values.get(m.id) ?? new Map<string, Map<number, number>>();
    let ord: number | undefined;
    let first = Infinity;
    for (const [region, byPeriod] of byRegion) {
      reporting.add(region);
      for (const p of byPeriod.keys()) {
        first = Math.min(first, p);
        if ((ord === undefined || p > ord) && periodDays(m.period, p)[1] <= asOfEnd) ord = p;
      }
    }
    const history = ord === undefined ? [] : range(Math.max(first, ord - length + 1), ord);
    const series = new Map<string, Array<number | null>>();
    for (const [region, byPeriod] of byRegion) series.set(region, history.map((p) => byPeriod.get(p) ?? null));
    return {
      metric: m.id, name: m.name, unit: m.unit, periodType: m.period, ord,
      period: ord === undefined ? null : formatPeriod(m.period, ord),
      target: m.kpi.target, alertBelow: m.kpi.alertBelow ?? null,
      weight: weighted ? (m.kpi.weight ?? 0) : 1,
      history: history.map((p) => formatPeriod(m.period, p)), series,
    };
  });
  const regions: RegionResult[] = [];
  const alerts: Alert[] = [];
  for (const region of catalog.regions.values()) {
    if (!reporting.has(region.code)) continue;
    const cells: KpiCell[] = columns.map((c, i) => {
      const byPeriod = values.get(c.metric)?.get(region.code);
      const value = c.ord === undefined ? null : (byPeriod?.get(c.ord) ?? null);
      const previous = c.ord === undefined ? null : (byPeriod?.get(c.ord - 1) ?? null);
      const status = statusOf(value, kpis[i]!.kpi);
      if (status === 'alert' && value !== null && c.alertBelow !== null && c.period !== null) {
        alerts.push({ region: region.code, regionName: region.name, metric: c.metric, name: c.name, period: c.period, value, alertBelow: c.alertBelow, target: c.target });
      }
      return { metric: c.metric, name: c.name, period: c.period, value, target: c.target, alertBelow: c.alertBelow, status, trend: trendOf(value, previous), previous };
    });
    regions.push({ code: region.code, name: region.name, score: regionScore(cells, columns.map((c) => c.weight)), kpis: cells });
  }
  return { period: opts.asOf?.label ?? latestLabel(columns), kpis: columns.map(({ ord: _ord, ...c }) => c), regions, alerts };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let p = from; p <= to; p++) out.push(p);
  return out;
}

const FINE: PeriodType[] = ['day', 'week', 'month', 'quarter', 'year'];

/** the selected period that ends last (the finest type on a tie): what "as of" the dashboard is */
function latestLabel(columns: Array<KpiColumn & { ord: number | undefined }>): string | null {
  let best: { end: number; rank: number; label: string } | undefined;
  for (const c of columns) {
    if (c.ord === undefined || c.period === null) continue;
    const end = periodDays(c.periodType, c.ord)[1];
    const rank = FINE.indexOf(c.periodType);
    if (!best || end > best.end || (end === best.end && rank < best.rank)) best = { end, rank, label: c.period };
  }
  return best?.label ?? null;
}
