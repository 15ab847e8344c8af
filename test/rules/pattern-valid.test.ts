import { patternValid } from '../../src/core/lint/rules/pattern-valid.js';
import { DICTIONARY, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'dictionaries/sales.yaml';
const BASE_PATTERN = String.raw`pattern: '^[A-Z]{2}-\d{8}$', example: EC-00001234`;
const pattern = (p: string, example = 'EC-00001234') => repo({ [F]: DICTIONARY.replace(BASE_PATTERN, () => `pattern: '${p}', example: ${example}`) });
const at = { path: 'spec.fields[0].pattern', line: 6 };

ruleTester(patternValid, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'a Unicode property escape (needs the u flag)', files: pattern(String.raw`^\p{Script=Han}+$`, '客户') },
    { name: 'a field without a pattern', files: repo({ [F]: DICTIONARY.replace(BASE_PATTERN + ', ', '') }) },
  ],
  invalid: [
    { name: 'an unterminated group', files: pattern(String.raw`^(EC|SC-\d{8}$`), errors: [{ ...at, message: 'pattern of field "customer-id" does not compile: Invalid regular expression' }] },
    { name: 'an unterminated character class', files: pattern(String.raw`^[A-Z{2}-\d{8}$`), errors: [{ ...at, message: 'Invalid regular expression' }] },
    // valid without the u flag, an error with it
    { name: 'a needless escape', files: pattern(String.raw`^[A-Z]{2}\-\d{8}$`), errors: [{ ...at, message: 'with the u flag' }] },
  ],
});
