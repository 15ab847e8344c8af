import { variantRegion } from '../../src/core/lint/rules/variant-region.js';
import { repo, STANDARD } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'standards/order.yaml';
const regions = (list: string) => STANDARD.replace('regions: all', `regions: ${list}`);
const SECOND = `    - region: SC
      reason: another pilot
      steps:
        - { id: shipment, sla: 3bd }
`;

ruleTester(variantRegion, {
  file: F,
  valid: [
    { name: 'the base repository (regions: all)', files: repo() },
    { name: 'a region in the list', files: repo({ [F]: regions('[EC, SC]') }) },
    { name: 'no regions given: every region', files: repo({ [F]: STANDARD.replace('  regions: all\n', '') }) },
    { name: 'an unknown region is ref-region’s finding', files: repo({ [F]: regions('[EC]').replace('region: SC', 'region: WC') }) },
    { name: 'two regions, one variant each', files: repo({ [F]: STANDARD + SECOND.replace('region: SC', 'region: EC') }) },
  ],
  invalid: [
    {
      name: 'a region the standard does not cover',
      files: repo({ [F]: regions('[EC, NC]') }),
      errors: [{ path: 'spec.variants[0].region', line: 12, message: 'variant region SC is not covered by standard "order-fulfilment" (regions: EC, NC): add SC to spec.regions' }],
    },
    {
      name: 'two variants for one region',
      files: repo({ [F]: STANDARD + SECOND }),
      errors: [{ path: 'spec.variants[1].region', line: 17, message: 'standard "order-fulfilment" already has a variant for SC (variants[0]): merge the two' }],
    },
  ],
});
