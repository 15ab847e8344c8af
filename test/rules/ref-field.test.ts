import { describe, it, expect } from 'vitest';
import { refField } from '../../src/core/lint/rules/ref-field.js';
import { DICTIONARY, lintYaml, repo } from '../helpers/lint.js';

const lint = (files: Record<string, string>) => lintYaml(files, { rules: [refField] });
type Invalid = { name: string; files: Record<string, string>; errors: Array<{ file: string; path: string; line: number; message: string }> };
const dict = (from: string, to: string) => repo({ 'dictionaries/sales.yaml': DICTIONARY.replace(from, to) });

const PRODUCTS = `apiVersion: stdkit/v1
kind: DataDictionary
metadata: { id: product-data, title: 商品数据, version: 1.0.0, owner: hq-ops-director }
spec:
  fields:
    - { id: product-sku, name: 商品编码, type: string, source: erp }
`;

const valid = [
  { name: 'the base repository', files: repo() },
  { name: 'an interface field defined in another dictionary', files: { ...dict('fields: [customer-id]', 'fields: [customer-id, product-sku]'), 'dictionaries/products.yaml': PRODUCTS } },
];

const invalid: Invalid[] = [
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

describe('ref-field', () => {
  it.each(valid)('valid: $name', ({ files }) => expect(lint(files)).toEqual([]));
  it.each(invalid)('invalid: $name', ({ files, errors }) => {
    const found = lint(files);
    expect(found.map(({ rule, file, path, line }) => ({ rule, file, path, line }))).toEqual(errors.map(({ file, path, line }) => ({ rule: 'ref-field', file, path, line })));
    errors.forEach((e, i) => expect(found[i]!.message).toContain(e.message));
  });
});
