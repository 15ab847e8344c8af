import { rolloutDates } from '../../src/core/lint/rules/rollout-dates.js';
import { repo, ROLLOUT } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'rollouts/east.yaml';
const plan = (...pairs: Array<[string, string]>) => repo({ [F]: pairs.reduce((t, [a, b]) => t.replace(a, b), ROLLOUT) });

ruleTester(rolloutDates, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'a one-day phase', files: plan(['end: 2027-02-26', 'end: 2027-02-01']) },
    { name: 'a leap day', files: plan(['end: 2027-02-26', 'end: 2028-02-29']) },
  ],
  invalid: [
    {
      name: 'February 30th',
      files: plan(['start: 2027-01-04', 'start: 2027-02-30']),
      errors: [{ path: 'spec.phases[0].start', line: 11, message: 'start of phase "pilot-sc" 2027-02-30 is not a calendar date' }],
    },
    {
      name: 'February 29th in a common year',
      files: plan(['end: 2027-02-26', 'end: 2027-02-29']),
      errors: [{ path: 'spec.phases[1].end', line: 12, message: 'end of phase "wave-ec" 2027-02-29 is not a calendar date' }],
    },
    {
      name: 'ends before it starts',
      files: plan(['end: 2027-02-26', 'end: 2027-01-31']),
      errors: [{ path: 'spec.phases[1].end', line: 12, message: 'phase "wave-ec" ends on 2027-01-31, before it starts on 2027-02-01' }],
    },
    {
      name: 'an objective in month 13',
      files: plan(['by: 2027-03-31', 'by: 2027-13-01']),
      errors: [{ path: 'spec.objectives[0].by', line: 7, message: 'date of objective "order-sla-rate" 2027-13-01 is not a calendar date' }],
    },
  ],
});
