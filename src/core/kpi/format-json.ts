// The stable JSON of `stdkit kpi --format json`.
import type { Dashboard } from './types.js';

export function toJson(d: Dashboard): unknown {
  return {
    period: d.period,
    regions: d.regions.map((r) => ({
      code: r.code,
      name: r.name,
      score: r.score,
      kpis: r.kpis.map((k) => ({
        metric: k.metric,
        name: k.name,
        period: k.period,
        value: k.value,
        target: k.target,
        alertBelow: k.alertBelow,
        status: k.status,
        trend: k.trend,
        previous: k.previous,
      })),
    })),
    alerts: d.alerts.map((a) => ({ region: a.region, regionName: a.regionName, metric: a.metric, name: a.name, period: a.period, value: a.value, alertBelow: a.alertBelow, target: a.target })),
  };
}

export function formatJson(d: Dashboard): string {
  return `${JSON.stringify(toJson(d), null, 2)}\n`;
}
