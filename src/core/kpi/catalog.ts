// Regions and metrics from the repository index, read defensively: a document with schema
// errors still lends what is well-formed (lint reports the rest).
import type { RepoIndex } from '../model/index-repo.js';
import type { Kpi, Metric } from '../model/types.js';
import type { Catalog, CatalogRegion } from './types.js';
import { isRec } from '../guards.js';

const PERIODS = new Set(['day', 'week', 'month', 'quarter', 'year']);

function kpiOf(v: unknown): Kpi | undefined {
  if (!isRec(v) || typeof v.target !== 'number') return undefined;
  return {
    target: v.target,
    alertBelow: typeof v.alertBelow === 'number' ? v.alertBelow : undefined,
    weight: typeof v.weight === 'number' ? v.weight : undefined,
  };
}

export function catalogFrom(index: Pick<RepoIndex, 'regions' | 'metrics'>): Catalog {
  const regions = new Map<string, CatalogRegion>();
  for (const [code, d] of index.regions) {
    const name = isRec(d.value) && typeof d.value.name === 'string' ? d.value.name : code;
    regions.set(code, { code, name });
  }
  const metrics = new Map<string, Metric>();
  for (const [id, d] of index.metrics) {
    const v = d.value;
    if (!isRec(v) || typeof v.unit !== 'string' || typeof v.period !== 'string' || !PERIODS.has(v.period)) continue;
    metrics.set(id, {
      id,
      name: typeof v.name === 'string' ? v.name : id,
      unit: v.unit,
      period: v.period as Metric['period'],
      kpi: kpiOf(v.kpi),
    });
  }
  return { regions, metrics };
}

/** metrics with a kpi, in declaration order */
export function kpiMetrics(catalog: Catalog): Array<Metric & { kpi: Kpi }> {
  return [...catalog.metrics.values()].filter((m): m is Metric & { kpi: Kpi } => m.kpi !== undefined);
}
