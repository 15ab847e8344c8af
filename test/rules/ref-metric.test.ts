import { refMetric } from '../../src/core/lint/rules/ref-metric.js';
import { DICTIONARY, repo, ROLLOUT, STANDARD } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const OPS = `apiVersion: stdkit/v1
kind: DataDictionary
metadata: { id: ops-data, title: 运营数据, version: 1.0.0, owner: hq-ops-director }
spec:
  metrics:
    - { id: transfer-lead-time, name: 调货时长, unit: hours, period: week }
`;

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'a KPI defined in a second dictionary', files: repo({ 'dictionaries/ops.yaml': OPS, 'standards/order.yaml': STANDARD.replace('kpis: [order-sla-rate]', 'kpis: [order-sla-rate, transfer-lead-time]') }) },
];

const invalid: InvalidCase[] = [
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

ruleTester(refMetric, { file: '', valid, invalid });
