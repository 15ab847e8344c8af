import { idUnique } from '../../src/core/lint/rules/id-unique.js';
import { DICTIONARY, MATRIX, ORG, repo, ROLLOUT, STANDARD } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const FINANCE = `apiVersion: stdkit/v1
kind: DataDictionary
metadata: { id: finance-data, title: 财务数据, version: 1.0.0, owner: hq-ops-director }
spec:
  fields:
    - { id: invoice-no, name: 发票号, type: string }
    - { id: customer-id, name: 客户ID, type: string }
  metrics:
    - { id: order-sla-rate, name: 订单处理时效达标率, unit: ratio, period: week }
`;

const RETURNS = `apiVersion: stdkit/v1
kind: Standard
metadata: { id: returns, title: Returns, version: 1.0.0, owner: hq-ops-director }
spec:
  steps:
    - { id: shipment, name: Return shipment, responsible: warehouse-lead }
`;

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'the same id in different kinds', files: repo({ 'matrices/raci.yaml': MATRIX.replace('id: ops-raci', 'id: order-fulfilment') }) },
  { name: 'the same step id in two standards', files: repo({ 'standards/returns.yaml': RETURNS }) },
  { name: 'a region code equal to nothing else, and a role id equal to a system id', files: repo({ 'org/org.yaml': ORG.replace('{ id: erp, name: ERP }', '{ id: warehouse-lead, name: WMS }') }) },
];

const invalid: InvalidCase[] = [
  {
    name: 'a Standard id defined twice, in two files',
    files: repo({ 'standards/copy.yaml': STANDARD }),
    errors: [{ file: 'standards/copy.yaml', path: 'metadata.id', line: 3, message: 'duplicate Standard id "order-fulfilment": already defined in standards/order.yaml' }],
  },
  {
    name: 'a document id defined twice in one file',
    files: repo({ 'standards/order.yaml': `${STANDARD}---\n${RETURNS.replace('id: returns', 'id: order-fulfilment')}` }),
    errors: [{ file: 'standards/order.yaml', path: 'metadata.id', line: 20, message: 'duplicate Standard id "order-fulfilment": already defined in standards/order.yaml' }],
  },
  {
    name: 'a step id repeated in a standard',
    files: repo({ 'standards/order.yaml': STANDARD.replace('id: shipment, name: Shipment', 'id: order-intake, name: Shipment') }),
    errors: [{ file: 'standards/order.yaml', path: 'spec.steps[2].id', line: 9, message: 'duplicate step id "order-intake": already defined at spec.steps[0]' }],
  },
  {
    name: 'field and metric ids repeated across dictionaries',
    files: repo({ 'dictionaries/finance.yaml': FINANCE }),
    errors: [
      { file: 'dictionaries/finance.yaml', path: 'spec.fields[1].id', line: 7, message: 'duplicate field id "customer-id": already defined in dictionaries/sales.yaml' },
      { file: 'dictionaries/finance.yaml', path: 'spec.metrics[0].id', line: 9, message: 'duplicate metric id "order-sla-rate": already defined in dictionaries/sales.yaml' },
    ],
  },
  {
    name: 'a region code and a role id repeated in the organization',
    files: repo({ 'org/org.yaml': ORG.replace('code: NC, name: North', 'code: EC, name: North').replace('id: warehouse-lead, name', 'id: regional-manager, name') }),
    errors: [
      { file: 'org/org.yaml', path: 'spec.regions[2].code', line: 8, message: 'duplicate region code "EC": already defined at spec.regions[0]' },
      { file: 'org/org.yaml', path: 'spec.roles[3].id', line: 13, message: 'duplicate role id "regional-manager": already defined at spec.roles[1]' },
    ],
  },
  {
    name: 'system and form ids repeated in the organization',
    files: repo({ 'org/org.yaml': ORG.replace('{ id: crm, name: CRM }', '{ id: erp, name: CRM }').replace('  forms:\n', '  forms:\n    - { id: order-form, name: 订单 }\n') }),
    errors: [
      { file: 'org/org.yaml', path: 'spec.systems[1].id', line: 16, message: 'duplicate system id "erp"' },
      { file: 'org/org.yaml', path: 'spec.forms[1].id', line: 19, message: 'duplicate form id "order-form": already defined at spec.forms[0]' },
    ],
  },
  {
    name: 'an activity id repeated in a matrix',
    files: repo({ 'matrices/raci.yaml': MATRIX.replace('  boundaries:', '    - { id: ship-order, name: Again, raci: { regional-manager: AR } }\n  boundaries:') }),
    errors: [{ file: 'matrices/raci.yaml', path: 'spec.activities[1].id', line: 13, message: 'duplicate activity id "ship-order": already defined at spec.activities[0]' }],
  },
  {
    name: 'report and interface ids repeated in a dictionary',
    files: repo({
      'dictionaries/sales.yaml': DICTIONARY.replace('  interfaces:\n', '    - { id: weekly-sales, name: Again, metrics: [monthly-sales], frequency: weekly }\n  interfaces:\n').replace(
        /(- \{ id: erp-crm-customer.*\n)/,
        '$1    - { id: erp-crm-customer, from: crm, to: erp }\n',
      ),
    }),
    errors: [
      { file: 'dictionaries/sales.yaml', path: 'spec.reports[1].id', line: 13, message: 'duplicate report id "weekly-sales"' },
      { file: 'dictionaries/sales.yaml', path: 'spec.interfaces[1].id', line: 16, message: 'duplicate interface id "erp-crm-customer"' },
    ],
  },
  {
    name: 'a phase id repeated in a plan',
    files: repo({ 'rollouts/east.yaml': ROLLOUT.replace('id: wave-ec', 'id: pilot-sc') }),
    errors: [{ file: 'rollouts/east.yaml', path: 'spec.phases[1].id', line: 12, message: 'duplicate phase id "pilot-sc": already defined at spec.phases[0]' }],
  },
];

ruleTester(idUnique, { file: '', valid, invalid });
