import { describe, it, expect } from 'vitest';
import { refMetric } from '../../src/core/lint/rules/ref-metric.js';
import { DICTIONARY, lintYaml, repo, ROLLOUT, STANDARD } from '../helpers/lint.js';

const lint = (files: Record<string, string>) => lintYaml(files, { rules: [refMetric] });
type Invalid = { name: string; files: Record<string, string>; errors: Array<{ file: string; path: string; line: number; message: string }> };

const OPS = `apiVersion: stdkit/v1
kind: DataDictionary
metadata: { id: ops-data, title: 运营数据, version: 1.0.0, owner: hq-ops-director }
spec:
  metrics:
    - { id: transfer-lead-time, name: 调货时长, unit: hours, period: week }
`;

const valid = [
  { name: 'the base repository', files: repo() },
  { name: 'a KPI defined in a second dictionary', files: repo({ 'dictionaries/ops.yaml': OPS, 'standards/order.yaml': STANDARD.replace('kpis: [order-sla-rate]', 'kpis: [order-sla-rate, transfer-lead-time]') }) },
];

const invalid: Invalid[] = [
  {
    name: 'a KPI typo, with a suggestion',
    files: repo({ 'standards/order.yaml': STANDARD.replace('kpis: [order-sla-rate]', 'kpis: [order-sla-rates]') }),
    errors: [{ file: 'standards/order.yaml', path: 'spec.kpis[0]', line: 10, message: 'unknown metric "order-sla-rates" (did you mean "order-sla-rate"?)' }],
  },
  {
    name: 'an unknown objective metric, nothing close',
    files: repo({ 'rollouts/east.yaml': ROLLOUT.replace('metric: order-sla-rate', 'metric: nps') }),
    errors: [{ file: 'rollouts/east.yaml', path: 'spec.objectives[0].metric', line: 7, message: 'unknown metric "nps"; define it under spec.metrics of a DataDictionary' }],
  },
  {
    name: 'an unknown report metric',
    files: repo({ 'dictionaries/sales.yaml': DICTIONARY.replace('metrics: [monthly-sales]', 'metrics: [monthly-sales, montly-sales]') }),
    errors: [{ file: 'dictionaries/sales.yaml', path: 'spec.reports[0].metrics[1]', line: 12, message: 'unknown metric "montly-sales" (did you mean "monthly-sales"?)' }],
  },
];

describe('ref-metric', () => {
  it.each(valid)('valid: $name', ({ files }) => expect(lint(files)).toEqual([]));
  it.each(invalid)('invalid: $name', ({ files, errors }) => {
    const found = lint(files);
    expect(found.map(({ rule, file, path, line }) => ({ rule, file, path, line }))).toEqual(errors.map(({ file, path, line }) => ({ rule: 'ref-metric', file, path, line })));
    errors.forEach((e, i) => expect(found[i]!.message).toContain(e.message));
  });
});
