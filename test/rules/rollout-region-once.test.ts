import { rolloutRegionOnce } from '../../src/core/lint/rules/rollout-region-once.js';
import { repo, ROLLOUT } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'rollouts/east.yaml';
const wave = (id: string, regions: string) =>
  `    - { id: ${id}, type: rollout, regions: [${regions}], start: 2027-03-01, end: 2027-03-26, owner: regional-manager }\n`;
const plan = (...waves: string[]) => repo({ [F]: ROLLOUT + waves.join('') });

ruleTester(rolloutRegionOnce, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'the pilot region rolled out later', files: plan(wave('wave-sc', 'SC')) },
    { name: 'different regions in each wave', files: plan(wave('wave-sc', 'SC, NC')) },
    { name: 'other plans may roll the same region out', files: repo({ 'rollouts/other.yaml': ROLLOUT.replace('id: east-rollout', 'id: other-rollout') }) },
  ],
  invalid: [
    {
      name: 'EC rolled out twice',
      files: plan(wave('wave-nc', 'NC, EC')),
      errors: [{ path: 'spec.phases[2].regions[1]', line: 13, message: 'region EC is rolled out twice in plan "east-rollout" (already in phase "wave-ec")' }],
    },
    {
      name: 'each repetition reported on the later phase',
      files: plan(wave('wave-sc', 'SC'), wave('wave-again', 'SC, EC')),
      errors: [
        { path: 'spec.phases[3].regions[0]', line: 14, message: 'region SC is rolled out twice in plan "east-rollout" (already in phase "wave-sc")' },
        { path: 'spec.phases[3].regions[1]', line: 14, message: 'region EC is rolled out twice' },
      ],
    },
  ],
});
