import { fieldExample } from '../../src/core/lint/rules/field-example.js';
import { DICTIONARY, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'dictionaries/sales.yaml';
/** the base dictionary with one more field (line 8) */
const field = (yaml: string) => repo({ [F]: DICTIONARY.replace('  metrics:', () => `    - { id: extra, name: Extra, ${yaml} }\n  metrics:`) });
const at = { path: 'spec.fields[2].example', line: 8 };

ruleTester(fieldExample, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'an enum value', files: field('type: enum, values: [online, store], example: store') },
    { name: 'an integer', files: field('type: integer, example: 42') },
    { name: 'an integer as text', files: field("type: integer, example: '-7'") },
    { name: 'a decimal as text', files: field("type: decimal, example: '12.50'") },
    { name: 'a currency amount', files: field('type: currency, example: 1999.9') },
    { name: 'a leap day', files: field('type: date, example: 2028-02-29') },
    { name: 'a date and time', files: field('type: datetime, example: 2026-01-15T09:30:00+08:00') },
    { name: 'a boolean', files: field('type: boolean, example: false') },
    { name: 'a number matching a pattern', files: field(String.raw`type: integer, pattern: '^\d{4}$', example: 2026`) },
    { name: 'a pattern that does not compile is pattern-valid’s finding', files: field("type: string, pattern: '^(', example: x") },
  ],
  invalid: [
    {
      name: 'the example does not match the pattern',
      files: repo({ [F]: DICTIONARY.replace('example: EC-00001234', 'example: EC-1234') }),
      errors: [{ path: 'spec.fields[0].example', line: 6, message: 'example "EC-1234" of string field "customer-id" does not match its pattern ^[A-Z]{2}-\\d{8}$' }],
    },
    { name: 'not one of the enum values', files: field('type: enum, values: [online, store], example: mail'), errors: [{ ...at, message: 'is not one of its values (online, store)' }] },
    { name: 'a fraction for an integer', files: field('type: integer, example: 1.5'), errors: [{ ...at, message: 'example 1.5 of integer field "extra" is not a whole number' }] },
    { name: 'a currency sign', files: field("type: currency, example: '¥100'"), errors: [{ ...at, message: 'is not a number' }] },
    { name: 'a day that does not exist', files: field('type: date, example: 2027-02-29'), errors: [{ ...at, message: 'is not a date: write YYYY-MM-DD' }] },
    { name: 'a date in another format', files: field('type: date, example: 15/01/2026'), errors: [{ ...at, message: 'is not a date' }] },
    { name: 'yes for a boolean', files: field('type: boolean, example: yes'), errors: [{ ...at, message: 'is not true or false' }] },
  ],
});
