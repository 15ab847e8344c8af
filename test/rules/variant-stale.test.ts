import { variantStale } from '../../src/core/lint/rules/variant-stale.js';
import { repo, STANDARD } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'standards/order.yaml';
const at = { path: 'spec.variants[0].until', line: 14 };

ruleTester(variantStale, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo(), today: '2026-12-01' },
    { name: 'on its until date the variant still holds', files: repo(), today: '2027-06-30' },
    { name: 'a variant without an end', files: repo({ [F]: STANDARD.replace('      until: 2027-06-30\n', '') }), today: '2030-01-01' },
  ],
  invalid: [
    { name: 'the day after', files: repo(), today: '2027-07-01', errors: [{ ...at, message: 'variant for SC ended on 2027-06-30: fold it into the baseline or remove it' }] },
    {
      name: 'long past',
      files: repo({ [F]: STANDARD.replace('until: 2027-06-30', 'until: 2026-06-30') }),
      today: '2026-12-01',
      errors: [{ ...at, message: 'variant for SC ended on 2026-06-30' }],
    },
  ],
});
