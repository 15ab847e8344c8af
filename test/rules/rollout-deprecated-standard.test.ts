import { rolloutDeprecatedStandard } from '../../src/core/lint/rules/rollout-deprecated-standard.js';
import { repo, ROLLOUT, STANDARD } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const DEPRECATED = STANDARD.replace('status: active }', 'status: deprecated }');
const V2 = STANDARD.replace('id: order-fulfilment,', 'id: order-fulfilment-v2, supersedes: order-fulfilment,');

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'a draft plan listing a deprecated standard', files: repo({ 'standards/order.yaml': DEPRECATED, 'rollouts/east.yaml': ROLLOUT.replace('status: active }', 'status: draft }') }) },
  { name: 'an active plan listing the successor', files: repo({ 'standards/order.yaml': DEPRECATED, 'standards/order-v2.yaml': V2, 'rollouts/east.yaml': ROLLOUT.replace('standards: [order-fulfilment]', 'standards: [order-fulfilment-v2]') }) },
];

const invalid: InvalidCase[] = [
  {
    name: 'an active plan rolling out a deprecated standard',
    files: repo({ 'standards/order.yaml': DEPRECATED }),
    errors: [{ file: 'rollouts/east.yaml', path: 'spec.standards[0]', line: 8, message: 'active rollout plan "east-rollout" rolls out deprecated standard "order-fulfilment": remove it from standards' }],
  },
  {
    name: 'a deprecated standard with a successor: the successor is named',
    files: repo({ 'standards/order.yaml': DEPRECATED, 'standards/order-v2.yaml': V2, 'rollouts/east.yaml': ROLLOUT.replace('standards: [order-fulfilment]', 'standards: [order-fulfilment-v2, order-fulfilment]') }),
    errors: [{ file: 'rollouts/east.yaml', path: 'spec.standards[1]', line: 8, message: 'roll out "order-fulfilment-v2", which supersedes it, instead' }],
  },
];

ruleTester(rolloutDeprecatedStandard, { file: '', valid, invalid });
