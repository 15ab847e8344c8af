import { flowReachable } from '../../src/core/lint/rules/flow-reachable.js';
import { repo, STANDARD, withFlow } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'standards/order.yaml';
const flow = withFlow;

ruleTester(flowReachable, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'a branch that skips a step and a step that goes back', files: flow('[shipment, order-confirmation]', '[order-intake, shipment]') },
    { name: 'an unknown next target is ignored', files: flow('[nowhere, order-confirmation]') },
    { name: 'the last step ends the flow explicitly', files: flow(undefined, undefined, '[]') },
    { name: 'a one-step standard', files: repo({ [F]: STANDARD.replace(/^ {4}- \{ id: order-(confirmation|intake).*\n/gm, '') }) },
  ],
  invalid: [
    {
      name: 'next jumps over a step',
      files: flow('[shipment]'),
      errors: [{ path: 'spec.steps[1]', line: 8, message: 'step "order-confirmation" cannot be reached from the first step "order-intake"' }],
    },
    {
      name: 'next: [] ends the flow early',
      files: flow(undefined, '[]'),
      errors: [{ path: 'spec.steps[2]', line: 9, message: 'step "shipment" cannot be reached' }],
    },
    {
      name: 'the first step ends the flow at once',
      files: flow('[]'),
      errors: [
        { path: 'spec.steps[1]', line: 8, message: '"order-confirmation" cannot be reached' },
        { path: 'spec.steps[2]', line: 9, message: '"shipment" cannot be reached' },
      ],
    },
    {
      name: 'a loop back to the first step leaves the rest out',
      files: flow(undefined, '[order-intake]'),
      errors: [{ path: 'spec.steps[2]', line: 9, message: '"shipment" cannot be reached' }],
    },
  ],
});
