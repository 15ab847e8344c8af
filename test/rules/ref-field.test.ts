import { refField } from '../../src/core/lint/rules/ref-field.js';
import { DICTIONARY, repo } from '../helpers/lint.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';

const dict = (from: string, to: string) => repo({ 'dictionaries/sales.yaml': DICTIONARY.replace(from, to) });

const PRODUCTS = `apiVersion: stdkit/v1
kind: DataDictionary
metadata: { id: product-data, title: 商品数据, version: 1.0.0, owner: hq-ops-director }
spec:
  fields:
    - { id: product-sku, name: 商品编码, type: string, source: erp }
`;

const valid: ValidCase[] = [
  { name: 'the base repository', files: repo() },
  { name: 'an interface field defined in another dictionary', files: { ...dict('fields: [customer-id]', 'fields: [customer-id, product-sku]'), 'dictionaries/products.yaml': PRODUCTS } },
];

const invalid: InvalidCase[] = [
  {
    name: 'a field typo, with a suggestion',
    files: dict('fields: [customer-id]', 'fields: [customer-id, order-amout]'),
    errors: [{ file: 'dictionaries/sales.yaml', path: 'spec.interfaces[0].fields[1]', line: 14, message: 'unknown field "order-amout" (did you mean "order-amount"?)' }],
  },
  {
    name: 'an unknown field, nothing close',
    files: dict('fields: [customer-id]', 'fields: [product-sku]'),
    errors: [{ file: 'dictionaries/sales.yaml', path: 'spec.interfaces[0].fields[0]', line: 14, message: 'unknown field "product-sku"; define it under spec.fields of a DataDictionary' }],
  },
];

ruleTester(refField, { file: '', valid, invalid });
