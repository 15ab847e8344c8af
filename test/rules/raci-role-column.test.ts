import { raciRoleColumn } from '../../src/core/lint/rules/raci-role-column.js';
import { MATRIX, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'matrices/raci.yaml';
const RACI = 'raci: { warehouse-lead: R, regional-manager: A, hq-ops-director: I }';
const block = (extra: string) =>
  MATRIX.replace(RACI, `raci:\n        warehouse-lead: R\n        regional-manager: A\n        hq-ops-director: I\n${extra}`);

ruleTester(raciRoleColumn, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'not every column needs an entry', files: repo({ [F]: MATRIX.replace(RACI, 'raci: { warehouse-lead: R, regional-manager: A }') }) },
    // an unknown role is ref-role's finding, not this rule's
    { name: 'a role unknown to the organization', files: repo({ [F]: block('        ghost-role: C') }) },
  ],
  invalid: [
    {
      name: 'a known role that is not a column',
      files: repo({ [F]: block('        regional-sales-manager: C') }),
      errors: [
        {
          path: 'spec.activities[0].raci.regional-sales-manager',
          line: 15,
          column: 9,
          message: 'role "regional-sales-manager" in activity "ship-order" is not a column of matrix "ops-raci": add it to spec.roles',
        },
      ],
    },
    {
      name: 'a column missing from spec.roles',
      files: repo({ [F]: MATRIX.replace('roles: [hq-ops-director, regional-manager, warehouse-lead]', 'roles: [hq-ops-director, regional-manager]') }),
      errors: [{ path: 'spec.activities[0].raci.warehouse-lead', line: 11, column: 15, message: 'role "warehouse-lead"' }],
    },
  ],
});
