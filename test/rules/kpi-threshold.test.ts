import { kpiThreshold } from '../../src/core/lint/rules/kpi-threshold.js';
import { DICTIONARY, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'dictionaries/sales.yaml';
const O = 'dictionaries/ops.yaml';
const kpi = (yaml: string) => repo({ [F]: DICTIONARY.replace('kpi: { target: 0.95, alertBelow: 0.8, weight: 0.15 }', `kpi: { ${yaml} }`) });
/** a second dictionary with two KPIs (lines 6 and 7) */
const ops = (w1: number, w2: number) => `apiVersion: stdkit/v1
kind: DataDictionary
metadata: { id: ops-data, title: Ops data, version: 1.0.0, owner: hq-ops-director }
spec:
  metrics:
    - { id: stock-accuracy, name: Stock accuracy, unit: ratio, period: month, kpi: { target: 0.99, weight: ${w1} } }
    - { id: on-time-delivery, name: On-time delivery, unit: ratio, period: week, kpi: { target: 0.9, weight: ${w2} } }
`;

ruleTester(kpiThreshold, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'no alert threshold', files: kpi('target: 0.95') },
    { name: 'counts, not ratios', files: kpi('target: 120, alertBelow: 100, weight: 0') },
    // 0.15 + 0.15 + 0.7 is 1.0000000000000002 in floating point
    { name: 'weights adding up to exactly 1 across dictionaries', files: repo({ [O]: ops(0.15, 0.7) }) },
  ],
  invalid: [
    {
      name: 'alertBelow equal to target',
      files: kpi('target: 0.95, alertBelow: 0.95'),
      errors: [{ path: 'spec.metrics[1].kpi.alertBelow', line: 10, message: 'KPI "order-sla-rate" alerts below 0.95, which is not below its target 0.95' }],
    },
    {
      name: 'alertBelow above target',
      files: kpi('target: 0.9, alertBelow: 0.98, weight: 0.15'),
      errors: [{ path: 'spec.metrics[1].kpi.alertBelow', line: 10, message: 'set alertBelow lower than target' }],
    },
    {
      name: 'weights over 1: reported on the KPI that pushes the sum over',
      files: repo({ [O]: ops(0.5, 0.4) }),
      errors: [{ file: O, path: 'spec.metrics[1].kpi.weight', line: 7, message: 'KPI weights add up to 1.05 with "on-time-delivery"' }],
    },
    {
      name: 'reported once, however far over',
      files: repo({ [O]: ops(0.9, 0.9) }),
      errors: [{ file: O, path: 'spec.metrics[0].kpi.weight', line: 6, message: 'must not exceed 1' }],
    },
  ],
});
