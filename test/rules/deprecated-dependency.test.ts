import { describe, expect, it } from 'vitest';
import { deprecatedDependency } from '../../src/core/lint/rules/deprecated-dependency.js';
import { DICTIONARY, MATRIX, repo, STANDARD } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const DEPRECATED = STANDARD.replace('status: active }', 'status: deprecated }');
const ACTIVE_MATRIX = MATRIX.replace('version: 1.0.0, owner: hq-ops-director }', 'version: 1.0.0, owner: hq-ops-director, status: active }');
const DEPRECATED_DICT = DICTIONARY.replace('version: 1.0.0, owner: hq-ops-director }', 'version: 1.0.0, owner: hq-ops-director, status: deprecated }');
const successor = (status: string) => STANDARD.replace('id: order-fulfilment,', 'id: order-fulfilment-v2, supersedes: order-fulfilment,').replace('status: active }', `status: ${status} }`);

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'a draft matrix (no status) linking a deprecated standard', files: repo({ 'standards/order.yaml': DEPRECATED }) },
  { name: 'an active matrix linking an active standard', files: repo({ 'matrices/raci.yaml': ACTIVE_MATRIX }) },
  { name: 'a draft standard using KPIs of a deprecated dictionary', files: repo({ 'dictionaries/sales.yaml': DEPRECATED_DICT, 'standards/order.yaml': STANDARD.replace('status: active }', 'status: draft }') }) },
  { name: 'an active successor of a deprecated standard', files: repo({ 'standards/order.yaml': DEPRECATED, 'standards/order-v2.yaml': successor('active') }) },
  { name: 'a draft successor of a standard still in use', files: repo({ 'standards/order-v2.yaml': successor('draft') }) },
  { name: 'supersedes naming a document that no longer exists', files: repo({ 'standards/order.yaml': STANDARD.replace('id: order-fulfilment,', 'id: order-fulfilment, supersedes: old-orders,') }) },
];

const invalid: InvalidCase[] = [
  {
    name: 'an active matrix linking a deprecated standard',
    files: repo({ 'standards/order.yaml': DEPRECATED, 'matrices/raci.yaml': ACTIVE_MATRIX }),
    errors: [{ file: 'matrices/raci.yaml', path: 'spec.activities[0].standard', line: 9, message: 'activity "ship-order" links standard "order-fulfilment", which is deprecated' }],
  },
  {
    name: 'an active standard whose KPI lives in a deprecated dictionary',
    files: repo({ 'dictionaries/sales.yaml': DEPRECATED_DICT }),
    errors: [{ file: 'standards/order.yaml', path: 'spec.kpis[0]', line: 10, message: 'KPI "order-sla-rate" is defined in data dictionary "sales-data", which is deprecated' }],
  },
  {
    name: 'an active successor of a standard that is still active',
    files: repo({ 'standards/order-v2.yaml': successor('active') }),
    errors: [{ file: 'standards/order-v2.yaml', path: 'metadata.supersedes', line: 3, message: `supersedes order-fulfilment, which is still active: set order-fulfilment's status to deprecated` }],
  },
];

ruleTester(deprecatedDependency, { file: '', valid, invalid });

describe('deprecated-dependency metadata', () => {
  it('warns by default', () => expect(deprecatedDependency.meta.defaultSeverity).toBe('warn'));
});
