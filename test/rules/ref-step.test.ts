import { refStep } from '../../src/core/lint/rules/ref-step.js';
import { repo, STANDARD } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const std = (from: string, to: string) => repo({ 'standards/order.yaml': STANDARD.replace(from, to) });

const OTHER = `apiVersion: stdkit/v1
kind: Standard
metadata: { id: returns, title: Returns, version: 1.0.0, owner: hq-ops-director }
spec:
  steps:
    - { id: return-request, name: Return request, responsible: regional-manager, next: [order-intake] }
`;

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'explicit next, and [] ending the flow', files: repo({ 'standards/order.yaml': STANDARD.replace('sla: 4h }', 'sla: 4h, next: [order-confirmation, shipment] }').replace('sla: 2bd }', 'sla: 2bd, next: [] }') }) },
  { name: 'a variant step with next', files: std('{ id: order-confirmation, sla: 48h }', '{ id: order-confirmation, sla: 48h, next: [shipment] }') },
];

const invalid: InvalidCase[] = [
  {
    name: 'a next typo, with a suggestion',
    files: std('sla: 4h }', 'sla: 4h, next: [order-confirmaton] }'),
    errors: [{ file: 'standards/order.yaml', path: 'spec.steps[0].next[0]', line: 7, message: 'unknown step "order-confirmaton" (did you mean "order-confirmation"?)' }],
  },
  {
    name: 'next naming a step of another standard',
    files: repo({ 'standards/returns.yaml': OTHER }),
    errors: [{ file: 'standards/returns.yaml', path: 'spec.steps[0].next[0]', line: 6, message: 'unknown step "order-intake"; next names step ids of this standard' }],
  },
  {
    name: 'a variant step that is not in the baseline',
    files: std('{ id: order-confirmation, sla: 48h }', '{ id: lead-capture, sla: 48h }'),
    errors: [{ file: 'standards/order.yaml', path: 'spec.variants[0].steps[0].id', line: 16, message: 'unknown step "lead-capture"; a variant can only change steps of the baseline' }],
  },
  {
    name: 'a variant step id typo and a variant next typo',
    files: std('{ id: order-confirmation, sla: 48h }', '{ id: order-confirmaton, sla: 48h, next: [shipmnt] }'),
    errors: [
      { file: 'standards/order.yaml', path: 'spec.variants[0].steps[0].id', line: 16, message: '(did you mean "order-confirmation"?)' },
      { file: 'standards/order.yaml', path: 'spec.variants[0].steps[0].next[0]', line: 16, message: 'unknown step "shipmnt" (did you mean "shipment"?)' },
    ],
  },
];

ruleTester(refStep, { file: '', valid, invalid });
