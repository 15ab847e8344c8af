import { describe, expect, it } from 'vitest';
import { evaluate, statusOf, trendOf } from '../../src/core/kpi/evaluate.js';
import { detectPeriod } from '../../src/core/kpi/period.js';
import { regionScore } from '../../src/core/kpi/score.js';
import { validateRows } from '../../src/core/kpi/validate.js';
import { catalog, metric, row } from './helpers.js';

const kpi = { target: 0.95, alertBelow: 0.8 };

describe('thresholds', () => {
  it.each([
    [0.96, 'ok'],
    [0.95, 'ok'], // exactly at target
    [0.9499, 'below-target'],
    [0.8, 'below-target'], // exactly at alertBelow: below target, not an alert
    [0.7999, 'alert'],
    [null, 'missing'],
  ] as const)('%s is %s', (value, status) => expect(statusOf(value, kpi)).toBe(status));

  it('95% written as a percentage is exactly at a target of 0.95', () => {
    const c = catalog();
    const { measurements } = validateRows([row('EC', 'sla', '2027-W05', '95%'), row('SC', 'sla', '2027-W05', '80%')], c);
    const d = evaluate(c, measurements);
    expect(d.regions.map((r) => r.kpis[0]!.status)).toEqual(['ok', 'below-target']);
    expect(d.alerts).toEqual([]);
  });

  it('without alertBelow nothing alerts', () => expect(statusOf(0, { target: 0.5 })).toBe('below-target'));

  it.each([
    [0.9, 0.8, 'up'], [0.8, 0.9, 'down'], [0.8, 0.8, 'flat'], [0.8, null, 'none'], [null, 0.8, 'none'],
  ] as const)('trend %s after %s is %s', (v, p, t) => expect(trendOf(v, p)).toBe(t));
});

describe('weighting', () => {
  it('Σ weight × min(value/target, 1) / Σ weight, as a percentage', () => {
    // 0.15 × min(0.855/0.95, 1) = 0.15 × 0.9; 0.1 × min(0.3/0.25, 1) = 0.1 × 1 → 0.235 / 0.25 = 94%
    expect(regionScore([{ value: 0.855, target: 0.95 }, { value: 0.3, target: 0.25 }], [0.15, 0.1])).toBe(94);
  });
  it('leaves out KPIs without a value and is null without any', () => {
    expect(regionScore([{ value: 0.475, target: 0.95 }, { value: null, target: 0.25 }], [0.15, 0.1])).toBe(50);
    expect(regionScore([{ value: null, target: 0.95 }], [1])).toBeNull();
  });
  it('weighs KPIs equally when no KPI has a weight', () => {
    const c = catalog([metric('a', 'ratio', 'month', { target: 1 }), metric('b', 'ratio', 'month', { target: 1 })]);
    const { measurements } = validateRows([row('EC', 'a', '2027-01', '1'), row('EC', 'b', '2027-01', '0.5')], c);
    expect(evaluate(c, measurements).regions[0]!.score).toBe(75);
  });
});

describe('evaluate', () => {
  const c = catalog();
  const rows = [
    row('EC', 'sla', '2026-W53', '0.9'),
    row('EC', 'sla', '2027-W01', '0.7'),
    row('SC', 'sla', '2027-W01', '0.97'),
    row('EC', 'conv', '2026-12', '0.2'),
    row('EC', 'conv', '2027-01', '0.3'),
    row('SC', 'sales', '2027-01', '100'),
  ];
  const { measurements, problems } = validateRows(rows, c);

  it('takes the latest period per KPI, with the trend across the year boundary', () => {
    expect(problems).toEqual([]);
    const d = evaluate(c, measurements);
    expect(d.period).toBe('2027-01'); // the selected period that ends last
    const ec = d.regions.find((r) => r.code === 'EC')!;
    expect(ec.kpis[0]).toMatchObject({ metric: 'sla', period: '2027-W01', value: 0.7, previous: 0.9, trend: 'down', status: 'alert' });
    expect(ec.kpis[1]).toMatchObject({ metric: 'conv', period: '2027-01', value: 0.3, trend: 'up', status: 'ok' });
    expect(d.alerts).toEqual([{ region: 'EC', regionName: '华东', metric: 'sla', name: 'SLA', period: '2027-W01', value: 0.7, alertBelow: 0.8, target: 0.95 }]);
    expect(d.regions.find((r) => r.code === 'SC')!.kpis[1]).toMatchObject({ value: null, status: 'missing' });
    expect(d.kpis[0]!.history).toEqual(['2026-W53', '2027-W01']);
    expect(d.kpis[0]!.series.get('EC')).toEqual([0.9, 0.7]);
  });

  it('--period shows the dashboard as of the end of that period', () => {
    const p = detectPeriod('2026-W53')!;
    const d = evaluate(c, measurements, { asOf: { ...p, label: '2026-W53' } });
    expect(d.period).toBe('2026-W53');
    const ec = d.regions.find((r) => r.code === 'EC')!;
    expect(ec.kpis.map((k) => [k.period, k.value])).toEqual([['2026-W53', 0.9], ['2026-12', 0.2]]);
  });

  it('lists only regions that reported a KPI', () => {
    const d = evaluate(catalog(undefined, [['EC', 'E'], ['SC', 'S'], ['CC', 'C']]), measurements);
    expect(d.regions.map((r) => r.code)).toEqual(['EC', 'SC']);
  });
});
