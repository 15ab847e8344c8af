import { describe, expect, it } from 'vitest';
import { refIo } from '../../src/core/lint/rules/ref-io.js';
import { repo, STANDARD } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const std = (from: string, to: string) => repo({ 'standards/order.yaml': STANDARD.replace(from, to) });

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'plain words, English and Chinese', files: std('inputs: [order-form]', 'inputs: [order-form, email, customer list, Order form, ERP, 客户需求调研表, "signed contract (PDF)"]') },
  { name: 'system ids as outputs', files: std('outputs: [erp]', 'outputs: [erp, crm]') },
];

const invalid: InvalidCase[] = [
  {
    name: 'a form id typo, with a suggestion',
    files: std('inputs: [order-form]', 'inputs: [order-from]'),
    errors: [{ file: 'standards/order.yaml', path: 'spec.steps[0].inputs[0]', line: 7, message: 'input "order-from" names no form or system (did you mean "order-form"?)' }],
  },
  {
    name: 'a kebab-case id that names nothing',
    files: std('outputs: [erp]', 'outputs: [erp, sales-report]'),
    errors: [{ file: 'standards/order.yaml', path: 'spec.steps[0].outputs[1]', line: 7, message: `output "sales-report" names no form or system: add it to the Organization's forms or systems, or write it as plain words` }],
  },
  {
    name: 'a near miss of a system id without a hyphen',
    files: std('outputs: [erp]', 'outputs: [crn]'),
    errors: [{ file: 'standards/order.yaml', path: 'spec.steps[0].outputs[0]', line: 7, message: 'output "crn" names no form or system (did you mean "crm"?)' }],
  },
  {
    name: 'a variant step input',
    files: std('{ id: order-confirmation, sla: 48h }', '{ id: order-confirmation, sla: 48h, inputs: [order-forms] }'),
    errors: [{ file: 'standards/order.yaml', path: 'spec.variants[0].steps[0].inputs[0]', line: 16, message: '(did you mean "order-form"?)' }],
  },
];

ruleTester(refIo, { file: '', valid, invalid });

describe('ref-io metadata', () => {
  it('warns by default', () => expect(refIo.meta.defaultSeverity).toBe('warn'));
});
