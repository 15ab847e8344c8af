// Rows → measurements: every problem with its file and line, all of them at once.
import { didYouMean } from '../suggest.js';
import { detectPeriod, parsePeriod, PERIOD_EXAMPLES } from './period.js';
import type { Catalog, KpiProblem, Measurement, PeriodType, RawRow } from './types.js';
import { parseValue } from './value.js';

export interface Validated {
  measurements: Measurement[];
  problems: KpiProblem[];
}

export function validateRows(rows: Iterable<RawRow>, catalog: Catalog): Validated {
  const measurements: Measurement[] = [];
  const problems: KpiProblem[] = [];
  const seen = new Map<string, RawRow>();
  // a year of weekly rows repeats a few dozen period labels: parse each label once per type
  const periods = new Map<string, number | undefined>();
  const periodOf = (type: PeriodType, text: string): number | undefined => {
    const key = `${type}\u0000${text}`;
    if (!periods.has(key)) periods.set(key, parsePeriod(type, text));
    return periods.get(key);
  };
  for (const row of rows) {
    const at = (message: string): void => void problems.push({ file: row.file, line: row.line, message });
    const region = catalog.regions.get(row.region);
    const metric = catalog.metrics.get(row.metric);
    if (row.region === '') at('no region');
    else if (!region) at(`unknown region "${row.region}"${didYouMean(row.region, catalog.regions.keys())}`);
    if (row.metric === '') at('no metric');
    else if (!metric) at(`unknown metric "${row.metric}"${didYouMean(row.metric, catalog.metrics.keys())}`);
    if (!metric) continue;
    const period = periodOf(metric.period, row.period);
    if (period === undefined) at(periodMessage(row.period, metric.id, metric.period));
    const value = parseValue(row.value, metric.unit);
    if ('error' in value) at(`${metric.id}: ${value.error}`);
    if (!region || period === undefined || 'error' in value) continue;
    const key = `${row.region}\u0000${row.metric}\u0000${period}`;
    const first = seen.get(key);
    if (first) {
      at(`duplicate value for ${row.region} ${row.metric} ${row.period} (first at ${first.file}:${first.line})`);
      continue;
    }
    seen.set(key, row);
    measurements.push({ region: row.region, metric: row.metric, period, value: value.value, file: row.file, line: row.line });
  }
  return { measurements, problems };
}

function periodMessage(text: string, metric: string, type: PeriodType): string {
  const expected = `${metric} is measured by ${type} (e.g. ${PERIOD_EXAMPLES[type]})`;
  if (text === '') return `no period: ${expected}`;
  const looks = detectPeriod(text);
  return looks ? `period "${text}" is a ${looks.type}, but ${expected}` : `period "${text}" is not a ${type}: ${expected}`;
}
