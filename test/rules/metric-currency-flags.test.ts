import { metricCurrencyFlags } from '../../src/core/lint/rules/metric-currency-flags.js';
import { DICTIONARY, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'dictionaries/sales.yaml';
const FLAGS = 'taxIncluded: true, returnsDeducted: true';
const sales = (replacement: string, unit = 'CNY') =>
  repo({ [F]: DICTIONARY.replace(`unit: CNY, period: month, ${FLAGS}`, `unit: ${unit}, period: month${replacement}`) });
const at = { path: 'spec.metrics[0]', line: 9 };

ruleTester(metricCurrencyFlags, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'both flags false', files: sales(', taxIncluded: false, returnsDeducted: false', 'USD') },
    { name: 'not a currency: no flags needed', files: sales('', 'count') },
    { name: 'a lowercase unit is not an ISO code', files: sales('', 'cny') },
  ],
  invalid: [
    {
      name: 'returnsDeducted missing',
      files: sales(', taxIncluded: true'),
      errors: [{ ...at, message: 'currency metric "monthly-sales" (CNY) does not state returnsDeducted' }],
    },
    {
      name: 'both missing',
      files: sales('', 'EUR'),
      errors: [{ ...at, message: 'does not state taxIncluded (are amounts with or without tax?) and returnsDeducted (are returns subtracted?): add both flags' }],
    },
    { name: 'taxIncluded missing, in HKD', files: sales(', returnsDeducted: false', 'HKD'), errors: [{ ...at, message: '(HKD) does not state taxIncluded' }] },
  ],
});
