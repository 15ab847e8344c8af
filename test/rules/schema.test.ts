import { describe, expect, it } from 'vitest';
import { ORG, STANDARD, lintYaml, repo } from '../helpers/lint.js';

const schemaFindings = (files: Record<string, string>) => lintYaml(files).filter((f) => f.rule === 'schema');

describe('schema', () => {
  it('accepts the valid base repository', () => {
    expect(schemaFindings(repo())).toEqual([]);
  });

  it('points an unknown property at its key and suggests the known one, without a second "missing" finding', () => {
    const text = STANDARD.replace('owner: hq-ops-director', 'ownr: hq-ops-director');
    expect(schemaFindings({ 's.yaml': text })).toMatchObject([
      { line: 3, path: 'metadata.ownr', message: 'unknown property "ownr" (did you mean "owner"?)' },
    ]);
  });

  it('names the missing required property', () => {
    const text = STANDARD.replace(', owner: hq-ops-director', '');
    expect(schemaFindings({ 's.yaml': text })).toMatchObject([{ line: 3, path: 'metadata', message: 'missing required property "owner"' }]);
  });

  it('suggests the closest enum value', () => {
    const text = STANDARD.replace('status: active', 'status: actve');
    const [f] = schemaFindings({ 's.yaml': text });
    expect(f!.message).toBe('"actve" is not allowed here: use one of draft, pilot, active, deprecated (did you mean "active"?)');
  });

  it('collapses anyOf noise to one sentence', () => {
    const text = STANDARD.replace('regions: all', 'regions: everywhere');
    const found = schemaFindings({ 's.yaml': text });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, path: 'spec.regions' });
    expect(found[0]!.message).not.toMatch(/anyOf|oneOf/);
  });

  it('explains a bad RACI value and a bad id in words', () => {
    const org = ORG.replace('id: erp', 'id: ERP_system');
    const [f] = schemaFindings({ 'o.yaml': org });
    expect(f!.message).toMatch(/"ERP_system" is not a valid id: use lowercase/);
  });

  it('reports __proto__ as an unknown property', () => {
    const text = ORG.replace('spec:\n', '__proto__: { polluted: true }\nspec:\n');
    const [f] = schemaFindings({ 'o.yaml': text });
    expect(f).toMatchObject({ line: 4, message: expect.stringMatching(/unknown property "__proto__"/) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
