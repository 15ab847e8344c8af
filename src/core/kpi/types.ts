// The data of `stdkit kpi`: measured rows as read, as validated, and the evaluated dashboard.
import type { Metric } from '../model/types.js';

export type PeriodType = Metric['period'];

/** One row of a measurements file, as text, with where it came from. */
export interface RawRow {
  region: string;
  metric: string;
  period: string;
  value: string;
  file: string;
  line: number;
}

/** A problem with the input, always with a place a person can open. */
export interface KpiProblem {
  file: string;
  line?: number;
  message: string;
}

/** A row that passed validation: the period as an ordinal of its type (see period.ts). */
export interface Measurement {
  region: string;
  metric: string;
  period: number;
  value: number;
  file: string;
  line: number;
}

export interface CatalogRegion { code: string; name: string }

/** What the repository says about regions and metrics, in declaration order. */
export interface Catalog {
  regions: Map<string, CatalogRegion>;
  metrics: Map<string, Metric>;
}

export type Status = 'ok' | 'below-target' | 'alert' | 'missing';
export type Trend = 'up' | 'down' | 'flat' | 'none';

export interface KpiCell {
  metric: string;
  name: string;
  period: string | null;
  value: number | null;
  target: number;
  alertBelow: number | null;
  status: Status;
  trend: Trend;
  previous: number | null;
}

export interface RegionResult {
  code: string;
  name: string;
  /** weighted attainment in percent (0..100, one decimal), null without any weighted value */
  score: number | null;
  kpis: KpiCell[];
}

export interface Alert {
  region: string;
  regionName: string;
  metric: string;
  name: string;
  period: string;
  value: number;
  alertBelow: number;
  target: number;
}

/** One KPI column: its definition, evaluated period and a short history per region for charts. */
export interface KpiColumn {
  metric: string;
  name: string;
  unit: string;
  periodType: PeriodType;
  period: string | null;
  target: number;
  alertBelow: number | null;
  weight: number;
  /** period labels, oldest first, ending with `period` */
  history: string[];
  /** region code → values aligned with `history` (null where not measured) */
  series: Map<string, Array<number | null>>;
}

export interface Dashboard {
  period: string | null;
  kpis: KpiColumn[];
  regions: RegionResult[];
  alerts: Alert[];
}
