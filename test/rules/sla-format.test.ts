import { slaFormat } from '../../src/core/lint/rules/sla-format.js';
import { MATRIX, repo, STANDARD } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'standards/order.yaml';
const M = 'matrices/raci.yaml';
const step = (sla: string) => repo({ [F]: STANDARD.replace('sla: 4h }', `sla: ${sla} }`) });

ruleTester(slaFormat, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'weeks', files: step('1w') },
    { name: 'calendar days', files: step('3d') },
    // parseDuration accepts a decimal count; the renderer and SLA comparisons read it the same way
    { name: 'a fraction of a day', files: step('1.5d') },
    { name: 'a step without an SLA', files: repo({ [F]: STANDARD.replace(', sla: 4h }', ' }') }) },
  ],
  invalid: [
    {
      name: 'words instead of a unit',
      files: step('2 days'),
      errors: [{ path: 'spec.steps[0].sla', line: 7, message: '"2 days" is not a duration: write 24h, 3d, 2bd or 1w' }],
    },
    { name: 'zero', files: step('0h'), errors: [{ path: 'spec.steps[0].sla', line: 7, message: 'SLA "0h" is zero' }] },
    { name: 'a unit the model does not know', files: step('30m'), errors: [{ path: 'spec.steps[0].sla', line: 7, message: '"30m" is not a duration' }] },
    { name: 'a negative duration', files: step("'-4h'"), errors: [{ path: 'spec.steps[0].sla', line: 7, message: '"-4h" is not a duration' }] },
    {
      name: 'a variant step',
      files: repo({ [F]: STANDARD.replace('sla: 48h }', 'sla: 48 hours }') }),
      errors: [{ path: 'spec.variants[0].steps[0].sla', line: 16, message: '"48 hours" is not a duration' }],
    },
    {
      name: 'a matrix activity',
      files: repo({ [M]: MATRIX.replace('sla: 2bd', 'sla: 2 business days') }),
      errors: [{ file: M, path: 'spec.activities[0].sla', line: 12, message: '"2 business days" is not a duration' }],
    },
  ],
});
