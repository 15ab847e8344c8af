import { raciSingleAccountable } from '../../src/core/lint/rules/raci-single-accountable.js';
import { MATRIX, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'matrices/raci.yaml';
const RACI = 'raci: { warehouse-lead: R, regional-manager: A, hq-ops-director: I }';

ruleTester(raciSingleAccountable, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'A combined with R on one role', files: repo({ [F]: MATRIX.replace(RACI, 'raci: { regional-manager: AR, hq-ops-director: CI }') }) },
    { name: 'letters in any order', files: repo({ [F]: MATRIX.replace(RACI, 'raci: { regional-manager: RA, warehouse-lead: R }') }) },
  ],
  invalid: [
    {
      name: 'two accountable roles: points at the second',
      files: repo({ [F]: MATRIX.replace(RACI, 'raci: { warehouse-lead: R, regional-manager: A, hq-ops-director: A }') }),
      errors: [{ path: 'spec.activities[0].raci.hq-ops-director', line: 11, message: 'has 2 accountable roles (regional-manager, hq-ops-director): keep exactly one A' }],
    },
    {
      name: 'no accountable role',
      files: repo({ [F]: MATRIX.replace(RACI, 'raci: { warehouse-lead: R, regional-manager: C }') }),
      errors: [{ path: 'spec.activities[0].raci', line: 11, message: 'activity "ship-order" has no accountable role: give exactly one role an A' }],
    },
    {
      name: 'block-style raci: the duplicate A is pointed at on its own line',
      files: repo({
        [F]: MATRIX.replace(RACI, 'raci:\n        warehouse-lead: AR\n        regional-manager: A\n        hq-ops-director: I'),
      }),
      errors: [{ path: 'spec.activities[0].raci.regional-manager', line: 13, column: 27, message: 'keep exactly one A' }],
    },
  ],
});
