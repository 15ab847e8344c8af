import { refSystem } from '../../src/core/lint/rules/ref-system.js';
import { DICTIONARY, ORG, repo } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const dict = (from: string, to: string) => repo({ 'dictionaries/sales.yaml': DICTIONARY.replace(from, to) });

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  {
    name: 'a system added to the organization',
    files: { ...dict('to: crm', 'to: wms'), 'org/org.yaml': ORG.replace('  forms:', '    - { id: wms, name: 仓储管理系统 }\n  forms:') },
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a field source typo, with a suggestion',
    files: dict('source: crm }', 'source: crn }'),
    errors: [{ file: 'dictionaries/sales.yaml', path: 'spec.fields[0].source', line: 6, message: 'unknown system "crn" (did you mean "crm"?)' }],
  },
  {
    name: 'an unknown interface end, nothing close',
    files: dict('to: crm', 'to: wms'),
    errors: [{ file: 'dictionaries/sales.yaml', path: 'spec.interfaces[0].to', line: 14, message: `unknown system "wms"; add it to the Organization's spec.systems` }],
  },
  {
    name: 'both interface ends unknown',
    files: dict('from: erp, to: crm', 'from: erpp, to: crmm'),
    errors: [
      { file: 'dictionaries/sales.yaml', path: 'spec.interfaces[0].from', line: 14, message: 'unknown system "erpp" (did you mean "erp"?)' },
      { file: 'dictionaries/sales.yaml', path: 'spec.interfaces[0].to', line: 14, message: 'unknown system "crmm" (did you mean "crm"?)' },
    ],
  },
];

ruleTester(refSystem, { file: '', valid, invalid });
