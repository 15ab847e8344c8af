import { refStandard } from '../../src/core/lint/rules/ref-standard.js';
import { MATRIX, repo, ROLLOUT } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const matrix = (from: string, to: string) => repo({ 'matrices/raci.yaml': MATRIX.replace(from, to) });

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'an activity with neither standard nor step', files: matrix('      standard: order-fulfilment\n      step: shipment\n', '') },
  { name: 'an activity linking a standard without a step', files: matrix('      step: shipment\n', '') },
  { name: 'a rollout plan without standards', files: repo({ 'rollouts/east.yaml': ROLLOUT.replace('  standards: [order-fulfilment]\n', '') }) },
];

const invalid: InvalidCase[] = [
  {
    name: 'an unknown standard, with a suggestion (its step is not checked)',
    files: matrix('standard: order-fulfilment', 'standard: order-fulfillment'),
    errors: [{ file: 'matrices/raci.yaml', path: 'spec.activities[0].standard', line: 9, message: 'unknown standard "order-fulfillment" (did you mean "order-fulfilment"?)' }],
  },
  {
    name: 'a step that is not in the linked standard',
    files: matrix('step: shipment', 'step: delivery'),
    errors: [{ file: 'matrices/raci.yaml', path: 'spec.activities[0].step', line: 10, message: 'unknown step "delivery" in standard "order-fulfilment"; name one of its steps (order-intake, order-confirmation, shipment)' }],
  },
  {
    name: 'a step typo, with a suggestion',
    files: matrix('step: shipment', 'step: shipmen'),
    errors: [{ file: 'matrices/raci.yaml', path: 'spec.activities[0].step', line: 10, message: 'unknown step "shipmen" in standard "order-fulfilment" (did you mean "shipment"?)' }],
  },
  {
    name: 'a step without a standard',
    files: matrix('      standard: order-fulfilment\n', ''),
    errors: [{ file: 'matrices/raci.yaml', path: 'spec.activities[0].step', line: 9, message: 'activity "ship-order" links step "shipment" but no standard: add standard:' }],
  },
  {
    name: 'an unknown rollout standard',
    files: repo({ 'rollouts/east.yaml': ROLLOUT.replace('standards: [order-fulfilment]', 'standards: [order-fulfilment, customer-development]') }),
    errors: [{ file: 'rollouts/east.yaml', path: 'spec.standards[1]', line: 8, message: 'unknown standard "customer-development"' }],
  },
];

ruleTester(refStandard, { file: '', valid, invalid });
