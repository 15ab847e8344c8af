import { refRegion } from '../../src/core/lint/rules/ref-region.js';
import { repo, ROLLOUT, STANDARD } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'a list of regions', files: repo({ 'standards/order.yaml': STANDARD.replace('regions: all', 'regions: [EC, SC, NC]') }) },
];

const invalid: InvalidCase[] = [
  {
    name: 'an unknown standard region, with a suggestion',
    files: repo({ 'standards/order.yaml': STANDARD.replace('regions: all', 'regions: [EC, XC]') }),
    errors: [{ file: 'standards/order.yaml', path: 'spec.regions[1]', line: 5, message: 'unknown region "XC" (did you mean "EC"?)' }],
  },
  {
    name: 'an unknown variant region',
    files: repo({ 'standards/order.yaml': STANDARD.replace('region: SC', 'region: SW') }),
    errors: [{ file: 'standards/order.yaml', path: 'spec.variants[0].region', line: 12, message: 'unknown region "SW" (did you mean "SC"?)' }],
  },
  {
    name: 'an unknown rollout phase region, nothing close',
    files: repo({ 'rollouts/east.yaml': ROLLOUT.replace('regions: [EC]', 'regions: [EC, WEST]') }),
    errors: [{ file: 'rollouts/east.yaml', path: 'spec.phases[1].regions[1]', line: 12, message: `unknown region "WEST"; add it to the Organization's spec.regions` }],
  },
];

ruleTester(refRegion, { file: '', valid, invalid });
