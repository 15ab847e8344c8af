// Column names of measurement files, English or Chinese (Excel exports), mapped to fields.
import type { RawRow } from './types.js';

export type Column = 'region' | 'metric' | 'period' | 'value';
export const COLUMNS: Column[] = ['region', 'metric', 'period', 'value'];

const NAMES: Record<Column, string[]> = {
  region: ['region', 'region code', 'region_code', 'region-code', 'regioncode', '区域', '地区', '区域编码', '大区'],
  metric: ['metric', 'metric id', 'metric_id', 'metric-id', 'kpi', '指标', '指标编码', '指标id', '指标代码'],
  period: ['period', '期间', '周期', '统计期间', '统计周期'],
  value: ['value', '数值', '值', '实际值', '指标值'],
};

const LOOKUP = new Map<string, Column>(COLUMNS.flatMap((c) => NAMES[c].map((n) => [n, c] as const)));

export const HEADER_HINT = 'the first row names the columns: region, metric, period, value (or 区域, 指标, 期间, 数值); other columns are ignored';

/** column → index, or the problem with the header row */
export function mapHeader(cells: string[]): { map: Record<Column, number> } | { error: string } {
  const found: Partial<Record<Column, number>> = {};
  for (let i = 0; i < cells.length; i++) {
    const key = cells[i]!.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
    const col = LOOKUP.get(key);
    if (!col) continue;
    if (found[col] !== undefined) return { error: `two columns are the ${col}: "${cells[found[col]]!.trim()}" and "${cells[i]!.trim()}"` };
    found[col] = i;
  }
  const missing = COLUMNS.filter((c) => found[c] === undefined);
  if (missing.length > 0) return { error: `no ${missing.join(', ')} column in the header row` };
  return { map: found as Record<Column, number> };
}

/** A data row by the header's map; undefined for a blank row (Excel leaves ",,,"). */
export function toRow(cells: string[], map: Record<Column, number>, file: string, line: number): RawRow | undefined {
  if (cells.every((c) => c.trim() === '')) return undefined;
  const at = (c: Column): string => (cells[map[c]] ?? '').trim();
  return { region: at('region'), metric: at('metric'), period: at('period'), value: at('value'), file, line };
}
