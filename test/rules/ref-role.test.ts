import { refRole } from '../../src/core/lint/rules/ref-role.js';
import { DICTIONARY, MATRIX, ROLLOUT, STANDARD, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(refRole, {
  file: 'standards/order.yaml',
  valid: [
    { name: 'the base repository', files: repo() },
  ],
  invalid: [
    {
      name: 'a misspelt responsible role, with a suggestion',
      files: repo({ 'standards/order.yaml': STANDARD.replace('responsible: warehouse-lead', 'responsible: warehouse-leader') }),
      errors: [{ path: 'spec.steps[2].responsible', line: 9, column: 52, message: 'unknown role "warehouse-leader" (did you mean "warehouse-lead"?)' }],
    },
    {
      name: 'an owner that is no role, without a close match',
      files: repo({ 'standards/order.yaml': STANDARD.replace('owner: hq-ops-director', 'owner: chief-of-everything') }),
      errors: [{ path: 'metadata.owner', line: 3, message: 'unknown role "chief-of-everything"' }],
    },
    {
      name: 'a RACI key that is no role points at the key',
      files: repo({ 'matrices/raci.yaml': MATRIX.replace('hq-ops-director: I }', 'hq-ops-directr: I }') }),
      errors: [{ file: 'matrices/raci.yaml', path: 'spec.activities[0].raci.hq-ops-directr', line: 11, column: 55, message: 'did you mean "hq-ops-director"' }],
    },
    {
      name: 'report receiver and rollout team member',
      files: repo({
        'dictionaries/sales.yaml': DICTIONARY.replace('receivedBy: hq-ops-director', 'receivedBy: hq-boss'),
        'rollouts/east.yaml': ROLLOUT.replace('members: [regional-manager]', 'members: [regional-managr]'),
      }),
      errors: [
        { file: 'dictionaries/sales.yaml', path: 'spec.reports[0].receivedBy', line: 12, message: 'unknown role "hq-boss"' },
        { file: 'rollouts/east.yaml', path: 'spec.team.members[0]', line: 9, message: 'did you mean "regional-manager"' },
      ],
    },
  ],
});
