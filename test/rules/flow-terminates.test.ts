import { flowTerminates } from '../../src/core/lint/rules/flow-terminates.js';
import { repo, withFlow } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'standards/order.yaml';
const flow = withFlow;

ruleTester(flowTerminates, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'a loop with a way out', files: flow(undefined, '[order-intake, shipment]') },
    { name: 'a step that repeats itself until done', files: flow(undefined, '[order-confirmation, shipment]') },
    { name: 'next: [] ends the flow', files: flow(undefined, '[]', '[order-intake]') },
    { name: 'a next with only unknown targets is left to ref-step', files: flow(undefined, undefined, '[nowhere]') },
    { name: 'a closed loop that cannot be reached is flow-reachable’s finding', files: flow(undefined, '[]', '[shipment]') },
  ],
  invalid: [
    {
      name: 'the whole flow is a loop: reported on the first step',
      files: flow(undefined, '[order-intake]'),
      errors: [{ path: 'spec.steps[0]', line: 7, message: 'the flow never ends: steps "order-intake", "order-confirmation" lead only to each other' }],
    },
    {
      name: 'a loop at the end: reported on its first step',
      files: flow(undefined, undefined, '[order-confirmation]'),
      errors: [{ path: 'spec.steps[1]', line: 8, message: 'steps "order-confirmation", "shipment" lead only to each other; give one of them a next' }],
    },
    {
      name: 'a step that only repeats itself',
      files: flow(undefined, undefined, '[shipment]'),
      errors: [{ path: 'spec.steps[2]', line: 9, message: 'step "shipment" leads only back to itself; give it a next' }],
    },
    {
      name: 'two dead ends that loop, each reported once',
      files: flow('[order-confirmation, shipment]', '[order-confirmation]', '[shipment]'),
      errors: [
        { path: 'spec.steps[1]', line: 8, message: 'step "order-confirmation" leads only back to itself' },
        { path: 'spec.steps[2]', line: 9, message: 'step "shipment" leads only back to itself' },
      ],
    },
  ],
});
