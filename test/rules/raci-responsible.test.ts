import { raciResponsible } from '../../src/core/lint/rules/raci-responsible.js';
import { MATRIX, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'matrices/raci.yaml';
const RACI = 'raci: { warehouse-lead: R, regional-manager: A, hq-ops-director: I }';
const withActivity = (raci: string) =>
  MATRIX.replace('  boundaries:', `    - id: approve-transfer\n      name: Approve a transfer\n      raci: ${raci}\n  boundaries:`);

ruleTester(raciResponsible, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'R combined with A', files: repo({ [F]: MATRIX.replace(RACI, 'raci: { warehouse-lead: C, regional-manager: AR }') }) },
    { name: 'two responsible roles', files: repo({ [F]: withActivity('{ regional-manager: AR, warehouse-lead: R }') }) },
  ],
  invalid: [
    {
      name: 'no R at all',
      files: repo({ [F]: MATRIX.replace(RACI, 'raci: { warehouse-lead: C, regional-manager: A, hq-ops-director: I }') }),
      errors: [{ path: 'spec.activities[0].raci', line: 11, message: 'activity "ship-order" has no responsible role' }],
    },
    {
      name: 'the second activity has only A, C and I',
      files: repo({ [F]: withActivity('{ regional-manager: A, hq-ops-director: CI }') }),
      errors: [{ path: 'spec.activities[1].raci', line: 15, message: 'activity "approve-transfer" has no responsible role: give at least one role an R' }],
    },
  ],
});
