import { rolloutPilotFirst } from '../../src/core/lint/rules/rollout-pilot-first.js';
import { repo, ROLLOUT } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'rollouts/east.yaml';
const PILOT = '    - { id: pilot-sc, type: pilot, regions: [SC], start: 2027-01-04, end: 2027-01-29, owner: regional-manager }\n';
const WAVE = '    - { id: wave-ec, type: rollout, regions: [EC], start: 2027-02-01, end: 2027-02-26, owner: regional-manager }\n';
const phases = (...lines: string[]) => repo({ [F]: ROLLOUT.replace(PILOT + WAVE, lines.join('')) });

ruleTester(rolloutPilotFirst, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'a pilot starting on the same day as the first rollout', files: phases(PILOT.replace('start: 2027-01-04', 'start: 2027-02-01'), WAVE) },
    { name: 'listed after the rollout but starting earlier', files: phases(WAVE, PILOT) },
    { name: 'a pilot-only plan', files: phases(PILOT) },
    { name: 'no pilot (not this rule’s concern)', files: phases(WAVE) },
  ],
  invalid: [
    {
      name: 'the pilot starts after the rollout',
      files: phases(PILOT.replace('start: 2027-01-04', 'start: 2027-02-02').replace('end: 2027-01-29', 'end: 2027-02-20'), WAVE),
      errors: [{ path: 'spec.phases[0].start', line: 11, message: 'pilot "pilot-sc" starts on 2027-02-02, after rollout "wave-ec" starts on 2027-02-01' }],
    },
    {
      name: 'compared with the earliest rollout, wherever it is listed',
      files: phases(WAVE, PILOT, WAVE.replace('wave-ec', 'wave-nc').replace('[EC]', '[NC]').replace('2027-02-01', '2027-01-02')),
      errors: [{ path: 'spec.phases[1].start', line: 12, message: 'pilot "pilot-sc" starts on 2027-01-04, after rollout "wave-nc" starts on 2027-01-02' }],
    },
  ],
});
